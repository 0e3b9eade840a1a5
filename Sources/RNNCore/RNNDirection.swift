/// How each layer of an rnn step reads the sequence (the lesson key `direction`).
public enum RNNDirection: String, CaseIterable, Equatable, Sendable {
    /// x_1 … x_T, the chapter's cell.
    case forward
    /// x_T … x_1 (Keras's `go_backwards=True`); its states are reported by timestep, h_t after reading x_t.
    case backward
    /// A forward and a backward pass per layer; the output at t is [h_fwd_t; h_bwd_t], size 2H.
    case bidirectional

    /// The passes of one layer, in draw and computation order.
    public var passes: [PassDirection] {
        switch self {
        case .forward: return [.forward]
        case .backward: return [.backward]
        case .bidirectional: return [.forward, .backward]
        }
    }
}

/// The direction of one pass of a layer.
public enum PassDirection: String, Equatable, Sendable {
    /// Reads x_1 … x_T.
    case forward
    /// Reads x_T … x_1.
    case backward

    /// The timesteps in the order the pass reads them: 1…T forward, T…1 backward.
    public func timesteps(_ count: Int) -> [Int] {
        self == .forward ? Array(stride(from: 1, through: count, by: 1)) : Array(stride(from: count, through: 1, by: -1))
    }

    /// The timestep read at reading position `s` (1…T): s forward, T − s + 1 backward.
    public func timestep(at s: Int, of count: Int) -> Int {
        self == .forward ? s : count - s + 1
    }

    /// The reading position (1…T) of timestep `t`.
    public func position(of t: Int, of count: Int) -> Int {
        self == .forward ? t : count - t + 1
    }
}

extension RNNSpec {
    /// The positions a step-through of this spec steps through beyond 0: T for the single-layer
    /// forward cell, T per pass (layers × directions) for a stack, visited pass after pass.
    public var stepPositions: Int {
        isStack ? timesteps * layers * direction.passes.count : timesteps
    }
}
