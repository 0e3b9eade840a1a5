/// One weight tensor of a Keras layer, named as Keras names it (`kernel`, `recurrent_kernel`, `bias`, …).
public struct KerasWeight: Equatable, Sendable, CustomStringConvertible {
    /// Keras's name, e.g. `kernel` or, inside `Bidirectional`, `forward_simple_rnn/kernel`.
    public let name: String
    /// The tensor's shape in Keras's layout (kernel is (input_dim, units), the transpose of the book's Wx).
    public let shape: [Int]

    /// Creates a weight.
    public init(name: String, shape: [Int]) {
        self.name = name
        self.shape = shape
    }

    /// The number of scalars, the product of `shape`.
    public var count: Int { shape.reduce(1, *) }

    /// `kernel (10, 3)`.
    public var description: String { "\(name) \(KerasShape(shape.map { $0 }))" }
}
