/// How Keras's `Bidirectional` combines the forward and backward outputs.
public enum MergeMode: String, Equatable, Sendable, CaseIterable {
    case concat, sum, mul, ave
}

/// One Keras layer of a Sequential model, with Keras's argument names.
public indirect enum LayerKind: Equatable, Sendable {
    /// `Embedding(input_dim, output_dim)`.
    case embedding(inputDim: Int, outputDim: Int)
    /// `SimpleRNN(units, return_sequences)`.
    case simpleRNN(units: Int, returnSequences: Bool)
    /// `LSTM(units, return_sequences)`.
    case lstm(units: Int, returnSequences: Bool)
    /// `GRU(units, return_sequences, reset_after)`; Keras's default is `reset_after=True`.
    case gru(units: Int, returnSequences: Bool, resetAfter: Bool)
    /// `Dense(units, activation)`; applies to the last axis.
    case dense(units: Int, activation: String?)
    /// `Bidirectional(layer, merge_mode)`; the wrapped layer must be recurrent.
    case bidirectional(layer: LayerKind, mergeMode: MergeMode)
}

/// A layer as it appears in a model: its kind and an optional explicit name.
public struct LayerSpec: Equatable, Sendable {
    /// What the layer is.
    public var kind: LayerKind
    /// Keras `name=`; when nil the summary uses Keras's automatic names (`simple_rnn`, `simple_rnn_1`, …).
    public var name: String?

    /// Creates a layer spec.
    public init(_ kind: LayerKind, name: String? = nil) {
        self.kind = kind
        self.name = name
    }
}

/// The model's input: Keras's `Input(shape=…)` or `Input(batch_shape=…)`; nil entries are unknown sizes.
public struct InputSpec: Equatable, Sendable {
    /// The batch size, nil when unknown (`shape=` gives nil).
    public var batchSize: Int?
    /// The per-sample shape, without the batch axis.
    public var shape: [Int?]

    /// Creates an input spec.
    public init(batchSize: Int? = nil, shape: [Int?]) {
        self.batchSize = batchSize
        self.shape = shape
    }
}

/// A Keras Sequential model: name, input and layers in order.
public struct ModelSpec: Equatable, Sendable {
    /// The model name printed after `Model:`; Keras's default is `sequential`.
    public var name: String
    /// The input.
    public var input: InputSpec
    /// The layers, in order.
    public var layers: [LayerSpec]

    /// Creates a model spec.
    public init(name: String = "sequential", input: InputSpec, layers: [LayerSpec]) {
        self.name = name
        self.input = input
        self.layers = layers
    }
}
