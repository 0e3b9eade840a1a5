import Foundation
import RNNCore
import Testing

/// The backward pass against central finite differences of the forward pass: every entry of Wx, Wh,
/// b, the inputs and h0 is moved by ±ε, L = Σ h_T is recomputed, and (L₊ − L₋)/2ε is compared with
/// the gradient. Independent of numpy and of the backward formulas.
@Suite struct BackwardFiniteDifferenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let spec: RNNSpec
        /// The step ε; larger where the gradients are small, so L's rounding (ulp(L)/ε) stays far below them.
        var eps = 1e-6
        /// The arrays checked (all unless a gradient is too small for L's precision to show).
        var targets = Target.allCases
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "normal init, h0", spec: RNNSpec(
            timesteps: 8, inputDim: 3, hiddenUnits: 5, seed: 7, h0: [0.3, -0.2, 0.1, 0.6, -0.5],
            weightInit: .normal(scale: 0.5))),
        // Saturated units: the largest gradients are about 1e-3 and ∂L/∂h0 about 1e-29, which moves L
        // (about 8) by less than half an ulp for any usable ε, so h0 is left to the numpy fixtures here.
        Case(name: "chapter (saturating)", spec: RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8, seed: 0),
             eps: 1e-4, targets: [.wx, .wh, .b, .inputs]),
        Case(name: "mixed signs", spec: RNNSpec(
            timesteps: 5, inputDim: 2, hiddenUnits: 3, seed: 1,
            wh: Matrix([[0.9, -1.1, 0.4], [0.7, 0.2, -0.8], [-0.5, 1.3, 0.1]]), b: [0.1, -0.3, 0.2],
            weightInit: .normal(scale: 0.8))),
    ]

    /// Which array an entry belongs to.
    enum Target: CaseIterable, Sendable { case wx, wh, b, inputs, h0 }

    static func loss(_ p: RNNParameters) -> Double {
        let run = RNNRun(p).completed()
        return run.state(at: run.timesteps).reduce(0, +)
    }

    /// `p` with entry `index` of `target` moved by `delta`.
    static func moved(_ p: RNNParameters, _ target: Target, _ index: Int, by delta: Double) throws -> RNNParameters {
        var inputs = p.inputs, wx = p.wx, wh = p.wh, b = p.b, h0 = p.h0
        switch target {
        case .wx: wx.values[index] += delta
        case .wh: wh.values[index] += delta
        case .b: b[index] += delta
        case .inputs: inputs.values[index] += delta
        case .h0: h0[index] += delta
        }
        return try RNNParameters(inputs: inputs, wx: wx, wh: wh, b: b, h0: h0)
    }

    static func analytic(_ pass: BackwardPass, _ target: Target) -> [Double] {
        switch target {
        case .wx: pass.gradients.dWx.values
        case .wh: pass.gradients.dWh.values
        case .b: pass.gradients.db
        case .inputs: pass.dInputs.values
        case .h0: pass.dh0
        }
    }

    /// Worst |finite difference − gradient| over an array, relative to that array's largest gradient.
    /// The finite difference itself is good to about 1e-9 of that (rounding of L over ε and ε²
    /// truncation), so 1e-6 leaves a wide margin while a wrong formula (a missing 1 − h² factor,
    /// Wh instead of Whᵀ, an off-by-one h_{t−1}) is off by far more.
    @Test(arguments: cases)
    func gradientsMatchFiniteDifferences(_ c: Case) throws {
        let p = try RNNParameters(c.spec)
        let pass = BackwardPass(RNNRun(p)).completed()
        #expect(pass.loss == Self.loss(p))
        let eps = c.eps
        for target in c.targets {
            let g = Self.analytic(pass, target)
            let scale = g.reduce(0) { max($0, abs($1)) }
            #expect(scale > 0, "\(c.name) \(target): the gradient is not all zero")
            var worst = 0.0
            for i in g.indices {
                let fd = (Self.loss(try Self.moved(p, target, i, by: eps)) - Self.loss(try Self.moved(p, target, i, by: -eps)))
                    / (2 * eps)
                worst = max(worst, abs(fd - g[i]) / scale)
            }
            #expect(worst <= 1e-6, "\(c.name) \(target): finite differences differ by \(worst) of the largest gradient")
        }
    }
}
