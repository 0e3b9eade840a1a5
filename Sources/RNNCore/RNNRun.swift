import Foundation

/// The forward pass of a SimpleRNN over one `RNNParameters`, as a plain value: it holds the
/// timesteps computed so far and grows only when asked (`compute(through:)`).
///
/// Each step is `np.dot(Wx, x_t) + np.dot(Wh, h_{t-1}) + b` (added in that order) followed by
/// the activation (`tanh` unless another is given), matching numpy within 1e-12. Copies are independent (the arrays are copy-on-write), so
/// a run can be kept in a value such as the player's state and copied freely.
public struct RNNRun: Sendable, Equatable {
    /// The arrays this run computes with.
    public let parameters: RNNParameters
    /// The activation applied to z_t (tanh by default).
    public let activation: Activation
    /// Wx·x_t for t = 1…computedSteps, row after row.
    private var wxXs: [Double] = []
    /// Wh·h_{t-1}, likewise.
    private var whHs: [Double] = []
    /// The pre-activations z_t, likewise.
    private var pres: [Double] = []
    /// The hidden states h_t, likewise.
    private var hs: [Double] = []
    /// How many timesteps have been computed (0…T).
    public private(set) var computedSteps = 0

    /// A run over `parameters` with `activation` (tanh by default), nothing computed yet.
    public init(_ parameters: RNNParameters, activation: Activation = .tanh) {
        self.parameters = parameters
        self.activation = activation
    }

    /// Materialises `spec` (see `RNNParameters`) and creates a run over it, nothing computed yet.
    public init(spec: RNNSpec) throws(RNNSpecError) {
        self.init(try RNNParameters(spec))
    }

    /// Sequence length T.
    public var timesteps: Int { parameters.timesteps }
    /// Hidden size H.
    public var hiddenUnits: Int { parameters.hiddenUnits }
    /// Input dimension D.
    public var inputDim: Int { parameters.inputDim }
    /// True when every timestep is computed.
    public var isComplete: Bool { computedSteps == timesteps }

    /// This run with every timestep computed.
    public func completed() -> RNNRun {
        var copy = self
        copy.compute(through: timesteps)
        return copy
    }

    /// All the intermediates of timestep `t` (1…computedSteps).
    public func record(at t: Int) -> StepRecord {
        precondition(t >= 1 && t <= computedSteps, "timestep \(t) outside 1...\(computedSteps) (computed)")
        let h = hiddenUnits, p = parameters
        let range = ((t - 1) * h)..<(t * h)
        return StepRecord(
            t: t, x: p.inputs.row(t - 1), hPrev: state(at: t - 1),
            wxX: Array(wxXs[range]), whH: Array(whHs[range]), b: p.b,
            preactivation: Array(pres[range]), h: Array(hs[range]))
    }

    /// The hidden state after timestep `t` (0…computedSteps); `t = 0` gives h0.
    public func state(at t: Int) -> [Double] {
        precondition(t >= 0 && t <= computedSteps, "timestep \(t) outside 0...\(computedSteps) (computed)")
        return t == 0 ? parameters.h0 : Array(hs[((t - 1) * hiddenUnits)..<(t * hiddenUnits)])
    }

    /// All the records, t = 1…T (the run must be complete).
    public var records: [StepRecord] {
        precondition(isComplete, "records of an incomplete run")
        return (0..<timesteps).map { record(at: $0 + 1) }
    }

    /// h_1…h_T as rows, T×H (the run must be complete).
    public var states: Matrix {
        precondition(isComplete, "states of an incomplete run")
        return Matrix(rows: timesteps, cols: hiddenUnits, values: hs)
    }

    /// The pre-activations Wx·x_t + Wh·h_{t-1} + b as rows, T×H (the run must be complete).
    public var preactivations: Matrix {
        precondition(isComplete, "preactivations of an incomplete run")
        return Matrix(rows: timesteps, cols: hiddenUnits, values: pres)
    }

    /// h_1…h_computedSteps as rows (computedSteps×H), sharing this run's storage.
    public var computedStates: Matrix {
        Matrix(rows: computedSteps, cols: hiddenUnits, values: hs)
    }

    /// Computes timesteps `computedSteps+1 … t` (nothing when they are already computed).
    public mutating func compute(through t: Int) {
        precondition(t >= 0 && t <= timesteps, "timestep \(t) outside 0...\(timesteps)")
        let done = computedSteps
        guard t > done else { return }
        let h = hiddenUnits, d = inputDim, p = parameters, f = activation
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
        // Both products use every core when they are large (same bits; see LinearAlgebra+Concurrent).
        p.inputs.values.withUnsafeBufferPointer { inputs in
            let xs = UnsafeBufferPointer(rebasing: inputs[(done * d)..<(t * d)])
            p.wx.values.withUnsafeBufferPointer { m in
                wxXs.withUnsafeMutableBufferPointer { all in
                    let out = UnsafeMutableBufferPointer(rebasing: all[(done * h)..<(t * h)])
                    LinearAlgebra.matVecBatchConcurrent(m, rows: h, cols: d, xs, steps: t - done, into: out)
                }
            }
        }
        var hPrev = state(at: done)
        var wh = [Double](repeating: 0, count: h)
        // Wh·h on every core or on this thread, whichever the timings say is faster now (same bits).
        var choice = ConcurrencyChoice()
        let splits = LinearAlgebra.splitsMatVec(rows: h, cols: h)
        for step in done..<t {
            let base = step * h
            let concurrent = splits && choice.begin()
            p.wh.values.withUnsafeBufferPointer { m in
                hPrev.withUnsafeBufferPointer { hp in
                    wh.withUnsafeMutableBufferPointer {
                        LinearAlgebra.matVecConcurrent(m, rows: h, cols: h, hp, into: $0,
                                                       descending: step % 2 == 1, concurrent: concurrent)
                    }
                }
            }
            if splits { choice.finish() }
            for i in 0..<h {
                let pre = (wxXs[base + i] + wh[i]) + p.b[i]
                let next = f.apply(pre)
                whHs[base + i] = wh[i]
                pres[base + i] = pre
                hs[base + i] = next
                hPrev[i] = next
            }
        }
        computedSteps = t
    }
}
