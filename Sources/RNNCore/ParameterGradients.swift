/// The gradients of the loss with respect to a SimpleRNN's shared parameters, summed over timesteps:
/// dWx = Σ_t δ_t·x_tᵀ, dWh = Σ_t δ_t·h_{t−1}ᵀ, db = Σ_t δ_t.
///
/// `BackwardPass` sums from t = T down to the earliest timestep it has reached, so partway through
/// the backward pass these are the gradients "so far" (the contributions of timesteps t…T).
public struct ParameterGradients: Equatable, Sendable {
    /// ∂L/∂Wx, H×D.
    public let dWx: Matrix
    /// ∂L/∂Wh, H×H.
    public let dWh: Matrix
    /// ∂L/∂b, H values.
    public let db: [Double]
    /// The earliest timestep whose contribution is included (T + 1 when none is: all zeros).
    public let from: Int

    /// Creates the gradients from their parts.
    public init(dWx: Matrix, dWh: Matrix, db: [Double], from: Int) {
        self.dWx = dWx
        self.dWh = dWh
        self.db = db
        self.from = from
    }
}
