/// The kind of a gated recurrent cell and the order of its gate blocks, Keras's order.
///
/// The weights of a gated cell stack one block of H rows per gate: rows 0…H−1 belong to the first
/// gate, H…2H−1 to the second, and so on. LSTM: i (input), f (forget), g (candidate; Keras's c),
/// o (output). GRU: z (update), r (reset), g (candidate; Keras's h).
public enum GatedCell: Equatable, Sendable {
    /// An LSTM cell (08-02).
    case lstm
    /// A GRU cell (08-03); `resetAfter` applies r after the recurrent product and keeps two biases.
    case gru(resetAfter: Bool)

    /// The gate names in block order: `i f g o` or `z r g`.
    public var gates: [String] {
        switch self {
        case .lstm: ["i", "f", "g", "o"]
        case .gru: ["z", "r", "g"]
        }
    }

    /// The number of gate blocks G (4 or 3).
    public var gateCount: Int { gates.count }

    /// The step kind's name in a lesson: `lstm` or `gru`.
    public var name: String {
        switch self {
        case .lstm: "lstm"
        case .gru: "gru"
        }
    }

    /// Whether the bias has two rows (input and recurrent), as GRU with `reset_after` stores it.
    public var hasTwoBiases: Bool { self == .gru(resetAfter: true) }

    /// The gate layout as messages name it, e.g. `gate blocks i, f, g, o of 8 rows each (Keras order)`.
    public func layout(hiddenUnits h: Int) -> String {
        "gate blocks \(gates.joined(separator: ", ")) of \(Plural.count(h, "row")) each, Keras's order"
    }
}
