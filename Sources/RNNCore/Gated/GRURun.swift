import Foundation

/// The forward pass of a GRU cell (08-03) over one `GatedParameters`, as a plain value that grows
/// only when asked (`compute(through:)`), like `RNNRun`.
///
/// Gate blocks z, r, g (Keras's order). With `reset_after: false` (the book's formula):
/// z = σ((Wx_z·x + Wh_z·h) + b_z), r likewise, g = tanh((Wx_g·x + Wh_g·(r ⊙ h)) + b_g).
/// With `reset_after: true` (Keras's default): every gate adds the input bias to Wx·x and the
/// recurrent bias to Wh·h, z = σ((Wx_z·x + bx_z) + (Wh_z·h + bh_z)), r likewise, and
/// g = tanh((Wx_g·x + bx_g) + r ⊙ (Wh_g·h + bh_g)). Then h_t = z ⊙ h_{t-1} + (1 − z) ⊙ g.
/// Matches the numpy reference (`scripts/make_fixtures.py`) within 1e-12.
public struct GRURun: Sendable, Equatable {
    /// The arrays this run computes with (a gru cell).
    public let parameters: GatedParameters
    /// The records of t = 1…computedSteps.
    private var computed: [GRURecord] = []

    /// A run over `parameters` (which must be a gru cell's) with nothing computed yet.
    public init(_ parameters: GatedParameters) {
        precondition(parameters.cell != .lstm, "GRURun needs gru parameters")
        self.parameters = parameters
    }

    /// Sequence length T.
    public var timesteps: Int { parameters.timesteps }
    /// Hidden size H.
    public var hiddenUnits: Int { parameters.hiddenUnits }
    /// Whether r is applied after the recurrent product (Keras's default) rather than before it.
    public var resetAfter: Bool { parameters.cell.hasTwoBiases }
    /// How many timesteps have been computed (0…T).
    public var computedSteps: Int { computed.count }
    /// True when every timestep is computed.
    public var isComplete: Bool { computedSteps == timesteps }

    /// This run with every timestep computed.
    public func completed() -> GRURun {
        var copy = self
        copy.compute(through: timesteps)
        return copy
    }

    /// All the intermediates of timestep `t` (1…computedSteps).
    public func record(at t: Int) -> GRURecord {
        precondition(t >= 1 && t <= computedSteps, "timestep \(t) outside 1...\(computedSteps) (computed)")
        return computed[t - 1]
    }

    /// The records computed so far, t = 1…computedSteps.
    public var records: [GRURecord] { computed }

    /// The hidden state after timestep `t` (0…computedSteps); `t = 0` gives h0.
    public func state(at t: Int) -> [Double] {
        t == 0 ? parameters.h0 : record(at: t).h
    }

    /// Computes timesteps `computedSteps+1 … t` (nothing when they are already computed).
    public mutating func compute(through t: Int) {
        precondition(t >= 0 && t <= timesteps, "timestep \(t) outside 0...\(timesteps)")
        let p = parameters, h = hiddenUnits
        let b = p.b.values
        while computed.count < t {
            let step = computed.count + 1
            let x = p.inputs.row(step - 1)
            let hPrev = state(at: step - 1)
            let wxX = GateMath.product(p.wx, rows: 0..<(3 * h), x)
            var pre = [Double](repeating: 0, count: 3 * h)
            var reset = [Double](repeating: 0, count: h)
            var z = [Double](repeating: 0, count: h), r = z, g = z
            if resetAfter {
                let whH = GateMath.product(p.wh, rows: 0..<(3 * h), hPrev)
                let inner = (0..<(3 * h)).map { wxX[$0] + b[$0] }
                let outer = (0..<(3 * h)).map { whH[$0] + b[3 * h + $0] }
                for k in 0..<(2 * h) { pre[k] = inner[k] + outer[k] }
                for k in 0..<h {
                    z[k] = GateMath.sigmoid(pre[k])
                    r[k] = GateMath.sigmoid(pre[h + k])
                    reset[k] = r[k] * outer[2 * h + k]
                    pre[2 * h + k] = inner[2 * h + k] + reset[k]
                    g[k] = tanh(pre[2 * h + k])
                }
            } else {
                let whH = GateMath.product(p.wh, rows: 0..<(2 * h), hPrev)
                for k in 0..<(2 * h) { pre[k] = (wxX[k] + whH[k]) + b[k] }
                for k in 0..<h {
                    z[k] = GateMath.sigmoid(pre[k])
                    r[k] = GateMath.sigmoid(pre[h + k])
                    reset[k] = r[k] * hPrev[k]
                }
                let whR = GateMath.product(p.wh, rows: (2 * h)..<(3 * h), reset)
                for k in 0..<h {
                    pre[2 * h + k] = (wxX[2 * h + k] + whR[k]) + b[2 * h + k]
                    g[k] = tanh(pre[2 * h + k])
                }
            }
            let next = (0..<h).map { z[$0] * hPrev[$0] + (1 - z[$0]) * g[$0] }
            computed.append(GRURecord(t: step, x: x, hPrev: hPrev, preactivation: pre, z: z, r: r,
                                      reset: reset, g: g, h: next))
        }
    }
}
