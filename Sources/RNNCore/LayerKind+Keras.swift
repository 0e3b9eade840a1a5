extension LayerKind {
    /// Keras's class name: `Embedding`, `SimpleRNN`, `LSTM`, `GRU`, `Dense`, `Bidirectional`.
    public var typeName: String {
        switch self {
        case .embedding: "Embedding"
        case .simpleRNN: "SimpleRNN"
        case .lstm: "LSTM"
        case .gru: "GRU"
        case .dense: "Dense"
        case .bidirectional: "Bidirectional"
        }
    }

    /// The prefix of Keras's automatic layer names: `embedding`, `simple_rnn`, `lstm`, `gru`, `dense`, `bidirectional`.
    public var baseName: String {
        switch self {
        case .embedding: "embedding"
        case .simpleRNN: "simple_rnn"
        case .lstm: "lstm"
        case .gru: "gru"
        case .dense: "dense"
        case .bidirectional: "bidirectional"
        }
    }

    /// True for SimpleRNN, LSTM and GRU, the layers `Bidirectional` can wrap.
    public var isRecurrent: Bool {
        switch self {
        case .simpleRNN, .lstm, .gru: true
        default: false
        }
    }
}
