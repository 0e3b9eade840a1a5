/// The terms of one unit of an element-wise stage of an LSTM or GRU timestep, as the run computed
/// them: the cell state `c_t[i] = f[i]·c_{t−1}[i] + i[i]·g[i]`, the LSTM hidden state
/// `h_t[i] = o[i]·tanh(c_t[i])`, or the GRU hidden state `h_t[i] = z[i]·h_{t−1}[i] + (1 − z[i])·g[i]`.
public enum StateTerms: Equatable, Sendable {
    /// c_t[i] (LSTM): the kept part f·c_{t−1}, the written part i·g, and c_t.
    case cell(t: Int, unit: Int, f: Double, cPrev: Double, i: Double, g: Double, kept: Double, written: Double, c: Double)
    /// h_t[i] (LSTM): o, c_t, tanh(c_t) and h_t.
    case lstmHidden(t: Int, unit: Int, o: Double, c: Double, tanhC: Double, h: Double)
    /// h_t[i] (GRU): z, h_{t−1}, g, the kept part z·h_{t−1}, the new part (1 − z)·g, and h_t.
    case gruHidden(t: Int, unit: Int, z: Double, hPrev: Double, g: Double, kept: Double, added: Double, h: Double)

    /// The value the terms explain (c_t[i] or h_t[i]) as the run computed it.
    public var value: Double {
        switch self {
        case .cell(_, _, _, _, _, _, _, _, let c): c
        case .lstmHidden(_, _, _, _, _, let h): h
        case .gruHidden(_, _, _, _, _, _, _, let h): h
        }
    }
}

extension GatedRun {
    /// The terms of c_t[i] at timestep `t` (LSTM; nil for GRU).
    public func cellTerms(at t: Int, unit i: Int) -> StateTerms? {
        guard case .lstm(let run) = self else { return nil }
        let r = run.record(at: t)
        return .cell(t: t, unit: i, f: r.f[i], cPrev: r.cPrev[i], i: r.i[i], g: r.g[i],
                     kept: r.f[i] * r.cPrev[i], written: r.i[i] * r.g[i], c: r.c[i])
    }

    /// The terms of h_t[i] at timestep `t`.
    public func stateTerms(at t: Int, unit i: Int) -> StateTerms {
        switch self {
        case .lstm(let run):
            let r = run.record(at: t)
            return .lstmHidden(t: t, unit: i, o: r.o[i], c: r.c[i], tanhC: r.tanhC[i], h: r.h[i])
        case .gru(let run):
            let r = run.record(at: t)
            return .gruHidden(t: t, unit: i, z: r.z[i], hPrev: r.hPrev[i], g: r.g[i],
                              kept: r.z[i] * r.hPrev[i], added: (1 - r.z[i]) * r.g[i], h: r.h[i])
        }
    }
}
