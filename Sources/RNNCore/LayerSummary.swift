/// One computed layer of a model: Keras's row of the summary plus the weight breakdown.
public struct LayerSummary: Equatable, Sendable {
    /// 0-based position in the model.
    public let index: Int
    /// The layer name: explicit, or Keras's automatic one (`simple_rnn`, `simple_rnn_1`, …).
    public let name: String
    /// Keras's class name: `SimpleRNN`, `LSTM`, `GRU`, `Dense`, `Embedding`, `Bidirectional`.
    public let typeName: String
    /// The input shape the layer receives, batch axis first.
    public let inputShape: KerasShape
    /// The output shape, batch axis first, printed like Keras: `(None, 10, 8)`.
    public let outputShape: KerasShape
    /// The number of parameters (all trainable).
    public let paramCount: Int
    /// The weights as Keras names and shapes them.
    public let weights: [KerasWeight]
    /// The count as the book writes it, e.g. `Wx 3×10 + Wh 3×3 + b 3 = 42`.
    public let bookFormula: String

    /// Creates a layer summary.
    public init(index: Int, name: String, typeName: String, inputShape: KerasShape, outputShape: KerasShape,
                paramCount: Int, weights: [KerasWeight], bookFormula: String) {
        self.index = index
        self.name = name
        self.typeName = typeName
        self.inputShape = inputShape
        self.outputShape = outputShape
        self.paramCount = paramCount
        self.weights = weights
        self.bookFormula = bookFormula
    }

    /// The summary's first column: `simple_rnn (SimpleRNN)`.
    public var nameAndType: String { "\(name) (\(typeName))" }
}
