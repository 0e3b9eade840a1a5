import Foundation
import RNNCore
import Screen

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
    /// The hidden states computed so far (T×H; only rows before t are meaningful, see `RunHistory`).
    var history: Matrix
    /// The history's block means, kept between frames (only rows `0..<t` are set).
    var historyMeans: GrowingBlockMeans
    /// Colour scale for weights and states.
    var weightRange: ClosedRange<Double>
    /// Colour scale for partial sums.
    var partialRange: ClosedRange<Double>

    init(_ entry: EngineCache.Entry, t: Int) {
        let run = entry.run
        let p = run.parameters
        weightRange = entry.ranges.weights
        partialRange = entry.ranges.partials
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
        (history, historyMeans) = entry.history.through(t)
    }
}

/// The T×H history of one run's hidden states, kept between frames (in the state's
/// `EngineCache`) so that a timestep advance copies one new row instead of rebuilding T×H values
/// (8 MB for T = 1000, H = 1024).
///
/// Rows `0..<filled` hold h_1…h_filled. The rest are NaN for small histories; for large ones
/// (≥ 2 MB) rows never reached are left unwritten, so opening the stress lesson does not touch
/// 8 MB it does not show; the heatmap draws every row from t on as empty (`Heatmap.filledRows`).
/// The buffer is handed out as a `Matrix` that shares it (copy-on-write); once the frame is drawn
/// this object is its only owner again, so the next frame updates it in place.
final class RunHistory: @unchecked Sendable {
    private unowned let run: RNNRun
    private var values: [Double]?
    private var filled = 0
    private let means = GrowingBlockMeans()
    private let lock = NSLock()

    /// An empty history of `run` (nothing is allocated until it is first shown).
    init(of run: RNNRun) {
        self.run = run
    }

    /// h_1…h_t as the first t rows of a T×H matrix (rows below: see the type's note), and the
    /// incremental block means of the history heatmap.
    func through(_ t: Int) -> (Matrix, GrowingBlockMeans) {
        let rows = run.timesteps, hidden = run.hiddenUnits
        return lock.withLock {
            var buffer = values ?? [Double](unsafeUninitializedCapacity: rows * hidden) { buffer, initialized in
                HugePages.advise(buffer)
                if buffer.count * MemoryLayout<Double>.stride < HugePages.threshold {
                    buffer.initialize(repeating: .nan)
                }
                // Large: rows are written as they are filled and never read before (see above).
                initialized = buffer.count
            }
            values = nil
            if t < filled {
                buffer.withUnsafeMutableBufferPointer { v in
                    for i in (t * hidden)..<(filled * hidden) { v[i] = .nan }
                }
            } else if t > filled {
                let states = run.states(from: filled + 1, through: t)
                buffer.replaceSubrange((filled * hidden)..<(t * hidden), with: states)
            }
            filled = t
            values = buffer
            return (Matrix(rows: rows, cols: hidden, values: buffer), means)
        }
    }
}

private extension RNNRun {
    /// h_first…h_last, concatenated.
    func states(from first: Int, through last: Int) -> [Double] {
        if first == 1, last == timesteps { return states.values }
        var out: [Double] = []
        out.reserveCapacity((last - first + 1) * hiddenUnits)
        for t in first...last { out += state(at: t) }
        return out
    }
}
