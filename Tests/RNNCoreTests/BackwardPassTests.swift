import Foundation
import RNNCore
import Testing

@Suite struct BackwardPassTests {
    /// Every gradient array against numpy's (backward.json), within 1e-10 of each row's largest value.
    @Test(arguments: try BackwardCase.all)
    func gradientsMatchNumpy(_ c: BackwardCase) throws {
        let f = c.forward, g = c.gradients
        let t = f.timesteps, d = f.input_dim, h = f.hidden_units
        let pass = BackwardPass(try RNNRun(spec: f.spec)).completed()
        let grads = pass.gradients
        let checks: [(String, [Double], [Double], Int)] = [
            ("dstates", pass.dStates.values, g.dstates, h),
            ("dpreactivations", pass.dPreactivations.values, g.dpreactivations, h),
            ("dWx", grads.dWx.values, g.dWx, h * d),
            ("dWh", grads.dWh.values, g.dWh, h * h),
            ("db", grads.db, g.db, h),
            ("dinputs", pass.dInputs.values, g.dinputs, d),
            ("dh0", pass.dh0, g.dh0, h),
            ("input_grad_norms", pass.inputGradNorms, g.input_grad_norms, 1),
        ]
        for (name, got, want, cols) in checks {
            let error = rowRelativeError(got, want, cols: cols)
            #expect(error <= 1e-10, "\(f.name) \(name): relative error \(error)")
        }
        #expect(abs(pass.loss - g.loss) <= 1e-12 * max(1, abs(g.loss)), "\(f.name) loss \(pass.loss) vs \(g.loss)")
        #expect(pass.dStates.rows == t && pass.dInputs.rows == t && pass.dInputs.cols == d)
        #expect(grads.from == 1)
    }

    /// h stays 0, so every step back multiplies by Whᵀ = diag(1.5, 0.5) exactly.
    @Test func linearDiagonalCaseIsExact() throws {
        let t = 20
        let spec = RNNSpec(timesteps: t, inputDim: 1, hiddenUnits: 2, inputs: Matrix(rows: t, cols: 1, repeating: 0),
                           wx: Matrix([[1], [1]]), wh: Matrix([[1.5, 0], [0, 0.5]]), b: [0, 0])
        let pass = BackwardPass(try RNNRun(spec: spec)).completed()
        #expect(pass.dh0 == [pow(1.5, 20), pow(0.5, 20)])
        for step in 1...t {
            let k = Double(t - step)
            #expect(pass.record(at: step).dState == [pow(1.5, k), pow(0.5, k)])
            #expect(pass.inputGradNorms[step - 1] == pow(1.5, k) + pow(0.5, k))
        }
        let g = pass.gradients
        #expect(g.dWx.values.allSatisfy { $0 == 0 } && g.dWh.values.allSatisfy { $0 == 0 })
        #expect(g.db == [(0..<20).reduce(0.0) { $0 + pow(1.5, Double($1)) }, 2 - pow(0.5, 19)])
        #expect(pass.loss == 0)
    }

    @Test func stepByStepEqualsAllAtOnce() throws {
        let run = try RNNRun(spec: RNNSpec(timesteps: 11, inputDim: 19, hiddenUnits: 21, seed: 3,
                                           weightInit: .normal(scale: 0.3)))
        let whole = BackwardPass(run).completed()
        var stepwise = BackwardPass(run)
        #expect(stepwise.computedSteps == 0 && stepwise.earliestStep == 12)
        while !stepwise.isComplete { stepwise.stepBack() }
        #expect(stepwise == whole)
        var pieces = BackwardPass(run)
        for t in [9, 9, 4, 1] { pieces.compute(downTo: t) }
        #expect(pieces == whole)
        stepwise.stepBack()
        #expect(stepwise == whole, "stepping back from t = 1 does nothing")
    }

