import Foundation

/// The activation a SimpleRNN applies to its pre-activation z_t: Keras's `tanh` (the default),
/// `relu` or `linear` (the identity). Each equals numpy's: `np.tanh(z)`, `np.maximum(z, 0)`, `z`.
public enum Activation: String, CaseIterable, Sendable, Equatable {
    /// `tanh(z)`, the SimpleRNN default.
    case tanh
    /// `max(z, 0)`.
    case relu
    /// `z` unchanged.
    case identity

    /// The activation of one value.
    @inline(__always)
    public func apply(_ z: Double) -> Double {
        switch self {
        case .tanh: return Foundation.tanh(z)
        // np.maximum(z, 0): NaN stays NaN, -0.0 compares equal to 0 and numpy keeps z.
        case .relu: return z < 0 ? 0 : z
        case .identity: return z
        }
    }

    /// The next one in the cycle tanh → ReLU → identity → tanh.
    public var next: Activation {
        switch self {
        case .tanh: return .relu
        case .relu: return .identity
        case .identity: return .tanh
        }
    }

    /// The name written in equations: `tanh`, `ReLU`, `identity`.
    public var name: String {
        switch self {
        case .tanh: return "tanh"
        case .relu: return "ReLU"
        case .identity: return "identity"
        }
    }
}
