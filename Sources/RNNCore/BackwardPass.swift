import Foundation

/// Backpropagation through time for one SimpleRNN run, as a plain value that goes back one
/// timestep at a time (or all at once).
///
/// **The loss** is L = Σᵢ h_T[i], the sum of the last hidden state. It is the simplest loss that
/// reaches every unit (∂L/∂h_T = 1 for each of them), so nothing in the picture depends on a choice of
/// targets or an output layer; and for any loss ℓ(h_T) the backward pass is the same one started from
/// g = ∂ℓ/∂h_T instead of ones: a weighted version of this one, with the same (1 − h_t²) factors and
/// the same Whᵀ products in between. What makes gradients vanish or explode is all here.
///
/// For t = T … 1:
///
///     ∂L/∂h_T     = 1
///     δ_t         = ∂L/∂z_t = (1 − h_t²) ⊙ ∂L/∂h_t
///     ∂L/∂h_{t−1} = Whᵀ·δ_t
///     ∂L/∂x_t     = Wxᵀ·δ_t
///
/// and the shared parameters collect dWx = Σ_t δ_t·x_tᵀ, dWh = Σ_t δ_t·h_{t−1}ᵀ, db = Σ_t δ_t.
///
/// **1 − h_t²** is tanh's derivative at z_t, and it is computed from z_t as 1/cosh²(z_t): the same
/// number, but accurate to a few ulps even where the unit saturates. Computed as `1 − h·h` from the
/// rounded h_t it would be dominated by h_t's last bit once |z_t| passes about 5 (relative error 1e-5
/// at z = 13, and exactly 0 once h_t rounds to ±1 at |z| > 19.1), so saturated, vanishing gradients would
/// be rounding noise and would change with the forward pass's last bit (another BLAS, another CPU).
///
/// Like `RNNRun`, the pass grows only when asked: `stepBack()` computes one more timestep (going back
/// in time), `compute(downTo:)` several, `completed()` all. `record(at:)` gives one timestep's
/// intermediates and `gradients` the parameter gradients accumulated so far (timesteps t…T).
/// The sums over timesteps are taken from T down, one term at a time, so a pass computed in several
/// pieces equals one computed at once bit for bit, and `gradients(from:)` recomputes the "so far" sums
/// of an earlier point exactly. Copies are independent (copy-on-write arrays).
public struct BackwardPass: Sendable, Equatable {
    /// The complete forward pass this backward pass differentiates.
    public let run: RNNRun
    /// Whᵀ and Wxᵀ, row-major, so the products with δ_t are ordinary mat-vec products.
    private let whT: [Double]
    private let wxT: [Double]
    /// h0, h_1 … h_T, (T+1)×H: row t is h_t.
    private let hs: [Double]
    /// The pre-activations z_1 … z_T, T×H: row t−1 is z_t.
    private let zs: [Double]
    /// ∂L/∂h_t for t = 0…T, (T+1)×H: row t is ∂L/∂h_t; row T is all ones.
    private var dhs: [Double]
    /// δ_t for t = 1…T, T×H: row t−1 is δ_t.
    private var deltas: [Double]
    /// ∂L/∂x_t for t = 1…T, T×D: row t−1.
    private var dxs: [Double]
    /// ‖∂L/∂x_t‖₂ for t = 1…T.
    private var norms: [Double]
    /// The parameter gradients summed over the timesteps computed so far.
    private var dwx: [Double]
    private var dwh: [Double]
    private var dbs: [Double]
    /// How many timesteps have been gone back through (0…T): timesteps T−computedSteps+1 … T are done.
    public private(set) var computedSteps = 0

    /// A backward pass over `run` (completed first if it is not), nothing computed yet.
    public init(_ run: RNNRun) {
        let run = run.completed()
        let p = run.parameters
        let t = run.timesteps, d = run.inputDim, h = run.hiddenUnits
        self.run = run
        whT = LinearAlgebra.transposed(p.wh.values, rows: h, cols: h)
        wxT = LinearAlgebra.transposed(p.wx.values, rows: h, cols: d)
        var states = p.h0
        states.reserveCapacity((t + 1) * h)
        states += run.states.values
        hs = states
        zs = run.preactivations.values
        dhs = [Double](repeating: 0, count: (t + 1) * h)
        for i in (t * h)..<((t + 1) * h) { dhs[i] = 1 }
        deltas = [Double](repeating: 0, count: t * h)
        dxs = [Double](repeating: 0, count: t * d)
        norms = [Double](repeating: 0, count: t)
        dwx = [Double](repeating: 0, count: h * d)
        dwh = [Double](repeating: 0, count: h * h)
        dbs = [Double](repeating: 0, count: h)
    }

