/// Every intermediate of one step of backpropagation through time at timestep t, for
/// L = Σᵢ h_T[i] (see `BackwardPass`):
///
///     ∂L/∂h_t            (1 at t = T; Whᵀ·δ_{t+1} before)
///     δ_t = ∂L/∂z_t = (1 − h_t²) ⊙ ∂L/∂h_t
///     ∂L/∂h_{t−1} = Whᵀ·δ_t
///     ∂L/∂x_t     = Wxᵀ·δ_t
public struct BackwardRecord: Equatable, Sendable {
    /// The timestep, 1-based (1…T).
    public let t: Int
    /// ∂L/∂h_t, H values: the gradient arriving from later timesteps (all ones at t = T).
    public let dState: [Double]
    /// 1 − h_t², the derivative of tanh at z_t, H values (computed as 1/cosh²(z_t); see `BackwardPass`).
    public let tanhDerivative: [Double]
    /// δ_t = ∂L/∂z_t = (1 − h_t²) ⊙ ∂L/∂h_t, H values.
    public let delta: [Double]
    /// Whᵀ·δ_t = ∂L/∂h_{t−1}, H values: what goes one step further back (∂L/∂h0 at t = 1).
    public let dPrevState: [Double]
    /// Wxᵀ·δ_t = ∂L/∂x_t, D values.
    public let dInput: [Double]
    /// ‖∂L/∂x_t‖₂ (computed with scaling, so tiny values do not underflow to 0).
    public let inputGradNorm: Double

    /// Creates a record from its parts.
    public init(t: Int, dState: [Double], tanhDerivative: [Double], delta: [Double],
                dPrevState: [Double], dInput: [Double], inputGradNorm: Double) {
        self.t = t
        self.dState = dState
        self.tanhDerivative = tanhDerivative
        self.delta = delta
        self.dPrevState = dPrevState
        self.dInput = dInput
        self.inputGradNorm = inputGradNorm
    }
}