    /// A view at timestep t shows the parameter gradients of timesteps t…T: the running sums of a pass
    /// stopped at t equal `gradients(from: t)` of the complete pass bit for bit.
    @Test func gradientsSoFar() throws {
        let run = try RNNRun(spec: RNNSpec(timesteps: 9, inputDim: 5, hiddenUnits: 7, seed: 11,
                                           weightInit: .normal(scale: 0.4)))
        let whole = BackwardPass(run).completed()
        var pass = BackwardPass(run)
        let none = pass.gradients
        #expect(none.from == 10 && none.db == Array(repeating: 0, count: 7))
        #expect(none.dWh.values.allSatisfy { $0 == 0 })
        for t in stride(from: 9, through: 1, by: -1) {
            pass.stepBack()
            #expect(pass.earliestStep == t)
            #expect(pass.gradients == whole.gradients(from: t), "t = \(t)")
            #expect(pass.gradients(from: t + 1) == whole.gradients(from: t + 1))
            // The newest term is δ_t·x_tᵀ, δ_t·h_{t−1}ᵀ, δ_t.
            let delta = pass.record(at: t).delta, x = run.parameters.inputs.row(t - 1)
            let earlier = whole.gradients(from: t + 1), now = pass.gradients
            for i in 0..<7 {
                #expect(abs(now.db[i] - earlier.db[i] - delta[i]) <= 1e-15 * max(1, abs(now.db[i])))
                for j in 0..<5 {
                    let added = now.dWx[i, j] - earlier.dWx[i, j]
                    #expect(abs(added - delta[i] * x[j]) <= 1e-15 * max(1, abs(now.dWx[i, j])))
                }
            }
        }
        #expect(whole.gradients(from: 1) == whole.gradients)
    }

    @Test(arguments: try BackwardCase.all)
    func recordsAreConsistent(_ c: BackwardCase) throws {
        let pass = BackwardPass(try RNNRun(spec: c.forward.spec)).completed()
        let p = pass.run.parameters, h = pass.hiddenUnits, d = pass.inputDim
        #expect(pass.record(at: pass.timesteps).dState == Array(repeating: 1, count: h))
        #expect(pass.dState(at: 0) == pass.dh0)
        #expect(pass.loss == pass.run.state(at: pass.timesteps).reduce(0, +))
        for t in 1...pass.timesteps {
            let r = pass.record(at: t), hT = pass.run.state(at: t)
            #expect(r.t == t)
            // 1/cosh²(z_t) is 1 − h_t² up to h_t's rounding (|Δ| ≤ 2·ulp(1)·|h_t| + rounding).
            for (g, hi) in zip(r.tanhDerivative, hT) {
                #expect(abs(g - (1 - hi * hi)) <= 5e-16, "t = \(t): \(g) vs 1 − h² = \(1 - hi * hi)")
            }
            #expect(r.delta == zip(r.tanhDerivative, r.dState).map { $0 * $1 })
            #expect(r.dPrevState == pass.dState(at: t - 1))
            #expect(r.dState == pass.dState(at: t))
            #expect(r.dInput == pass.dInputs.row(t - 1))
            #expect(r.inputGradNorm == pass.inputGradNorms[t - 1])
            for j in 0..<h {
                let want = (0..<h).reduce(0.0) { $0 + p.wh[$1, j] * r.delta[$1] }
                let scale = (0..<h).reduce(0.0) { $0 + abs(p.wh[$1, j] * r.delta[$1]) }
                #expect(abs(r.dPrevState[j] - want) <= 1e-14 * scale)
            }
            for j in 0..<d {
                let want = (0..<h).reduce(0.0) { $0 + p.wx[$1, j] * r.delta[$1] }
                let scale = (0..<h).reduce(0.0) { $0 + abs(p.wx[$1, j] * r.delta[$1]) }
                #expect(abs(r.dInput[j] - want) <= 1e-14 * scale)
            }
            let norm = r.dInput.reduce(0.0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(r.inputGradNorm - norm) <= 1e-14 * norm || norm < 1e-150)
        }
    }

    @Test func incompleteRunsAreCompletedFirst() throws {
        var run = try RNNRun(spec: RNNSpec(timesteps: 6, inputDim: 2, hiddenUnits: 3, seed: 2))
        run.compute(through: 2)
        let pass = BackwardPass(run)
        #expect(pass.run.isComplete && pass.run == run.completed())
        #expect(pass.completed() == BackwardPass(run.completed()).completed())
    }

    /// Vanishing gradients stay non-zero in the norms (scaled, no underflow of the squares).
    @Test func normsOfVanishingGradients() throws {
        let spec = RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 1, inputs: Matrix(rows: 3, cols: 2, repeating: 0),
                           wx: Matrix([[3e-200, 4e-200]]), wh: Matrix([[1e-100]]), b: [0])
        let pass = BackwardPass(try RNNRun(spec: spec)).completed()
        #expect(pass.inputGradNorms[2] == 5e-200)
        #expect(pass.inputGradNorms[1] == 5e-300)
        #expect(pass.inputGradNorms[0] == 0, "1e-400 underflows in ∂L/∂x_1 itself")
    }
}
