import Foundation

/// The forward pass of a SimpleRNN over one `RNNParameters`, computed lazily and cached.
///
/// `record(at:)` and `state(at:)` compute timesteps only as far as needed; `states` and
/// `preactivations` compute all of them. Each step is `np.dot(Wx, x_t) + np.dot(Wh, h_{t-1}) + b`
/// (added in that order) followed by `tanh`, matching numpy within 1e-12.
///
/// Thread safety: the cache is guarded by a lock, so a run may be shared between tasks
/// (`@unchecked Sendable`: all mutable state is touched only while holding `lock`).
public final class RNNRun: @unchecked Sendable {
    /// The arrays this run computes with.
    public let parameters: RNNParameters
    private let lock = NSLock()
    private var wxXs: [Double] = []
    private var whHs: [Double] = []
    private var pres: [Double] = []
    private var hs: [Double] = []
    private var done = 0

    /// Creates a run; nothing is computed until asked for.
    public init(_ parameters: RNNParameters) {
        self.parameters = parameters
    }

    /// Materialises `spec` (see `RNNParameters`) and creates a run over it.
    public convenience init(spec: RNNSpec) throws(RNNSpecError) {
        self.init(try RNNParameters(spec))
    }

    /// Sequence length T.
    public var timesteps: Int { parameters.timesteps }
    /// Hidden size H.
    public var hiddenUnits: Int { parameters.hiddenUnits }
    /// Input dimension D.
    public var inputDim: Int { parameters.inputDim }

    /// How many timesteps have been computed so far (0…T); for tests and progress displays.
    public var computedSteps: Int {
        lock.withLock { done }
    }

    /// All the intermediates of timestep `t` (1…T).
    public func record(at t: Int) -> StepRecord {
        precondition(t >= 1 && t <= timesteps, "timestep \(t) outside 1...\(timesteps)")
        return lock.withLock {
            computeLocked(through: t)
            let h = hiddenUnits, p = parameters
            let range = ((t - 1) * h)..<(t * h)
            return StepRecord(
                t: t, x: p.inputs.row(t - 1), hPrev: stateLocked(t - 1),
                wxX: Array(wxXs[range]), whH: Array(whHs[range]), b: p.b,
                preactivation: Array(pres[range]), h: Array(hs[range]))
        }
    }

    /// The hidden state after timestep `t`; `t = 0` gives h0.
    public func state(at t: Int) -> [Double] {
        precondition(t >= 0 && t <= timesteps, "timestep \(t) outside 0...\(timesteps)")
        return lock.withLock {
            computeLocked(through: t)
            return stateLocked(t)
        }
    }

    /// All the records, t = 1…T.
    public var records: [StepRecord] {
        (1...timesteps).map { record(at: $0) }
    }

    /// h_1…h_T as rows, T×H (computes every step).
    public var states: Matrix {
        lock.withLock {
            computeLocked(through: timesteps)
            return Matrix(rows: timesteps, cols: hiddenUnits, values: hs)
        }
    }

    /// The preactivations Wx·x_t + Wh·h_{t-1} + b as rows, T×H (computes every step).
    public var preactivations: Matrix {
        lock.withLock {
            computeLocked(through: timesteps)
            return Matrix(rows: timesteps, cols: hiddenUnits, values: pres)
        }
    }

    private func stateLocked(_ t: Int) -> [Double] {
        t == 0 ? parameters.h0 : Array(hs[((t - 1) * hiddenUnits)..<(t * hiddenUnits)])
    }

    /// Computes steps `done+1 … t`; the caller holds `lock`.
    private func computeLocked(through t: Int) {
        guard t > done else { return }
        let h = hiddenUnits, d = inputDim, p = parameters
        let grow = (t - done) * h
        // Reserve exactly only for the whole sequence; otherwise let `append` grow geometrically
        // (an exact reserve per timestep would reallocate and copy all four arrays on every step).
        if t == timesteps {
            wxXs.reserveCapacity(t * h)
            whHs.reserveCapacity(t * h)
            pres.reserveCapacity(t * h)
            hs.reserveCapacity(t * h)
        }
        wxXs.append(contentsOf: repeatElement(0, count: grow))
        whHs.append(contentsOf: repeatElement(0, count: grow))
        pres.append(contentsOf: repeatElement(0, count: grow))
        hs.append(contentsOf: repeatElement(0, count: grow))
        // Wx·x_t does not depend on the state: compute it for all the new steps at once (cache-blocked).
        p.inputs.values.withUnsafeBufferPointer { inputs in
            let xs = UnsafeBufferPointer(rebasing: inputs[(done * d)..<(t * d)])
            p.wx.values.withUnsafeBufferPointer { m in
                wxXs.withUnsafeMutableBufferPointer { all in
                    let out = UnsafeMutableBufferPointer(rebasing: all[(done * h)..<(t * h)])
                    LinearAlgebra.matVecBatch(m, rows: h, cols: d, xs, steps: t - done, into: out)
                }
            }
        }
        var hPrev = stateLocked(done)
        var wh = [Double](repeating: 0, count: h)
        for step in done..<t {
            let base = step * h
            p.wh.values.withUnsafeBufferPointer { m in
                hPrev.withUnsafeBufferPointer { hp in
                    wh.withUnsafeMutableBufferPointer { LinearAlgebra.matVec(m, rows: h, cols: h, hp, into: $0) }
                }
            }
            for i in 0..<h {
                let pre = (wxXs[base + i] + wh[i]) + p.b[i]
                let next = tanh(pre)
                whHs[base + i] = wh[i]
                pres[base + i] = pre
                hs[base + i] = next
                hPrev[i] = next
            }
        }
        done = t
    }
}
