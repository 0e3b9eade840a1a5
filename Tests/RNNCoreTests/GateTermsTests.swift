import Foundation
import RNNCore
import Testing

/// The drill-down terms of gated runs (`GateTerms`, `StateTerms`) add up to the engine's
/// pre-activations, gate values, cell states and hidden states.
@Suite struct GateTermsTests {
    static let cells: [GatedCell] = [.lstm, .gru(resetAfter: false), .gru(resetAfter: true)]

    static func run(_ cell: GatedCell) throws -> GatedRun {
        try GatedRun(spec: GatedSpec(cell: cell, timesteps: 4, inputDim: 3, hiddenUnits: 5, seed: 7,
                                     h0: [0.3, -0.2, 0.1, 0.5, -0.4], c0: cell == .lstm ? [0.2, -0.6, 0.9, 0, 0.1] : nil,
                                     weightInit: .normal(scale: 0.8))).completed()
    }

    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    @Test(arguments: cells)
    func gateTermsSumToThePreactivationAndTheGate(_ cell: GatedCell) throws {
        let run = try Self.run(cell)
        let p = run.parameters
        var checked = 0
        for t in 1...p.timesteps {
            for gate in cell.gates {
                for i in 0..<p.hiddenUnits {
                    let u = try #require(run.gateTerms(gate, at: t, unit: i))
                    #expect(abs(u.inputProducts.reduce(0, +) - u.inputSum) <= 1e-12)
                    #expect(abs(u.recurrentProducts.reduce(0, +) - u.recurrentSum) <= 1e-12)
                    #expect(abs(u.recomposed - u.preactivation) <= 1e-12, "\(gate) t \(t) unit \(i)")
                    let activated = u.isTanh ? tanh(u.preactivation) : Self.sigmoid(u.preactivation)
                    #expect(abs(activated - u.value) <= 1e-12)
                    #expect(u.value == run.gate(gate, at: t)[i])
                    checked += 1
                }
            }
        }
        #expect(checked == p.timesteps * cell.gateCount * p.hiddenUnits)
    }

    @Test func theGRUCandidateUsesTheResetState() throws {
        let before = try Self.run(.gru(resetAfter: false))
        let u = try #require(before.gateTerms("g", at: 2, unit: 1))
        #expect(u.resetInside && u.reset == nil && u.recurrentBias == nil)
        guard case .gru(let gru) = before else { Issue.record("not a GRU run"); return }
        let r = gru.record(at: 2)
        #expect(abs(u.recurrentProducts[3] - before.parameters.wh[2 * 5 + 1, 3] * r.r[3] * r.hPrev[3]) <= 1e-15)
        let after = try Self.run(.gru(resetAfter: true))
        let v = try #require(after.gateTerms("g", at: 2, unit: 1))
        #expect(!v.resetInside && v.reset != nil && v.recurrentBias == after.parameters.b[1, 2 * 5 + 1])
        #expect(after.gateTerms("q", at: 1, unit: 0) == nil)
    }

    @Test(arguments: cells)
    func stateTermsGiveTheEnginesCellAndState(_ cell: GatedCell) throws {
        let run = try Self.run(cell)
        let p = run.parameters
        for t in 1...p.timesteps {
            for i in 0..<p.hiddenUnits {
                let s = run.stateTerms(at: t, unit: i)
                #expect(s.value == run.state(at: t)[i])
                switch s {
                case let .lstmHidden(_, _, o, c, tanhC, h):
                    #expect(abs(o * tanh(c) - h) <= 1e-12 && tanhC == tanh(c))
                case let .gruHidden(_, _, z, hPrev, g, kept, added, h):
                    #expect(abs(kept + added - h) <= 1e-12 && kept == z * hPrev && added == (1 - z) * g)
                    #expect(hPrev == run.state(at: t - 1)[i])
                case .cell: Issue.record("h_t explained as c_t")
                }
                if cell == .lstm {
                    let c = try #require(run.cellTerms(at: t, unit: i))
                    guard case let .cell(_, _, f, cPrev, ig, g, kept, written, value) = c else { Issue.record("not c"); continue }
                    #expect(abs(f * cPrev + ig * g - value) <= 1e-12 && kept + written == value)
                    #expect(cPrev == run.cell(at: t - 1)?[i] && value == run.cell(at: t)?[i])
                } else {
                    #expect(run.cellTerms(at: t, unit: i) == nil)
                }
            }
        }
    }
}
