import Foundation

/// The forward pass of an LSTM cell (08-02) over one `GatedParameters`, as a plain value that
/// grows only when asked (`compute(through:)`), like `RNNRun`.
///
/// Each timestep computes z = (Wx·x_t + Wh·h_{t-1}) + b (4H values, gate blocks i, f, g, o), then
/// i = σ(z_i), f = σ(z_f), g = tanh(z_g), o = σ(z_o), c_t = f ⊙ c_{t-1} + i ⊙ g and
/// h_t = o ⊙ tanh(c_t), matching the numpy reference (`scripts/make_fixtures.py`) within 1e-12.
public struct LSTMRun: Sendable, Equatable {
    /// The arrays this run computes with (an lstm cell).
    public let parameters: GatedParameters
    /// The records of t = 1…computedSteps.
    private var computed: [LSTMRecord] = []

    /// A run over `parameters` (which must be an lstm cell's) with nothing computed yet.
    public init(_ parameters: GatedParameters) {
        precondition(parameters.cell == .lstm, "LSTMRun needs lstm parameters")
        self.parameters = parameters
    }

    /// Sequence length T.
    public var timesteps: Int { parameters.timesteps }
    /// Hidden size H.
    public var hiddenUnits: Int { parameters.hiddenUnits }
    /// How many timesteps have been computed (0…T).
    public var computedSteps: Int { computed.count }
    /// True when every timestep is computed.
    public var isComplete: Bool { computedSteps == timesteps }

    /// This run with every timestep computed.
    public func completed() -> LSTMRun {
        var copy = self
        copy.compute(through: timesteps)
        return copy
    }

    /// All the intermediates of timestep `t` (1…computedSteps).
    public func record(at t: Int) -> LSTMRecord {
        precondition(t >= 1 && t <= computedSteps, "timestep \(t) outside 1...\(computedSteps) (computed)")
        return computed[t - 1]
    }

    /// The records computed so far, t = 1…computedSteps.
    public var records: [LSTMRecord] { computed }

    /// The hidden state after timestep `t` (0…computedSteps); `t = 0` gives h0.
    public func state(at t: Int) -> [Double] {
        t == 0 ? parameters.h0 : record(at: t).h
    }

    /// The cell state after timestep `t` (0…computedSteps); `t = 0` gives c0.
    public func cell(at t: Int) -> [Double] {
        t == 0 ? parameters.c0 : record(at: t).c
    }

    /// Computes timesteps `computedSteps+1 … t` (nothing when they are already computed).
    public mutating func compute(through t: Int) {
        precondition(t >= 0 && t <= timesteps, "timestep \(t) outside 0...\(timesteps)")
        let p = parameters, h = hiddenUnits, all = 0..<(4 * h)
        while computed.count < t {
            let step = computed.count + 1
            let x = p.inputs.row(step - 1)
            let hPrev = state(at: step - 1), cPrev = cell(at: step - 1)
            let wxX = GateMath.product(p.wx, rows: all, x)
            let whH = GateMath.product(p.wh, rows: all, hPrev)
            var pre = [Double](repeating: 0, count: 4 * h)
            for k in all { pre[k] = (wxX[k] + whH[k]) + p.b.values[k] }
            let i = (0..<h).map { GateMath.sigmoid(pre[$0]) }
            let f = (0..<h).map { GateMath.sigmoid(pre[h + $0]) }
            let g = (0..<h).map { tanh(pre[2 * h + $0]) }
            let o = (0..<h).map { GateMath.sigmoid(pre[3 * h + $0]) }
            let c = (0..<h).map { f[$0] * cPrev[$0] + i[$0] * g[$0] }
            let tanhC = c.map { tanh($0) }
            let next = (0..<h).map { o[$0] * tanhC[$0] }
            computed.append(LSTMRecord(t: step, x: x, hPrev: hPrev, cPrev: cPrev, preactivation: pre,
                                       i: i, f: f, g: g, o: o, c: c, tanhC: tanhC, h: next))
        }
    }
}
