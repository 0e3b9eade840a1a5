/// Why an `RNNSpec` cannot be materialised: a size out of range or an explicit array of the wrong shape.
public struct RNNSpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The spec field at fault (`timesteps`, `inputs`, `Wx`, `Wh`, `b`, `h0`, …).
    public var field: String
    /// A one-line message saying what was found and what was expected.
    public var message: String

    /// Creates an error for `field`.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
