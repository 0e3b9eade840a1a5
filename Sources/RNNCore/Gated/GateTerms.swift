/// The terms that make one unit of one gate at one timestep of an LSTM or GRU run, for explaining
/// it by hand: every product `Wx_g[i,j]·x_t[j]` and `Wh_g[i,k]·v[k]` (v is h_{t-1}, or r ⊙ h_{t-1}
/// for the GRU candidate without reset_after), both sums, the bias (or the two biases with
/// reset_after), the pre-activation the run computed and the gate's value.
///
/// The sums are computed row by row with the engine's own kernel, so they equal the run's products
/// within rounding; `recomposed` adds them up in the engine's order (tested against the records).
public struct GateTerms: Equatable, Sendable {
    /// The timestep, 1…T.
    public let t: Int
    /// The gate's name (`i`, `f`, `g`, `o`, `z`, `r`).
    public let gate: String
    /// The unit i (0…H−1).
    public let unit: Int
    /// The row of Wx, Wh and b that holds this gate's unit i (block index·H + i).
    public let row: Int
    /// Wx_g[i,j]·x_t[j] for j = 0…D−1.
    public let inputProducts: [Double]
    /// Wh_g[i,k]·v[k] for k = 0…H−1.
    public let recurrentProducts: [Double]
    /// x_t, D values.
    public let inputVector: [Double]
    /// v: h_{t−1}, or r ⊙ h_{t−1} for the GRU candidate without reset_after, H values.
    public let recurrentVector: [Double]
    /// True when v is r ⊙ h_{t−1} (the GRU candidate without reset_after), else h_{t−1}.
    public let resetInside: Bool
    /// (Wx_g·x_t)[i].
    public let inputSum: Double
    /// (Wh_g·v)[i].
    public let recurrentSum: Double
    /// b_g[i] (the input bias bx_g[i] with reset_after).
    public let bias: Double
    /// The recurrent bias bh_g[i] (GRU with reset_after), else nil.
    public let recurrentBias: Double?
    /// r[i] when it multiplies the recurrent part (the GRU candidate with reset_after), else nil.
    public let reset: Double?
    /// The pre-activation as the run computed it.
    public let preactivation: Double
    /// True for tanh (the candidate g), false for σ.
    public let isTanh: Bool
    /// The gate's value, as the run computed it.
    public let value: Double

    /// The pre-activation added up from the terms in the engine's order:
    /// `(Wx·x + Wh·v) + b`, or with reset_after `(Wx·x + bx) + (Wh·h + bh)` and
    /// `(Wx·x + bx) + r·(Wh·h + bh)` for the candidate.
    public var recomposed: Double {
        guard let bh = recurrentBias else { return (inputSum + recurrentSum) + bias }
        let outer = recurrentSum + bh
        return (inputSum + bias) + (reset.map { $0 * outer } ?? outer)
    }

    /// (Wh_g·h_{t−1})[i] + bh_g[i] with reset_after, else nil.
    public var recurrentWithBias: Double? { recurrentBias.map { recurrentSum + $0 } }
}

extension GatedRun {
    /// The terms of gate `name`'s unit `i` at timestep `t` (1…computedSteps); nil for an unknown gate.
    public func gateTerms(_ name: String, at t: Int, unit i: Int) -> GateTerms? {
        let p = parameters, h = p.hiddenUnits
        guard let index = p.cell.gates.firstIndex(of: name), i >= 0, i < h else { return nil }
        let row = index * h + i
        let x: [Double], hPrev: [Double], pre: [Double], value: Double
        var recurrent: [Double], resetInside = false, reset: Double?
        switch self {
        case .lstm(let run):
            let r = run.record(at: t)
            (x, hPrev, pre) = (r.x, r.hPrev, r.preactivation)
            recurrent = hPrev
            value = r.gate(name)?[i] ?? 0
        case .gru(let run):
            let r = run.record(at: t)
            (x, hPrev, pre) = (r.x, r.hPrev, r.preactivation)
            recurrent = hPrev
            value = r.gate(name)?[i] ?? 0
            if name == "g" {
                if run.resetAfter { reset = r.r[i] } else { recurrent = r.reset; resetInside = true }
            }
        }
        let b = p.b.values
        let twoBiases = p.cell.hasTwoBiases
        return GateTerms(
            t: t, gate: name, unit: i, row: row,
            inputProducts: (0..<p.inputDim).map { p.wx[row, $0] * x[$0] },
            recurrentProducts: (0..<h).map { p.wh[row, $0] * recurrent[$0] },
            inputVector: x, recurrentVector: recurrent,
            resetInside: resetInside,
            inputSum: GateMath.product(p.wx, rows: row..<(row + 1), x)[0],
            recurrentSum: GateMath.product(p.wh, rows: row..<(row + 1), recurrent)[0],
            bias: b[row], recurrentBias: twoBiases ? b[p.gateCount * h + row] : nil, reset: reset,
            preactivation: pre[row], isTanh: name == "g", value: value)
    }
}
