/// Why a model's shapes cannot be computed, tied to the layer where it happens.
public struct KerasModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 0-based index of the failing layer in `ModelSpec.layers`.
    public let layerIndex: Int
    /// The layer's name (explicit or Keras's automatic one).
    public let layerName: String
    /// What was found and what was expected, e.g.
    /// `SimpleRNN expects 3-D input (batch, timesteps, features) but gets (None, 3)`.
    public let message: String

    /// Creates an error for layer `layerIndex`.
    public init(layerIndex: Int, layerName: String, message: String) {
        self.layerIndex = layerIndex
        self.layerName = layerName
        self.message = message
    }

    /// `layer 2 (simple_rnn_1): <message>` with a 1-based layer number.
    public var description: String { "layer \(layerIndex + 1) (\(layerName)): \(message)" }
}
