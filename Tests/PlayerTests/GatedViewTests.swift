import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// The lstm and gru screens: stepping stage by stage, the header, fitting 80×24, snapshots of
/// every stage at 80×24 and 120×40.
@Suite struct GatedViewTests {
    static let pos = SourcePosition(line: 1, column: 1)

    static func deck(_ cell: GatedCell, t: Int = 10, d: Int = 4, h: Int = 8) -> [Lesson] {
        [Lesson(path: "g.yaml", title: LocalizedText("Gated"), steps: [
            Step(kind: .gated(GatedSpec(cell: cell, timesteps: t, inputDim: d, hiddenUnits: h, weightInit: .normal(scale: 0.5))),
                 position: pos),
            Step(kind: .text(LocalizedText("after")), position: pos),
        ])]
    }

    static func state(_ cell: GatedCell, keys: [Key], size: Size = Size(width: 80, height: 24),
                      language: Language = .en, mode: ColorMode = .none) -> PlayerState {
        var s = PlayerState(deck: deck(cell), language: language, size: size, colorMode: mode)
        Player.update(&s, keys: keys)
        return s
    }

    @Test func rightRevealsOneStageAndLeftUndoesIt() {
        var s = Self.state(.lstm, keys: [])
        #expect(s.timestepCount == 50 && s.stagesPerTimestep == 5)
        Player.update(&s, keys: [.right, .right])
        #expect(s.timestep == 2)
        #expect(Player.view(s).lines[0].contains("t = 1/10 · forget gate f (2/5)"))
        Player.update(&s, .key(.left))
        #expect(Player.view(s).lines[0].contains("t = 1/10 · input gate i, g (1/5)"))
        Player.update(&s, keys: [.right, .right, .right, .right, .right])
        #expect(Player.view(s).lines[0].contains("t = 2/10 · input gate i, g (1/5)"))
    }

    @Test func theKoreanHeaderNamesTheStage() {
        let s = Self.state(.lstm, keys: [.char("."), .char("."), .right, .right], language: .ko)
        #expect(Player.view(s).lines[0].contains("t = 3/10 · 삭제 게이트 f (2/5)"))
    }

    @Test func dotAndCommaMoveWholeTimesteps() {
        var s = Self.state(.gru(resetAfter: false), keys: [.right])
        Player.update(&s, .key(.char(".")))
        #expect(s.timestep == 4)   // the end of t = 1
        Player.update(&s, .key(.char(".")))
        #expect(s.timestep == 8)
        Player.update(&s, keys: [.right, .char(",")])
        #expect(s.timestep == 8)   // back to the end of t = 2
        Player.update(&s, .key(.char(",")))
        #expect(s.timestep == 4)
        Player.update(&s, .key(.end))
        #expect(s.timestep == 40)
        Player.update(&s, .key(.char(".")))
        #expect(s.stepIndex == 1)  // past the end: the next step
        Player.update(&s, .key(.char(",")))
        #expect(s.stepIndex == 0 && s.timestep == 40)
        Player.update(&s, .key(.home))
        #expect(s.timestep == 0)
    }

    @Test func theHelpListsTheTimestepKeys() {
        let rows = HelpOverlay(language: .en).rows.map { $0.keys + " " + $0.help }
        #expect(rows.contains { $0.hasPrefix(".") && $0.contains("next whole timestep") })
        #expect(rows.contains { $0.hasPrefix(",") && $0.contains("previous whole timestep") })
    }

    @Test func theScreenReadsTheRunsNumbers() throws {
        let s = Self.state(.lstm, keys: [.right, .right, .right])
        let run = try #require(s.gatedComputations[s.stepID]).run
        let c = try #require(run.cell(at: 1))
        let text = Player.view(s).text
        #expect(text.contains(NumberFormat.compact(c[0], width: 5, maxDecimals: 2)))
        // The output gate is not shown before its stage.
        let o = run.gate("o", at: 1)
        let row0 = Player.view(s).lines.first { $0.contains(" 0 ") && $0.contains(NumberFormat.compact(c[0], width: 5, maxDecimals: 2)) }
        #expect(row0?.contains(NumberFormat.compact(o[0], width: 5, maxDecimals: 2)) == false)
    }

    /// H ≤ 8 and D ≤ 4 fit 80×24: every unit's row, every table column and whole weight blocks (no averaging).
    @Test(arguments: [GatedCell.lstm, .gru(resetAfter: false), .gru(resetAfter: true)])
    func everyStageFits80x24(_ cell: GatedCell) {
        let stages = cell == .lstm ? 5 : 4
        for mode in [ColorMode.none, .ansi256] {
            for stage in 0...stages {
                let s = Self.state(cell, keys: Array(repeating: .right, count: stage), mode: mode)
                let screen = Player.render(s)
                let lines = screen.frame.lines
                #expect(screen.facts.averaging.allSatisfy { !$0.name.hasPrefix("W") }, "stage \(stage): \(screen.facts.averaging)")
                #expect(lines.contains { $0.contains(" h_1") || $0.contains(" h_0") })
                for unit in 0..<8 { #expect(lines.contains { $0.contains(" \(unit)  ") || $0.contains(" \(unit) -") }, "unit \(unit)") }
                #expect(lines[lines.count - 3].contains(mode == .none ? "gates" : "gates 0.0"))
            }
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshotsOfEveryStage(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        for (cell, name, mode, language) in [(GatedCell.lstm, "lstm", ColorMode.ansi256, Language.ko),
                                             (.gru(resetAfter: false), "gru", .none, .en),
                                             (.gru(resetAfter: true), "gru-after", .ansi16, .en)] {
            let stages = cell == .lstm ? 5 : 4
            for stage in 0...stages {
                // Stages of t = 2, so the histories hold a row; t = 0 for stage 0.
                let keys: [Key] = stage == 0 ? [] : [.char(".")] + Array(repeating: .right, count: stage)
                let s = Self.state(cell, keys: keys, size: size, language: language, mode: mode)
                assertSnapshot(Player.view(s), named: "\(name)-s\(stage)-\(width)x\(height)")
            }
        }
    }

    @Test func asciiAndNoColorWork() {
        var s = Self.state(.lstm, keys: [.right], mode: .none)
        s.ascii = true
        let lines = Player.view(s).lines
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines[1].contains("i (8,) = s(Wx_i (8, 4).x_1 (4,)"))
    }
}
