import RNNCore

/// The colour scales of an rnn step, fixed for the whole step so that every timestep (and
/// stepping back) uses the same colours.
public struct DisplayRanges: Equatable, Sendable {
    /// For weights, inputs and states: symmetric, at least [-1, 1].
    public var weights: ClosedRange<Double>
    /// For Wx·x_t, Wh·h_{t-1} and the pre-activation: symmetric, from the run's largest |value|
    /// when the run was computed (`partialsFromData`), else large enough for any timestep (the
    /// bound max_i Σ|Wx_i|·max|x| + Σ|Wh_i|·max|h| + |b_i|, with |h| ≤ 1 after tanh).
    public var partials: ClosedRange<Double>
    /// True when `partials` is the run's own largest |value|; false for the parameter bound.
    public var partialsFromData = false

    /// Multiply-adds (T·H·(D + H)) up to which a step's whole forward pass is computed when it is
    /// opened, so that the partial sums' scale is the data's own (the chapter's lessons need a few
    /// thousand; the stress lesson 1.5 billion).
    public static let dataBudget = 2_000_000

    /// True when the forward pass of `p` is cheap enough to compute at opening.
    public static func cheap(_ p: RNNParameters) -> Bool {
        let work = p.timesteps.multipliedReportingOverflow(by: p.hiddenUnits * (p.inputDim + p.hiddenUnits))
        return !work.overflow && work.partialValue <= dataBudget
    }

    /// The scales of a complete run: weights as `init(_:)`; partial sums from the largest |Wx·x_t|,
    /// |Wh·h_{t-1}| and |z_t| over every timestep (at least 0.1, so a run of zeros still has a scale).
    public init(_ p: RNNParameters, complete run: RNNRun) {
        self.init(p)
        var m = 0.0
        for t in 1...max(1, run.computedSteps) where t <= run.computedSteps {
            let r = run.record(at: t)
            m = max(m, DisplayRanges.maxAbs(r.wxX), DisplayRanges.maxAbs(r.whH), DisplayRanges.maxAbs(r.preactivation))
        }
        let scale = max(0.1, m)
        partials = -scale...scale
        partialsFromData = true
    }

    /// Computes the scales from the parameters (never from the states, which would need the forward pass).
    public init(_ p: RNNParameters) {
        let inputMax = DisplayRanges.maxAbs(p.inputs.values)
        let stateMax = max(1, DisplayRanges.maxAbs(p.h0))
        // One pass over each weight matrix gives both its largest |value| and its rows' sums of |value|.
        let (wxMax, sxs) = DisplayRanges.scan(p.wx)
        let (whMax, shs) = DisplayRanges.scan(p.wh)
        let w = max(1, inputMax, wxMax, whMax, DisplayRanges.maxAbs(p.b), stateMax)
        weights = -w...w
        var bound = 0.0
        for i in 0..<p.hiddenUnits {
            bound = max(bound, sxs[i] * inputMax + shs[i] * stateMax + abs(p.b[i]))
        }
        let m = max(1, bound)
        partials = -m...m
    }

    /// The largest |value|, NaN ignored (as `reduce(0) { max($0, abs($1)) }`; the maximum does not
    /// depend on the order, so four lanes are used).
    static func maxAbs(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { v in
            var m0 = 0.0, m1 = 0.0, m2 = 0.0, m3 = 0.0
            let n = v.count
            var i = 0
            while i &+ 4 <= n {
                let a0 = abs(v[i]), a1 = abs(v[i &+ 1]), a2 = abs(v[i &+ 2]), a3 = abs(v[i &+ 3])
                m0 = a0 > m0 ? a0 : m0
                m1 = a1 > m1 ? a1 : m1
                m2 = a2 > m2 ? a2 : m2
                m3 = a3 > m3 ? a3 : m3
                i &+= 4
            }
            while i < n {
                let a = abs(v[i])
                m0 = a > m0 ? a : m0
                i &+= 1
            }
            return max(max(m0, m1), max(m2, m3))
        }
    }

    /// The largest |value| (NaN ignored) and each row's sum of |value|, summed left to right (the
    /// same sums, bit for bit, as a plain loop); four rows at a time, so the additions of different
    /// rows overlap.
    static func scan(_ m: Matrix) -> (Double, [Double]) {
        let rows = m.rows, cols = m.cols
        var sums = [Double](repeating: 0, count: rows)
        var best = 0.0
        m.values.withUnsafeBufferPointer { v in
            sums.withUnsafeMutableBufferPointer { out in
                guard let base = v.baseAddress else { return }
                var r = 0
                while r &+ 4 <= rows {
                    let p0 = base + r &* cols, p1 = p0 + cols, p2 = p1 + cols, p3 = p2 + cols
                    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                    var m0 = 0.0, m1 = 0.0, m2 = 0.0, m3 = 0.0
                    for j in 0..<cols {
                        let a0 = abs(p0[j]), a1 = abs(p1[j]), a2 = abs(p2[j]), a3 = abs(p3[j])
                        s0 += a0; s1 += a1; s2 += a2; s3 += a3
                        m0 = a0 > m0 ? a0 : m0
                        m1 = a1 > m1 ? a1 : m1
                        m2 = a2 > m2 ? a2 : m2
                        m3 = a3 > m3 ? a3 : m3
                    }
                    out[r] = s0; out[r &+ 1] = s1; out[r &+ 2] = s2; out[r &+ 3] = s3
                    best = max(best, max(max(m0, m1), max(m2, m3)))
                    r &+= 4
                }
                while r < rows {
                    let p0 = base + r &* cols
                    var s0 = 0.0, m0 = 0.0
                    for j in 0..<cols {
                        let a0 = abs(p0[j])
                        s0 += a0
                        m0 = a0 > m0 ? a0 : m0
                    }
                    out[r] = s0
                    best = max(best, m0)
                    r &+= 1
                }
            }
        }
        return (best, sums)
    }
}
