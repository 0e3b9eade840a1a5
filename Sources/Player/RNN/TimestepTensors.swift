import RNNCore

/// The values of an rnn step's tensors at timestep t, read from the forward pass's records (never
/// recomputed). At t = 0 it shows the initial state and the input the first key will use; the
/// partial results are empty (nil, drawn blank) until computed.
struct TimestepTensors {
    /// x_t (x_1 at t = 0).
    var x: [Double]
    /// h_{t-1} (h_0 at t = 0).
    var hPrev: [Double]
    /// Wx·x_t, nil at t = 0.
    var wxX: [Double]?
    /// Wh·h_{t-1}, nil at t = 0.
    var whH: [Double]?
    /// The pre-activation z_t, nil at t = 0.
    var pre: [Double]?
    /// h_t, nil at t = 0.
    var h: [Double]?

    /// The tensors of `run` at `t`; the run must be computed through `t`.
    init(_ run: RNNRun, t: Int) {
        let p = run.parameters
        if t == 0 {
            x = p.inputs.row(0)
            hPrev = p.h0
        } else {
            let record = run.record(at: t)
            x = record.x
            hPrev = record.hPrev
            wxX = record.wxX
            whH = record.whH
            pre = record.preactivation
            h = record.h
        }
    }

    /// The values a tensor shows: a vector's (nil when not computed yet); nil for a matrix.
    func vector(_ id: CellDescription.TensorID, _ p: RNNParameters) -> [Double]? {
        switch id {
        case .x: return x
        case .hPrev: return hPrev
        case .wxX: return wxX
        case .whH: return whH
        case .b: return p.b
        case .z: return pre
        case .h: return h
        case .wx, .wh: return nil
        }
    }
}