    /// Sequence length T.
    public var timesteps: Int { run.timesteps }
    /// Hidden size H.
    public var hiddenUnits: Int { run.hiddenUnits }
    /// Input dimension D.
    public var inputDim: Int { run.inputDim }
    /// The earliest timestep computed so far: T + 1 before the first step back, 1 when complete.
    public var earliestStep: Int { timesteps + 1 - computedSteps }
    /// True when every timestep down to t = 1 is computed.
    public var isComplete: Bool { computedSteps == timesteps }

    /// The loss L = Σᵢ h_T[i] (summed left to right).
    public var loss: Double {
        let h = hiddenUnits
        return hs[(timesteps * h)..<((timesteps + 1) * h)].reduce(0, +)
    }

    /// This pass with every timestep computed, down to t = 1.
    public func completed() -> BackwardPass {
        var copy = self
        copy.compute(downTo: 1)
        return copy
    }

    /// Goes one timestep further back in time (nothing when already complete).
    public mutating func stepBack() {
        if !isComplete { compute(downTo: earliestStep - 1) }
    }

    /// Computes timesteps `earliestStep−1` down to `t` (nothing when they are already computed).
    /// `t` is in 1…T+1 (T + 1 asks for nothing).
    public mutating func compute(downTo t: Int) {
        precondition(t >= 1 && t <= timesteps + 1, "timestep \(t) outside 1...\(timesteps + 1)")
        let start = earliestStep - 1
        guard t <= start else { return }
        let h = hiddenUnits, d = inputDim
        let steps = start - t + 1
        whT.withUnsafeBufferPointer { whT in
            zs.withUnsafeBufferPointer { zs in
                dhs.withUnsafeMutableBufferPointer { dhs in
                    deltas.withUnsafeMutableBufferPointer { deltas in
                        for s in stride(from: start, through: t, by: -1) {
                            let row = s * h, dRow = (s - 1) * h
                            for i in 0..<h {
                                deltas[dRow + i] = Self.tanhDerivative(zs[dRow + i]) * dhs[row + i]
                            }
                            LinearAlgebra.matVec(
                                whT, rows: h, cols: h, UnsafeBufferPointer(rebasing: deltas[dRow..<(dRow + h)]),
                                into: UnsafeMutableBufferPointer(rebasing: dhs[((s - 1) * h)..<(s * h)]))
                        }
                    }
                }
            }
        }
        // The rows t…start of δ are new: their input gradients and parameter sums, in batches.
        let first = t - 1
        let newDeltas = deltas.withUnsafeBufferPointer { Array($0[(first * h)..<((first + steps) * h)]) }
        newDeltas.withUnsafeBufferPointer { ds in
            wxT.withUnsafeBufferPointer { wxT in
                dxs.withUnsafeMutableBufferPointer { all in
                    let out = UnsafeMutableBufferPointer(rebasing: all[(first * d)..<((first + steps) * d)])
                    LinearAlgebra.matVecBatch(wxT, rows: d, cols: h, ds, steps: steps, into: out)
                    for s in 0..<steps {
                        norms[first + s] = LinearAlgebra.norm2(
                            UnsafeBufferPointer(rebasing: out[(s * d)..<((s + 1) * d)]))
                    }
                }
            }
        }
        Self.accumulate(newDeltas, from: first, hiddenUnits: h, inputDim: d, run: run, hs: hs,
                        dwx: &dwx, dwh: &dwh, db: &dbs)
        computedSteps += steps
    }

    /// Adds δ_s·x_sᵀ, δ_s·h_{s−1}ᵀ and δ_s to the sums, for the timesteps whose δ are the rows of
    /// `ds` (timestep `first + 1` first), taking the latest timestep first.
    private static func accumulate(_ ds: [Double], from first: Int, hiddenUnits h: Int, inputDim d: Int,
                                   run: RNNRun, hs: [Double],
                                   dwx: inout [Double], dwh: inout [Double], db: inout [Double]) {
        let steps = ds.count / max(h, 1)
        guard steps > 0 else { return }
        ds.withUnsafeBufferPointer { ds in
            run.parameters.inputs.values.withUnsafeBufferPointer { xs in
                dwx.withUnsafeMutableBufferPointer {
                    LinearAlgebra.accumulateOuterProducts(
                        ds, dRows: h, UnsafeBufferPointer(rebasing: xs[(first * d)..<((first + steps) * d)]),
                        vCols: d, steps: steps, into: $0)
                }
            }
            hs.withUnsafeBufferPointer { hs in
                dwh.withUnsafeMutableBufferPointer {
                    LinearAlgebra.accumulateOuterProducts(
                        ds, dRows: h, UnsafeBufferPointer(rebasing: hs[(first * h)..<((first + steps) * h)]),
                        vCols: h, steps: steps, into: $0)
                }
            }
            for s in stride(from: steps - 1, through: 0, by: -1) {
                for i in 0..<h { db[i] += ds[s * h + i] }
            }
        }
    }

