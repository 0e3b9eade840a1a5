import RNNCore

/// What the rnn screen shows at timestep t, read from the engine's records (never recomputed).
///
/// At t = 0 it shows the initial state and the input the first key will use; the partial
/// results are empty (NaN, drawn blank) until computed.
struct Tensors {
    /// x_t (x_1 at t = 0).
    var x: [Double]
    /// h_{t-1} (h_0 at t = 0).
    var hPrev: [Double]
    /// Wx·x_t, nil at t = 0.
    var wxX: [Double]?
    /// Wh·h_{t-1}, nil at t = 0.
    var whH: [Double]?
    /// The pre-activation, nil at t = 0.
    var pre: [Double]?
    /// h_t (h_0 at t = 0).
    var h: [Double]?
    /// The hidden states computed so far (T×H; rows after t are NaN).
    var history: Matrix
    /// Colour scale for weights and states.
    var weightRange: ClosedRange<Double>
    /// Colour scale for partial sums.
    var partialRange: ClosedRange<Double>

    init(run: RNNRun, ranges: DisplayRanges, t: Int) {
        let p = run.parameters
        weightRange = ranges.weights
        partialRange = ranges.partials
        if t == 0 {
            x = p.inputs.row(0)
            hPrev = p.h0
            h = p.h0
        } else {
            let record = run.record(at: t)
            x = record.x
            hPrev = record.hPrev
            wxX = record.wxX
            whH = record.whH
            pre = record.preactivation
            h = record.h
        }
        let hidden = run.hiddenUnits
        var values = [Double](repeating: .nan, count: run.timesteps * hidden)
        for row in 0..<t {
            let state = run.state(at: row + 1)
            values.replaceSubrange((row * hidden)..<((row + 1) * hidden), with: state)
        }
        history = Matrix(rows: run.timesteps, cols: hidden, values: values)
    }
}
