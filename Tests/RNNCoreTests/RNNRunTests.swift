import Testing
import Foundation
import RNNCore

@Suite struct RNNRunTests {
    @Test func chapterFirstHiddenState() throws {
        var run = try RNNRun(spec: RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8, seed: 0))
        run.compute(through: 1)
        let expected = [0.91170118029785496, 0.93488512940946122, 0.93128902488534249, 0.85123792439405743,
                        0.95178278421174534, 0.76354040511848575, 0.8752829905180306, 0.97864587618582988]
        #expect(close(run.state(at: 1), expected))
        #expect(run.state(at: 0) == Array(repeating: 0, count: 8))
    }

    @Test(arguments: try Fixtures.forward)
    func parametersMatchNumpyDraws(_ f: ForwardFixture) throws {
        let p = try RNNParameters(f.spec)
        #expect(p.inputs.values == f.inputs, "\(f.name)")
        #expect(p.wx.values == f.Wx, "\(f.name)")
        #expect(p.wh.values == f.Wh, "\(f.name)")
        #expect(p.b == f.b, "\(f.name)")
        #expect(p.h0 == f.h0, "\(f.name)")
        #expect(p.inputs.rows == f.timesteps && p.wx.rows == f.hidden_units && p.wx.cols == f.input_dim)
    }

    @Test(arguments: try Fixtures.forward)
    func forwardPassMatchesNumpy(_ f: ForwardFixture) throws {
        let run = try RNNRun(spec: f.spec).completed()
        #expect(close(run.preactivations.values, f.preactivations), "\(f.name)")
        #expect(close(run.states.values, f.states), "\(f.name)")
        #expect(run.states.rows == f.timesteps && run.states.cols == f.hidden_units)
    }

    @Test(arguments: try Fixtures.forward)
    func recordsAreConsistent(_ f: ForwardFixture) throws {
        let run = try RNNRun(spec: f.spec).completed()
        let p = run.parameters
        for t in 1...run.timesteps {
            let r = run.record(at: t)
            #expect(r.t == t)
            #expect(r.x == p.inputs.row(t - 1))
            #expect(r.hPrev == run.state(at: t - 1))
            #expect(r.b == p.b)
            #expect(r.h == run.state(at: t))
            for i in 0..<run.hiddenUnits {
                let wxX = (0..<run.inputDim).reduce(0.0) { $0 + p.wx[i, $1] * r.x[$1] }
                let whH = (0..<run.hiddenUnits).reduce(0.0) { $0 + p.wh[i, $1] * r.hPrev[$1] }
                #expect(abs(r.wxX[i] - wxX) <= 1e-12 * max(1, abs(wxX)))
                #expect(abs(r.whH[i] - whH) <= 1e-12 * max(1, abs(whH)))
                #expect(r.preactivation[i] == (r.wxX[i] + r.whH[i]) + r.b[i])
                #expect(r.h[i] == tanh(r.preactivation[i]))
            }
            #expect(r.preactivation == run.preactivations.row(t - 1))
        }
    }

    @Test func computesOnlyWhatIsAsked() throws {
        var run = try RNNRun(spec: RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8))
        #expect(run.computedSteps == 0)
        #expect(run.state(at: 0) == Array(repeating: 0, count: 8))
        run.compute(through: 3)
        #expect(run.computedSteps == 3)
        let third = run.record(at: 3)
        run.compute(through: 2)
        #expect(run.computedSteps == 3)
        let complete = run.completed()
        #expect(run.computedSteps == 3, "completed() leaves the original as it was")
        #expect(complete.computedSteps == 10)
        #expect(complete.record(at: 3) == third)
        #expect(complete.records.count == 10)
        #expect(run.computedStates.rows == 3)
    }

    @Test func stepwiseEqualsWhole() throws {
        let spec = RNNSpec(timesteps: 20, inputDim: 37, hiddenUnits: 19, seed: 5)
        var stepwise = try RNNRun(spec: spec)
        for t in [4, 9, 20] { stepwise.compute(through: t) }
        var states: [Double] = []
        for t in 1...20 { states += stepwise.state(at: t) }
        #expect(states == (try RNNRun(spec: spec)).completed().states.values)
    }

    @Test func copiesAreIndependent() throws {
        let spec = RNNSpec(timesteps: 12, inputDim: 3, hiddenUnits: 5, seed: 9)
        var a = try RNNRun(spec: spec)
        a.compute(through: 4)
        var b = a
        b.compute(through: 12)
        #expect(a.computedSteps == 4)
        #expect(a.computedStates.rows == 4)
        #expect(b.state(at: 4) == a.state(at: 4))
        #expect(b == (try RNNRun(spec: spec)).completed())
    }

    @Test func wrongShapesAreErrors() {
        #expect(throws: RNNSpecError.self) { try RNNParameters(RNNSpec(timesteps: 0, inputDim: 4, hiddenUnits: 8)) }
        do {
            _ = try RNNParameters(RNNSpec(timesteps: 2, inputDim: 3, hiddenUnits: 4,
                                          wx: Matrix(rows: 3, cols: 4, repeating: 1)))
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "Wx")
            #expect(error.message == "Wx must have shape (4, 3) but has shape (3, 4)")
        }
        do {
            _ = try RNNParameters(RNNSpec(timesteps: 2, inputDim: 3, hiddenUnits: 4, h0: [0, 0]))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "h0 must have shape (4,) but has shape (2,)")
        }
    }

    @Test func givenArraysAreNotDrawn() throws {
        // Giving inputs means Wx takes the first draws after the seed.
        let wx = try RNNParameters(RNNSpec(timesteps: 2, inputDim: 3, hiddenUnits: 4, seed: 0,
                                           inputs: Matrix(rows: 2, cols: 3, repeating: 0.5))).wx
        var rng = NumpyRandom(seed: 0)
        #expect(wx == rng.randomMatrix(rows: 4, cols: 3))
    }
}
