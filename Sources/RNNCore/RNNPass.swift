/// One pass of one layer of an `RNNStack`: a complete `RNNRun` over the layer's inputs in the
/// order the pass reads them (x_T first for a backward pass), with its results reported by timestep.
///
/// A backward pass's run sees the rows reversed, so its reading step s is timestep t = T − s + 1;
/// `state(at:)`, `states` and `preactivations` undo that, so row t − 1 is always timestep t
/// (h_bwd_t is the state after reading x_T … x_t).
public struct RNNPass: Equatable, Sendable {
    /// The layer, from 1 (the one that reads the inputs).
    public let layer: Int
    /// Which way the pass reads.
    public let direction: PassDirection
    /// The complete run, in reading order.
    public let run: RNNRun
    /// The layer's inputs by timestep (T×D for layer 1, T×H or T×2H above), row t − 1 = timestep t.
    public let inputs: Matrix

    /// A pass over `inputs` (by timestep) with the given weights; computed completely.
    public init(layer: Int, direction: PassDirection, inputs: Matrix, wx: Matrix, wh: Matrix, b: [Double],
                activation: Activation = .tanh) throws(RNNSpecError) {
        self.layer = layer
        self.direction = direction
        self.inputs = inputs
        let read = direction == .forward ? inputs : RNNPass.reversedRows(inputs)
        run = RNNRun(try RNNParameters(inputs: read, wx: wx, wh: wh, b: b), activation: activation).completed()
    }

    /// T.
    public var timesteps: Int { run.timesteps }
    /// H.
    public var hiddenUnits: Int { run.hiddenUnits }
    /// The size of this layer's input vectors (D, H or 2H).
    public var inputDim: Int { run.inputDim }
    /// The pass's arrays (inputs in reading order).
    public var parameters: RNNParameters { run.parameters }

    /// The timestep read at reading step `s` (1…T).
    public func timestep(atStep s: Int) -> Int { direction.timestep(at: s, of: timesteps) }

    /// The state after reading timestep `t` (1…T) — h_t — or h0 for `t` = 0 (forward) or T + 1 (backward),
    /// i.e. before the pass has read anything.
    public func state(at t: Int) -> [Double] {
        let s = direction == .forward ? t : timesteps + 1 - t
        return run.state(at: s)
    }

    /// Every intermediate of timestep `t` (1…T): x_t, the previous state (h_{t−1} forward,
    /// h_{t+1} backward), Wx·x_t, Wh·h, b, z_t, h_t. The record's `t` is the reading step.
    public func record(atTimestep t: Int) -> StepRecord {
        run.record(at: direction.position(of: t, of: timesteps))
    }

    /// h_t as rows by timestep, T×H.
    public var states: Matrix { byTimestep(run.states) }
    /// z_t as rows by timestep, T×H.
    public var preactivations: Matrix { byTimestep(run.preactivations) }

    private func byTimestep(_ m: Matrix) -> Matrix {
        direction == .forward ? m : RNNPass.reversedRows(m)
    }

    /// `m` with its rows in the opposite order.
    static func reversedRows(_ m: Matrix) -> Matrix {
        var values: [Double] = []
        values.reserveCapacity(m.values.count)
        for r in (0..<m.rows).reversed() { values += m.values[(r * m.cols)..<((r + 1) * m.cols)] }
        return Matrix(rows: m.rows, cols: m.cols, values: values)
    }
}