    /// 1 − tanh²(z) = 1/cosh²(z), as numpy's `1.0 / np.cosh(z) ** 2` (0 once cosh overflows, |z| > 710).
    @inline(__always)
    public static func tanhDerivative(_ z: Double) -> Double {
        let c = cosh(z)
        return 1 / (c * c)
    }

    /// All the intermediates of timestep `t` (earliestStep…T).
    public func record(at t: Int) -> BackwardRecord {
        precondition(t >= earliestStep && t <= timesteps, "timestep \(t) outside \(earliestStep)...\(timesteps) (computed)")
        let h = hiddenUnits, d = inputDim
        return BackwardRecord(
            t: t, dState: Array(dhs[(t * h)..<((t + 1) * h)]),
            tanhDerivative: zs[((t - 1) * h)..<(t * h)].map(Self.tanhDerivative),
            delta: Array(deltas[((t - 1) * h)..<(t * h)]),
            dPrevState: Array(dhs[((t - 1) * h)..<(t * h)]),
            dInput: Array(dxs[((t - 1) * d)..<(t * d)]),
            inputGradNorm: norms[t - 1])
    }

    /// ∂L/∂h_t for t in earliestStep−1 … T (t = 0 gives ∂L/∂h0 once the pass is complete).
    public func dState(at t: Int) -> [Double] {
        precondition(t >= earliestStep - 1 && t <= timesteps, "timestep \(t) outside \(earliestStep - 1)...\(timesteps) (computed)")
        return Array(dhs[(t * hiddenUnits)..<((t + 1) * hiddenUnits)])
    }

    /// The parameter gradients summed over the timesteps computed so far (earliestStep…T).
    public var gradients: ParameterGradients {
        ParameterGradients(dWx: Matrix(rows: hiddenUnits, cols: inputDim, values: dwx),
                           dWh: Matrix(rows: hiddenUnits, cols: hiddenUnits, values: dwh),
                           db: dbs, from: earliestStep)
    }

    /// The parameter gradients summed over timesteps t…T (t in earliestStep…T+1), equal bit for bit
    /// to `gradients` of a pass computed down to t. Costs O((T−t+1)·H·(D+H)) unless t = earliestStep.
    public func gradients(from t: Int) -> ParameterGradients {
        precondition(t >= earliestStep && t <= timesteps + 1, "timestep \(t) outside \(earliestStep)...\(timesteps + 1) (computed)")
        if t == earliestStep { return gradients }
        let h = hiddenUnits, d = inputDim
        var gx = [Double](repeating: 0, count: h * d), gh = [Double](repeating: 0, count: h * h)
        var gb = [Double](repeating: 0, count: h)
        Self.accumulate(Array(deltas[((t - 1) * h)...]), from: t - 1, hiddenUnits: h, inputDim: d, run: run, hs: hs,
                        dwx: &gx, dwh: &gh, db: &gb)
        return ParameterGradients(dWx: Matrix(rows: h, cols: d, values: gx), dWh: Matrix(rows: h, cols: h, values: gh),
                                  db: gb, from: t)
    }

    // MARK: Whole arrays (the pass must be complete)

    /// ∂L/∂h_t for t = 1…T as rows, T×H.
    public var dStates: Matrix {
        precondition(isComplete, "dStates of an incomplete backward pass")
        return Matrix(rows: timesteps, cols: hiddenUnits, values: Array(dhs[hiddenUnits...]))
    }

    /// δ_t = ∂L/∂z_t for t = 1…T as rows, T×H.
    public var dPreactivations: Matrix {
        precondition(isComplete, "dPreactivations of an incomplete backward pass")
        return Matrix(rows: timesteps, cols: hiddenUnits, values: deltas)
    }

    /// ∂L/∂x_t for t = 1…T as rows, T×D.
    public var dInputs: Matrix {
        precondition(isComplete, "dInputs of an incomplete backward pass")
        return Matrix(rows: timesteps, cols: inputDim, values: dxs)
    }

    /// ∂L/∂h0, H values.
    public var dh0: [Double] {
        precondition(isComplete, "dh0 of an incomplete backward pass")
        return Array(dhs[0..<hiddenUnits])
    }

    /// ‖∂L/∂x_t‖₂ for t = 1…T.
    public var inputGradNorms: [Double] {
        precondition(isComplete, "inputGradNorms of an incomplete backward pass")
        return norms
    }
}
