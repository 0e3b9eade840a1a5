/// A tensor shape as Keras reports it: a tuple of sizes where nil is an unknown size (`None`).
public struct KerasShape: Equatable, Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The sizes, batch axis first for layer outputs; nil prints as `None`.
    public var dims: [Int?]

    /// Creates a shape from its sizes.
    public init(_ dims: [Int?]) {
        self.dims = dims
    }

    /// Creates a shape from a literal such as `[nil, 10, 8]`.
    public init(arrayLiteral elements: Int?...) {
        self.dims = elements
    }

    /// The number of axes.
    public var rank: Int { dims.count }

    /// Python's `str(tuple)`: `(None, 10, 8)`, `(3,)`, `()`.
    public var description: String {
        let parts = dims.map { $0.map(String.init) ?? "None" }
        return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
    }
}
