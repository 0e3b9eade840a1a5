import Foundation
import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// Inspect mode on lstm and gru steps: the cursor, the drill-down's terms against the engine,
/// what-if edits by keys against numpy (gated_whatif.json), refusals, and frames.
@Suite struct GatedInspectTests {
    static let cells: [GatedCell] = [.lstm, .gru(resetAfter: false), .gru(resetAfter: true)]

    static func deck(_ cell: GatedCell, t: Int = 10, d: Int = 4, h: Int = 8, seed: UInt32 = 0, normal: Bool = true) -> [Lesson] {
        [Lesson(path: "g.yaml", title: LocalizedText("Gated"), steps: [
            Step(kind: .gated(GatedSpec(cell: cell, timesteps: t, inputDim: d, hiddenUnits: h, seed: seed,
                                        h0: normal ? (0..<h).map { Double($0) / Double(h) - 0.4 } : nil,
                                        c0: normal && cell == .lstm ? (0..<h).map { 0.3 - Double($0) / Double(h) } : nil,
                                        weightInit: normal ? .normal(scale: 0.5) : .uniform)), position: Decks.pos),
        ])]
    }

    static func state(_ deck: [Lesson], _ keys: String, size: Size = Size(width: 120, height: 40), language: Language = .en) throws -> PlayerState {
        var s = PlayerState(deck: deck, language: language, size: size)
        Player.update(&s, keys: try Key.parseSequence(keys))
        return s
    }

    @Test func enterMovesToTheFirstStageWithTheCursorOnItsGate() throws {
        let lstm = try Self.state(Self.deck(.lstm), "<enter>")
        #expect(lstm.timestep == 1 && lstm.inspect == InspectCursor(tensor: "i"))
        let gru = try Self.state(Self.deck(.gru(resetAfter: true)), "<right><right><right><right><enter>")
        #expect(gru.timestep == 4 && gru.inspect == InspectCursor(tensor: "h_t"))
        let cellStage = try Self.state(Self.deck(.lstm), "<right><right><right><enter>")
        #expect(cellStage.inspect?.tensor == "c_t")
        let left = try Self.state(Self.deck(.lstm), "<enter><esc>")
        #expect(left.inspect == nil && left.timestep == 1)
    }

    @Test func tabVisitsTheStageInEquationOrderAndArrowsStayInside() throws {
        var s = try Self.state(Self.deck(.lstm), "<enter>")
        var seen: [String] = []
        for _ in 0..<11 {
            Player.update(&s, .key(.tab))
            seen.append(s.inspect?.tensor ?? "?")
        }
        #expect(seen == ["Wx_g", "Wh_g", "b_g", "g", "Wx_i", "x_t", "Wh_i", "h_{t-1}", "b_i", "i", "Wx_g"])
        Player.update(&s, keys: [.right, .right, .right, .right, .right, .down, .down, .down, .down, .down, .down, .down, .down, .down])
        #expect(s.inspect?.row == 7 && s.inspect?.col == 3)   // Wx_g is (8, 4)
        let gru = try Self.state(Self.deck(.gru(resetAfter: true)), "<right><right><right><enter><tab><tab><tab><tab><tab><right><right>")
        #expect(gru.inspect == InspectCursor(tensor: "r", row: 0, col: 0))
        let bias = try Self.state(Self.deck(.gru(resetAfter: true)), "<right><right><right><enter><tab><tab><tab><tab><tab><tab><right><right>")
        #expect(bias.inspect == InspectCursor(tensor: "b_g", row: 0, col: 1))   // bx, bh
    }

    @Test func dotAndCommaMoveATimestepAndKeepTheStage() throws {
        var s = try Self.state(Self.deck(.gru(resetAfter: false)), "<right><right><enter><tab>")
        Player.update(&s, keys: [.char("."), .char(".")])
        #expect(s.timestep == 10 && s.inspect?.tensor == "Wx_z")
        Player.update(&s, keys: [.char(","), .char(","), .char(",")])
        #expect(s.timestep == 2 && s.notice != nil)
    }

