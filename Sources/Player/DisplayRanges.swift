import RNNCore

/// The colour scales of an rnn step, fixed for the whole step so that every timestep (and
/// stepping back) uses the same colours.
public struct DisplayRanges: Equatable, Sendable {
    /// For weights, inputs and states: symmetric, at least [-1, 1].
    public var weights: ClosedRange<Double>
    /// For Wx·x_t, Wh·h_{t-1} and the pre-activation: symmetric, large enough for any timestep
    /// (the bound max_i Σ|Wx_i|·max|x| + Σ|Wh_i|·max|h| + |b_i|, with |h| ≤ 1 after tanh).
    public var partials: ClosedRange<Double>

    /// Computes the scales from the parameters (never from the states, which would need the forward pass).
    public init(_ p: RNNParameters) {
        func maxAbs(_ values: [Double]) -> Double {
            values.withUnsafeBufferPointer { v in v.reduce(0) { max($0, abs($1)) } }
        }
        func absRowSums(_ m: Matrix) -> [Double] {
            m.values.withUnsafeBufferPointer { v in
                (0..<m.rows).map { r in
                    var s = 0.0
                    for j in (r * m.cols)..<((r + 1) * m.cols) { s += abs(v[j]) }
                    return s
                }
            }
        }
        let inputMax = maxAbs(p.inputs.values)
        let stateMax = max(1, maxAbs(p.h0))
        let w = max(1, inputMax, maxAbs(p.wx.values), maxAbs(p.wh.values), maxAbs(p.b), stateMax)
        weights = -w...w
        // Row sums of |Wx| and |Wh|, each summed left to right.
        let sxs = absRowSums(p.wx), shs = absRowSums(p.wh)
        var bound = 0.0
        for i in 0..<p.hiddenUnits {
            bound = max(bound, sxs[i] * inputMax + shs[i] * stateMax + abs(p.b[i]))
        }
        let m = max(1, bound)
        partials = -m...m
    }
}
