import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// The backward view of an rnn step (`b`): keys, the prepared computation, what the screen shows.
@Suite struct BackwardViewTests {
    /// The chapter's rnn (T 10, D 4, H 8, seed 0) after `keys`.
    func state(_ keys: [Key], language: Language = .en, size: Size = Size(width: 80, height: 24),
               mode: ColorMode = .ansi256, deck: [Lesson] = Decks.chapterRNN) -> PlayerState {
        var s = PlayerState(deck: deck, language: language, size: size, colorMode: mode)
        Player.update(&s, keys: keys)
        return s
    }

    /// The chapter's backward pass, computed directly.
    static let pass = BackwardPass(RNNRun(try! RNNParameters(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8)))).completed()

    @Test func bSwitchesToTheBackwardViewAtTAndBackKeepingTheForwardTimestep() {
        var s = state([.right, .right, .right])
        #expect(s.backwardTimestep == nil)
        Player.update(&s, keys: [.char("b")])
        #expect(s.backwardTimestep == 10 && s.timestep == 3)
        Player.update(&s, keys: [.right, .right, .char("b")])
        #expect(s.backwardTimestep == nil && s.timestep == 3)
        Player.update(&s, keys: [.char("b")])
        #expect(s.backwardTimestep == 10, "the backward view starts again at t = T")
    }

    @Test func rightGoesFurtherBackInTimeAndLeftReturns() {
        var s = state([.char("b")])
        var seen: [Int] = []
        for _ in 0..<9 {
            Player.update(&s, keys: [.right])
            seen.append(s.backwardTimestep ?? -1)
        }
        #expect(seen == Array((1...9).reversed()))
        #expect(s.notice == nil)
        Player.update(&s, keys: [.right])
        #expect(s.backwardTimestep == 1 && s.stepIndex == 0, "→ at t = 1 stays")
        #expect(s.notice?.contains("first input") == true)
        Player.update(&s, keys: [.left, .left])
        #expect(s.backwardTimestep == 3)
        Player.update(&s, keys: [.home])
        #expect(s.backwardTimestep == 10)
        Player.update(&s, keys: [.left])
        #expect(s.backwardTimestep == 10 && s.notice != nil, "← at t = T stays")
        Player.update(&s, keys: [.end])
        #expect(s.backwardTimestep == 1)
    }

    @Test func leavingTheStepLeavesTheBackwardView() {
        var s = state([.right, .char("b"), .right], deck: Decks.two)
        #expect(s.stepIndex == 1 && s.backwardTimestep == 2)
        Player.update(&s, keys: [.pageDown])
        #expect(s.stepIndex == 2 && s.backwardTimestep == nil)
        Player.update(&s, keys: [.char("b")])
        #expect(s.backwardTimestep == nil && s.notice == "b works on rnn steps")
        Player.update(&s, keys: [.pageUp])
        #expect(s.backwardTimestep == nil && s.timestep == 0, "the forward timestep is what it was")
    }

    @Test func playingStepsBackInTimeAndStopsAtTheFirstInput() {
        var s = state([.char("b"), .char(" ")])
        for _ in 0..<12 { Player.update(&s, .tick) }
        #expect(s.backwardTimestep == 1 && !s.playing && s.stepIndex == 0)
    }

    /// `update` prepares the backward computation; the view reads it. Its numbers are the engine's.
    @Test func theComputationIsPreparedWithTheEnginesNumbers() throws {
        for keys: [Key] in [[], [.right], [.right, .right, .right, .right], [.end], [.end, .left]] {
            let s = state([.char("b")] + keys)
            let t = try #require(s.backwardTimestep)
            let b = try #require(s.computation?.backward)
            #expect(b.t == t)
            #expect(b.record == Self.pass.record(at: t))
            #expect(b.gradients == Self.pass.gradients(from: t))
        }
        let b = try #require(state([.char("b")]).computation?.backward)
        #expect(b.decades == -29 ... -3)
        #expect(b.gradientRange == -1...1, "∂L/∂h_T = 1 is the largest gradient of the saturated chapter run")
        #expect(b.shownNorms.compactMap { $0 } == [Self.pass.inputGradNorms[9]])
    }

    @Test func theBackwardStateHoldsNoClassInstances() {
        let s = state([.char("b"), .right])
        #expect(StateTests.classMembers(of: s).isEmpty)
    }

    @Test func theScreenShowsTheStepsTensorsWithShapesAndNumbers() {
        let s = state([.char("b"), .right, .right, .right], size: Size(width: 120, height: 40))
        let text = Player.view(s).text
        let record = Self.pass.record(at: 7)
        for needle in ["backward t = 7/10", "backward t = 7: δ_7 = (1−h_7²) ⊙ ∂L/∂h_7,  ∂L/∂h_6 = Whᵀ (8, 8) · δ_7",
                       "dWx += δ_7·x_7ᵀ", "∂L/∂h_7 (8,)", "1−h_7² (8,)", "δ_7 (8,)", "∂L/∂h_6 (8,)", "∂L/∂x_7 (4,)",
                       "dWx (8, 4)", "dWh (8, 8)", "db (8,)", "‖∂L/∂x_t‖ (log scale)", "1e-3", "1e-29",
                       "‖∂L/∂x_7‖ = " + NumberFormat.scientific(record.inputGradNorm),
                       NumberFormat.short(record.delta[0]), NumberFormat.short(record.dPrevState[7]),
                       "backward: → one step further back"] {
            #expect(text.contains(needle), "\(needle) is not on screen:\n\(text)")
        }
        #expect(NumberFormat.short(record.delta[0]).contains("e-"), "δ_7 is small: scientific notation")
    }

    @Test func koreanNamesTheBackwardStep() {
        let lines = Player.view(state([.char("b"), .right], language: .ko)).lines
        #expect(lines[0].contains("역전파 t = 9/10"))
        #expect(lines[1].hasPrefix(" 역전파 t = 9:"))
        #expect(lines[23].contains("역전파: → 한 시점 더 과거로"))
    }

    /// Without UTF-8 every glyph is ASCII and the names are spelled out; without colour no cell has one.
    @Test func asciiAndNoColour() {
        let s = state([.char("b"), .right], mode: .none)
        var ascii = s
        ascii.ascii = true
        let text = Player.view(ascii).text
        #expect(text.allSatisfy { $0.isASCII })
        #expect(text.contains("backward t = 9: dz_9 = (1-h_9^2) * dL/dh_9,  dL/dh_8 = WhT (8, 8) . dz_9"))
        #expect(text.contains("|dL/dx_t| (log scale)"))
        let frame = Player.view(s)
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                #expect(frame[x, y].style.fg == .default && frame[x, y].style.bg == .default)
            }
        }
    }

    /// Every size from the smallest up keeps the header, the equation and the legend, and a large
    /// layer averages with a note.
    @Test(arguments: [(60, 20), (80, 24), (100, 30), (120, 40), (200, 60)])
    func everySizeDraws(width: Int, height: Int) {
        let big = [Lesson(path: "big.yaml", title: LocalizedText("big"), steps: [
            Step(kind: .rnn(RNNSpec(timesteps: 60, inputDim: 16, hiddenUnits: 48)), position: Decks.pos)])]
        for deck in [Decks.chapterRNN, big] {
            for mode in [ColorMode.none, .ansi16, .ansi256] {
                let s = state([.char("b"), .right], size: Size(width: width, height: height), mode: mode, deck: deck)
                let lines = Player.view(s).lines
                #expect(lines[0].contains("backward t = "))
                #expect(lines[1].contains("backward t = ") || lines[2].contains("backward t = "))
                #expect(lines.contains { $0.contains("dW, db") }, "\(width)×\(height) \(mode): no legend")
            }
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func backwardSnapshots(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        func frame(_ keys: [Key], _ mode: ColorMode, _ language: Language = .en) -> Frame {
            var s = PlayerState(deck: Decks.chapterRNN, language: language)
            Player.update(&s, keys: keys)
            return Player.view(s, size: size, mode: mode)
        }
        assertSnapshot(frame([.char("b")], .ansi256), named: "backward-t10-256-\(width)x\(height)")
        assertSnapshot(frame([.char("b"), .right, .right, .right], .none), named: "backward-t7-none-\(width)x\(height)")
        assertSnapshot(frame([.char("b"), .end], .ansi16, .ko), named: "backward-t1-16-ko-\(width)x\(height)")
    }
}
