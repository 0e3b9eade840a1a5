/// The terms that make one unit's pre-activation at one timestep, for explaining it by hand:
/// `z_t[i] = Σ_j Wx[i,j]·x_t[j] + Σ_k Wh[i,k]·h_{t-1}[k] + b[i]`, then `h_t[i] = f(z_t[i])`.
///
/// The products are computed one by one (in index order); the sums are the run's own values
/// (`StepRecord.wxX`, `whH`), which BLAS-like blocking may add in another order, so the products
/// sum to them within rounding (about 1e-15 relative), not necessarily to the last bit.
public struct UnitTerms: Equatable, Sendable {
    /// The timestep, 1…T.
    public let t: Int
    /// The unit i.
    public let unit: Int
    /// Wx[i,j]·x_t[j] for j = 0…D-1.
    public let inputProducts: [Double]
    /// Wh[i,k]·h_{t-1}[k] for k = 0…H-1.
    public let recurrentProducts: [Double]
    /// (Wx·x_t)[i], as the run computed it.
    public let inputSum: Double
    /// (Wh·h_{t-1})[i], as the run computed it.
    public let recurrentSum: Double
    /// b[i].
    public let bias: Double
    /// z_t[i].
    public let preactivation: Double
    /// h_t[i].
    public let state: Double
}

extension RNNRun {
    /// The terms of unit `unit` at timestep `t` (1…computedSteps).
    public func terms(at t: Int, unit i: Int) -> UnitTerms {
        let record = record(at: t)
        let p = parameters
        let inputs = (0..<inputDim).map { p.wx[i, $0] * record.x[$0] }
        let recurrent = (0..<hiddenUnits).map { p.wh[i, $0] * record.hPrev[$0] }
        return UnitTerms(t: t, unit: i, inputProducts: inputs, recurrentProducts: recurrent,
                         inputSum: record.wxX[i], recurrentSum: record.whH[i], bias: record.b[i],
                         preactivation: record.preactivation[i], state: record.h[i])
    }
}