    /// Every tensor of every stage at t = 2 and two units: the drill-down's terms give the engine's values.
    @Test(arguments: cells)
    func drillDownTermsSumToTheEnginesValues(_ cell: GatedCell) throws {
        var s = try Self.state(Self.deck(cell), "")
        let stages = s.stagesPerTimestep
        var gates = 0, states = 0, weights = 0, visited = 0
        let expected = 2 * GatedStage.stages(cell).map { GatedTensors.order(cell, stage: $0).count }.reduce(0, +)
        for position in (stages + 1)...(2 * stages) {
            for unit in [0, 5] {
                s.timestep = position
                s.inspect = nil
                Player.update(&s, .key(.enter))
                for _ in 0..<unit { Player.update(&s, .key(.down)) }
                let start = s.inspect?.tensor
                repeat {
                    let c = try #require(s.gatedComputations[s.stepID])
                    let run = c.run, p = run.parameters
                    let drill = try #require(c.drillDown)
                    #expect(drill.t == 2)
                    switch drill.subject {
                    case .gate(let u):
                        let x = u.inputProducts.reduce(0, +), r = u.recurrentProducts.reduce(0, +)
                        let pre: Double = if let bh = u.recurrentBias {
                            (x + u.bias) + (u.reset ?? 1) * (r + bh)
                        } else {
                            (x + r) + u.bias
                        }
                        #expect(abs(pre - u.preactivation) <= 1e-12)
                        #expect(abs((u.isTanh ? tanh(pre) : 1 / (1 + exp(-pre))) - run.gate(u.gate, at: 2)[u.unit]) <= 1e-12)
                        #expect(u.value == run.gate(u.gate, at: 2)[u.unit] && u.unit == s.inspect?.row)
                        gates += 1
                    case .state(let terms):
                        switch terms {
                        case let .cell(_, i, f, cPrev, ig, g, _, _, value):
                            #expect(abs(f * cPrev + ig * g - (run.cell(at: 2)?[i] ?? .nan)) <= 1e-12 && value == run.cell(at: 2)?[i])
                            #expect(f == run.gate("f", at: 2)[i] && cPrev == run.cell(at: 1)?[i])
                        case let .lstmHidden(_, i, o, cValue, _, h):
                            #expect(abs(o * tanh(cValue) - run.state(at: 2)[i]) <= 1e-12 && h == run.state(at: 2)[i])
                        case let .gruHidden(_, i, z, hPrev, g, _, _, h):
                            #expect(abs(z * hPrev + (1 - z) * g - run.state(at: 2)[i]) <= 1e-12 && h == run.state(at: 2)[i])
                            #expect(hPrev == run.state(at: 1)[i] && g == run.gate("g", at: 2)[i])
                        }
                        states += 1
                    case let .inputWeight(g, i, j, w, x, product):
                        let index = try #require(p.cell.gates.firstIndex(of: g))
                        #expect(w == p.wx[index * p.hiddenUnits + i, j] && x == p.inputs[1, j] && product == w * x)
                        weights += 1
                    case let .recurrentWeight(g, i, k, w, v, product, resetInside):
                        let index = try #require(p.cell.gates.firstIndex(of: g))
                        #expect(w == p.wh[index * p.hiddenUnits + i, k] && product == w * v)
                        if !resetInside { #expect(v == run.state(at: 1)[k]) }
                        weights += 1
                    case let .bias(g, i, _, value, pre):
                        let index = try #require(p.cell.gates.firstIndex(of: g))
                        #expect(value == p.b[0, index * p.hiddenUnits + i])
                        #expect(pre == (run.gateTerms(g, at: 2, unit: i)?.preactivation ?? .nan))
                    case .input(let j, let v): #expect(v == p.inputs[1, j])
                    case .previous(let k, let v): #expect(v == run.state(at: 1)[k])
                    case .previousCell(let k, let v): #expect(v == run.cell(at: 1)?[k])
                    }
                    visited += 1
                    Player.update(&s, .key(.tab))
                } while s.inspect?.tensor != start
            }
        }
        #expect(visited == expected && gates >= 2 * cell.gateCount && states == (cell == .lstm ? 6 : 2) && weights >= 4 * cell.gateCount)
    }

    /// The numpy fixture's edits, made by keys.
    struct Case: Decodable, CustomTestStringConvertible {
        let name: String, kind: String, reset_after: Bool, keys: String
        let timesteps: Int, input_dim: Int, hidden_units: Int
        let inputs: [Double], Wx: [Double], Wh: [Double], b: [Double], h0: [Double], c0: [Double]
        let gates: [String: [Double]], cells: [Double], states: [Double]
        var testDescription: String { name }
        var cell: GatedCell { kind == "lstm" ? .lstm : .gru(resetAfter: reset_after) }
    }

    static var cases: [Case] {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../RNNCoreTests/Fixtures/gated_whatif.json")
            return try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        }
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }
    }

    @Test(arguments: try cases)
    func editsByKeysEqualNumpyWithTheEditedArrays(_ f: Case) throws {
        let deck = Self.deck(f.cell, t: f.timesteps, d: f.input_dim, h: f.hidden_units, normal: false)
        let s = try Self.state(deck, f.keys)
        let c = try #require(s.gatedComputations[s.stepID])
        let p = c.run.parameters
        #expect(p.inputs.values == f.inputs && p.wx.values == f.Wx && p.wh.values == f.Wh && p.b.values == f.b)
        #expect(p.h0 == f.h0 && p.c0 == f.c0)
        // Lazily: computed through the t shown (3), no further; the lesson's run kept beside it.
        #expect(GatedStage.place(s.timestep, stages: s.stagesPerTimestep).t == 3 && c.run.computedSteps == 3)
        #expect(c.baseline != nil && s.gatedEdits[s.stepID] != nil && c.maxStateChange != nil)
        let run = c.run.completed()
        for (name, values) in f.gates { #expect(Self.close(run.gateHistory(name).values, values), "\(name)") }
        #expect(Self.close(run.computedStates.values, f.states))
        if f.kind == "lstm" { #expect(Self.close(run.computedCells?.values ?? [], f.cells)) }
        // The screen says so: the badge and the report line.
        let text = Player.view(s).text
        #expect(text.contains("✎ what-if") && text.contains("what-if: ") && text.contains("max |Δh_3|"))
    }

    @Test func computedValuesAndTheActivationAreRefusedAndRResets() throws {
        let deck = Self.deck(.lstm)
        var s = try Self.state(deck, "<enter>+")
        #expect(s.gatedEdits.isEmpty && s.notice?.contains("computed") == true)
        Player.update(&s, keys: [.char("a")])
        #expect(s.gatedEdits.isEmpty && s.notice?.contains("gates keep σ and tanh") == true)
        Player.update(&s, keys: [.char("."), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab, .char("+")])
        #expect(s.inspect?.tensor == "h_{t-1}" && s.gatedEdits.isEmpty && s.notice?.contains("edit h_0") == true)
        Player.update(&s, keys: [.tab, .char("*")])
        #expect(s.gatedEdits[s.stepID]?.b != nil)
        #expect(Player.view(s).text.contains("what-if: b_i ×2"))
        Player.update(&s, keys: [.char("/")])   // back to the lesson's values: no edit left
        #expect(s.gatedEdits.isEmpty && s.gatedComputations[s.stepID]?.baseline == nil)
        Player.update(&s, keys: [.char("-"), .char("r")])
        #expect(s.gatedEdits.isEmpty && s.gatedComputations[s.stepID]?.baseline == nil)
        #expect(!Player.view(s).text.contains("what-if"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshots(width: Int, height: Int) throws {
        let size = Size(width: width, height: height)
        let shots: [(String, GatedCell, String)] = [
            ("inspect-lstm-gate", .lstm, "<right><right><enter><down>"),
            ("inspect-lstm-cell-edited", .lstm, "<right><right><right><enter><tab><tab>+"),
            ("inspect-gru-after-candidate", .gru(resetAfter: true), "<right><right><right><right><right><right><right><enter>"),
            ("inspect-gru-weight-edited", .gru(resetAfter: false), "<enter><tab><down><right>+<tab>*"),
            ("trajectories-lstm", .lstm, ".....<right><right>v"),
            ("trajectories-gru-after-inspect", .gru(resetAfter: true), ".....<right><right>v<enter>"),
        ]
        for (name, cell, keys) in shots {
            let s = try Self.state(Self.deck(cell), keys, size: size)
            assertSnapshot(Player.view(s), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func vDrawsEachUnitsStateAsALine() throws {
        var s = try Self.state(Self.deck(.lstm, h: 20), "...v")
        #expect(s.trajectories && s.gatedComputations[s.stepID]?.trajectoryUnits?.count == 16)
        let text = Player.view(s).text
        #expect(text.contains("h_t[i] over t (top 16/20 by variance)") && text.contains("c_t[i] over t") && text.contains("▴ t = 3"))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })   // braille dots
        let ascii = Player.view(s, size: s.size, mode: .none, ascii: true).text
        #expect(!ascii.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) } && ascii.contains("^ t = 3"))
        Player.update(&s, .key(.char("v")))
        #expect(!s.trajectories && s.gatedComputations[s.stepID]?.trajectoryUnits == nil && !Player.view(s).text.contains("over t"))
    }

    @Test func theKoreanDrillDownIsKorean() throws {
        let s = try Self.state(Self.deck(.gru(resetAfter: true)), "<right><right><right><enter>", language: .ko)
        let text = Player.view(s).text
        #expect(text.contains("활성화 전") && text.contains("살펴보기") && !text.contains("pre-activation"))
    }
}
