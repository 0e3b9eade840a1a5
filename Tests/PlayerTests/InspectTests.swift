import Foundation
import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// Inspect mode, drill-down and what-if edits driven by keys, as `render --keys` drives them.
@Suite struct InspectTests {
    static func state(_ keys: String, size: Size = Size(width: 120, height: 40), language: Language = .en) throws -> PlayerState {
        var s = PlayerState(deck: Decks.chapterRNN, language: language, size: size)
        Player.update(&s, keys: try Key.parseSequence(keys))
        return s
    }

    /// The numpy fixture's edits, made by keys (PlayerTests reads RNNCoreTests' fixture file).
    struct Case: Decodable, CustomStringConvertible {
        let activation: String, keys: String
        let inputs: [Double], Wx: [Double], Wh: [Double], b: [Double], h0: [Double], states: [Double], preactivations: [Double]
        var description: String { activation }
    }

    static var cases: [Case] {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../RNNCoreTests/Fixtures/whatif.json")
            return try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        }
    }

    @Test(arguments: try cases)
    func editsByKeysEqualNumpyWithTheEditedArrays(_ f: Case) throws {
        let s = try Self.state(f.keys)
        let c = try #require(s.computation)
        let p = c.run.parameters
        #expect(p.inputs.values == f.inputs && p.wx.values == f.Wx && p.wh.values == f.Wh && p.b == f.b && p.h0 == f.h0)
        #expect(c.run.activation.rawValue == f.activation)
        // Lazily: computed through the t shown, no further.
        #expect(s.timestep == 3 && c.run.computedSteps == 3)
        let run = c.run.completed()
        #expect(close(run.states.values, f.states), "\(f.activation)")
        #expect(close(run.preactivations.values, f.preactivations), "\(f.activation)")
        // The lesson's run is kept as the baseline, and trace's arrays are the lesson's.
        #expect(c.baseline?.parameters == (try RNNParameters(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8))))
    }

    @Test func enterAtTZeroMovesToOneWithTheCursorOnHt0() throws {
        let s = try Self.state("<enter>")
        #expect(s.timestep == 1 && s.inspect == InspectCursor(tensor: "h_t"))
        #expect(Player.view(s).lines.last?.contains("inspect") == true)
        let left = try Self.state("<enter><esc>")
        #expect(left.inspect == nil && left.timestep == 1)
    }

    @Test func tabFollowsTheEquationAndComesBack() throws {
        var s = try Self.state("<enter>")
        var seen: [String] = []
        for _ in 0..<7 {
            Player.update(&s, .key(.tab))
            seen.append(s.inspect!.tensor)
        }
        #expect(seen == ["Wx", "x_t", "Wh", "h_{t-1}", "b", "z_t", "h_t"])
        #expect(s.lessonIndex == 0, "Tab must not change lesson while inspecting")
    }

    @Test func arrowsStayInsideTheTensorAndDotsMoveTime() throws {
        let s = try Self.state("<enter><tab><right><right><right><right><right><down><up><up>...,")
        #expect(s.inspect == InspectCursor(tensor: "Wx", row: 0, col: 3))
        #expect(s.timestep == 3)
    }

    @Test func drillDownTermsSumToZ() throws {
        let s = try Self.state("<enter>.<down><down>")
        let drill = try #require(s.computation?.drillDown)
        guard case .unit(let u) = drill.subject else { Issue.record("not a unit: \(drill.subject)"); return }
        #expect(u.t == 2 && u.unit == 2)
        let sum = u.inputProducts.reduce(0, +) + u.recurrentProducts.reduce(0, +) + u.bias
        #expect(abs(sum - u.preactivation) <= 1e-12)
        let r = s.computation!.run.record(at: 2)
        #expect(u.preactivation == r.preactivation[2] && u.state == r.h[2])
        let text = Player.view(s).text
        #expect(text.contains("z_2[2] " + NumberFormat.fixed(u.preactivation, decimals: 4)))
        #expect(text.contains("Wx[2,0]·x_2[0] = " + NumberFormat.fixed(u.inputProducts[0], decimals: 4)))
        #expect(text.contains("tanh → h_2[2] " + NumberFormat.fixed(u.state, decimals: 4)))
    }

    @Test func rankedKeepsTheLargestAndSumsTheRest() {
        let r = DrillDown.ranked([0.1, -0.5, 0.2, 0.05], keep: 2)
        #expect(r.shown.map(\.index) == [1, 2] && r.restCount == 2 && abs(r.restSum - 0.15) < 1e-15)
    }

    @Test func resetAndActivationCycle() throws {
        var s = try Self.state("<enter><tab>+")
        #expect(s.edits[s.stepID] != nil && s.computation?.baseline != nil)
        let old = try RNNParameters(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8)).wx[0, 0]
        let line = "what-if: Wx[0,0] \(NumberFormat.fixed(old, decimals: 4)) → \(NumberFormat.fixed(old + 0.1, decimals: 4)) · max |Δh_1| = "
        #expect(Player.view(s).text.contains(line))
        Player.update(&s, keys: [.char("r")])
        #expect(s.edits.isEmpty && s.computation?.baseline == nil)
        Player.update(&s, keys: [.char("a")])
        #expect(s.computation?.run.activation == .relu)
        #expect(Player.view(s).text.contains("h_t (8,) = ReLU( Wx"))
        Player.update(&s, keys: [.char("a"), .char("a")])
        #expect(s.edits.isEmpty && s.computation?.run.activation == .tanh, "tanh → ReLU → identity → tanh")
    }

    @Test func computedValuesAndLaterStatesAreNotEditable() throws {
        let s = try Self.state("<enter>+")
        #expect(s.edits.isEmpty && s.notice != nil)
        let later = try Self.state("<enter>.<tab><tab><tab><tab>+")
        #expect(later.inspect?.tensor == "h_{t-1}" && later.edits.isEmpty)
    }

    @Test func leavingTheStepLeavesInspectButKeepsEdits() throws {
        var s = PlayerState(deck: Decks.two, language: .en, size: Size(width: 120, height: 40))
        Player.update(&s, keys: try Key.parseSequence("<pgdn><enter><tab>+<pgdn>"))
        #expect(s.inspect == nil && s.edits.count == 1 && s.stepIndex == 2)
        Player.update(&s, keys: [.pageUp])
        #expect(s.computation?.baseline != nil, "coming back shows the edited run")
    }

    @Test func trajectoriesPlotEveryUnitUpToSixteen() throws {
        let s = try Self.state("<end>v")
        #expect(s.trajectories && s.computation?.trajectoryUnits == Array(0..<8))
        #expect(Player.view(s).text.contains("h_t[i] over t"))
        let states = Matrix(rows: 3, cols: 20, values: (0..<60).map { Double(($0 % 20) * ($0 / 20)) / 100 })
        #expect(TrajectorySelection.units(states, through: 3, limit: 16) == Array(4..<20))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func inspectScreens(width: Int, height: Int) throws {
        let size = Size(width: width, height: height)
        var s = try Self.state("<right><right><enter><tab><down>+", size: size)
        s.colorMode = .ansi256
        assertSnapshot(Player.view(s), named: "inspect-weight-\(width)x\(height)")
        s = try Self.state("<right><right><enter><down>", size: size, language: .ko)
        assertSnapshot(Player.view(s), named: "inspect-unit-ko-\(width)x\(height)")
        s = try Self.state("<end>v<enter>a", size: size)
        assertSnapshot(Player.view(s), named: "trajectories-\(width)x\(height)")
    }

    @Test func asciiTrajectoriesAndBadge() throws {
        var s = try Self.state("<end>v<enter><tab>*", size: Size(width: 120, height: 40))
        s.ascii = true
        let text = Player.view(s).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("* what-if") && text.contains("Wx x2"))
    }

    @Test func helpListsInspectKeys() {
        let rows = HelpOverlay(language: .en).rows
        for label in ["Enter", "v", "Tab", ". ,", "+ -", "0", "* /", "r", "a", "Esc"] {
            #expect(rows.contains { $0.keys == label }, "\(label) missing from help")
        }
        for binding in InspectKeys.all {
            for key in binding.keys { #expect(InspectKeys.action(for: key) != nil, "\(key) in help but not handled") }
        }
    }
}

/// |a − b| ≤ tol·max(1, |b|) for every element.
private func close(_ a: [Double], _ b: [Double], tol: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * max(1, abs($1)) }
}
