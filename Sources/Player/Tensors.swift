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
    /// The hidden states computed so far (T×H; only rows before t are meaningful, see `HistoryCache`).
    var history: Matrix
    /// The history's block means, kept between frames (only rows `0..<t` are set).
    var historyMeans: GrowingBlockMeans
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
        (history, historyMeans) = HistoryCache.shared.history(of: run, through: t)
    }
}

/// The T×H history matrices of recent runs, kept between frames so that a timestep advance
/// copies one new row instead of rebuilding T×H values (8 MB for T = 1000, H = 1024).
///
/// Rows `0..<filled` hold h_1…h_filled. The rest are NaN for small histories; for large ones
/// (≥ 2 MB) rows never reached are left unwritten, so opening the stress lesson does not touch
/// 8 MB it does not show; the heatmap draws every row from t on as empty (`Heatmap.filledRows`).
/// The buffer is handed out as a `Matrix` that
/// shares it (copy-on-write); once the frame is drawn the cache is its only owner again, so the next
/// frame updates it in place.
final class HistoryCache: @unchecked Sendable {
    static let shared = HistoryCache()

    private struct Slot {
        weak var run: RNNRun?
        var values: [Double]
        var filled: Int
        var lastUse: Int
        let means = GrowingBlockMeans()
    }

    /// Runs remembered at once (the current step and a neighbour or two).
    private let capacity = 3
    private var slots: [ObjectIdentifier: Slot] = [:]
    private var clock = 0
    private let lock = NSLock()

    /// h_1…h_t as the first t rows of a T×H matrix (rows below: see the type's note), and the run's incremental block means.
    func history(of run: RNNRun, through t: Int) -> (Matrix, GrowingBlockMeans) {
        let rows = run.timesteps, hidden = run.hiddenUnits
        let id = ObjectIdentifier(run)
        return lock.withLock {
            clock += 1
            var slot: Slot
            if let existing = slots.removeValue(forKey: id), existing.run === run {
                slot = existing
            } else {
                let values = [Double](unsafeUninitializedCapacity: rows * hidden) { buffer, initialized in
                    HugePages.advise(buffer)
                    if buffer.count * MemoryLayout<Double>.stride < HugePages.threshold {
                        buffer.initialize(repeating: .nan)
                    }
                    // Large: rows are written as they are filled and never read before (see above).
                    initialized = buffer.count
                }
                slot = Slot(run: run, values: values, filled: 0, lastUse: 0)
            }
            if t < slot.filled {
                slot.values.withUnsafeMutableBufferPointer { v in
                    for i in (t * hidden)..<(slot.filled * hidden) { v[i] = .nan }
                }
            } else if t > slot.filled {
                let states = run.states(from: slot.filled + 1, through: t)
                slot.values.replaceSubrange((slot.filled * hidden)..<(t * hidden), with: states)
            }
            slot.filled = t
            slot.lastUse = clock
            slots[id] = slot
            if slots.count > capacity, let oldest = slots.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                slots.removeValue(forKey: oldest)
            }
            return (Matrix(rows: rows, cols: hidden, values: slot.values), slot.means)
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
