import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// The state is a plain value that owns each step's computation; update prepares it, scrolling is
/// clamped with the size known, reload rebuilds, and stepping back through the history means
/// gives the same pixels as arriving there directly.
@Suite struct StateTests {
    static let pos = SourcePosition(line: 1, column: 1)

    /// A lesson with a long text and a large rnn step whose history is averaged at 80×24.
    static let deck = [Lesson(path: "big.yaml", title: LocalizedText("Big"), steps: [
        Step(kind: .text(LocalizedText((1...60).map { "Paragraph \($0) of a long page." }.joined(separator: "\n\n"))), position: pos),
        Step(kind: .rnn(RNNSpec(timesteps: 300, inputDim: 40, hiddenUnits: 96, seed: 3)), position: pos),
    ])]

    /// Every class instance reachable from `value` through stored properties (depth-limited).
    static func classMembers(of value: Any, path: String = "state", depth: Int = 0) -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class { return [path] }
        guard depth < 8 else { return [] }
        var found: [String] = []
        for (index, child) in mirror.children.enumerated() where index < 64 {
            found += classMembers(of: child.value, path: path + "." + (child.label ?? "\(index)"), depth: depth + 1)
        }
        return found
    }

    @Test func theStateHoldsNoClassInstances() {
        var s = PlayerState(deck: Self.deck, language: .en, size: Size(width: 80, height: 24), colorMode: .ansi256)
        Player.update(&s, keys: [.pageDown, .right, .right, .right])
        #expect(s.computation != nil)
        #expect(Self.classMembers(of: s).isEmpty, "class-typed members: \(Self.classMembers(of: s))")
    }

    @Test func aCopyMeansWhatTheOriginalMeans() {
        var s = PlayerState(deck: Self.deck, language: .en, size: Size(width: 80, height: 24), colorMode: .ansi256)
        Player.update(&s, keys: [.pageDown, .right, .right, .right])
        let before = Player.view(s)
        var copy = s
        Player.update(&copy, keys: [.end, .left])
        #expect(copy.computation?.run.computedSteps == 300)
        #expect(s.computation?.run.computedSteps == 3, "the original's forward pass did not move")
        #expect(s.computation?.historyPixels?.filled == 3)
        #expect(Player.view(s) == before, "the original draws exactly as before")
        #expect(Player.view(copy) != before)
    }

    @Test func viewDoesNotChangeTheState() {
        var s = PlayerState(deck: Self.deck, language: .en, size: Size(width: 80, height: 24), colorMode: .ansi256)
        Player.update(&s, keys: [.pageDown, .right])
        let computations = s.computations
        _ = Player.view(s)
        _ = Player.view(s, size: Size(width: 120, height: 40), mode: .truecolor)
        #expect(s.computations == computations)
    }

    @Test func scrollingStopsAtTheLastPageAndComesBack() {
        var s = PlayerState(deck: Self.deck, language: .en, size: Size(width: 80, height: 24))
        let facts = Player.render(s).facts
        #expect(facts.contentHeight == 119)
        #expect(facts.visibleHeight == 21)
        #expect(facts.scrollBound == 98)
        Player.update(&s, keys: Array(repeating: .char("j"), count: 150))
        #expect(s.scroll == 98)
        #expect(Player.view(s).line(22).contains("Paragraph 60"), "the last page shows the last paragraph")
        Player.update(&s, keys: [.char("k")])
        #expect(s.scroll == 97)
        #expect(Player.view(s).line(21).contains("Paragraph 59"), "one row back up")
    }

    @Test func aLargerScreenClampsTheScroll() {
        var s = PlayerState(deck: Self.deck, language: .en, size: Size(width: 80, height: 24))
        Player.update(&s, keys: Array(repeating: .char("j"), count: 98))
        Player.update(&s, .resize(Size(width: 80, height: 60)))
        #expect(s.scroll == 119 - 57)
        Player.update(&s, .resize(Size(width: 80, height: 200)))
        #expect(s.scroll == 0)
    }

    @Test func steppingBackThroughTheHistoryMeansGivesTheSamePixels() throws {
        let size = Size(width: 80, height: 24)
        var walked = PlayerState(deck: Self.deck, language: .en, size: size, colorMode: .ansi256)
        Player.update(&walked, keys: [.pageDown] + Array(repeating: .right, count: 150))
        let pixels = try #require(walked.computation?.historyPixels)
        #expect(!pixels.grid.isIdentity, "the history is averaged at 80×24")
        Player.update(&walked, keys: Array(repeating: .left, count: 113))
        #expect(walked.timestep == 37)
        var direct = PlayerState(deck: Self.deck, language: .en, size: size, colorMode: .ansi256)
        Player.update(&direct, keys: [.pageDown] + Array(repeating: .right, count: 37))
        let a = try #require(walked.computation?.historyPixels), b = try #require(direct.computation?.historyPixels)
        #expect(a.filled == 37 && b.filled == 37)
        #expect(a.means.map(\.bitPattern) == b.means.map(\.bitPattern))
        let run = try #require(direct.computation?.run)
        #expect(a.means.map(\.bitPattern) == a.grid.means(of: run.computedStates.values, filled: 37).map(\.bitPattern))
        #expect(Player.view(walked) == Player.view(direct))
    }

    @Test func reloadRebuildsTheComputationFromTheNewParameters() throws {
        var s = PlayerState(deck: Decks.chapterRNN, language: .en, size: Size(width: 100, height: 30))
        Player.update(&s, keys: [.right, .right, .right])
        let old = try #require(s.computation?.run.state(at: 3))
        var lesson = Decks.chapterRNN[0]
        lesson.steps[0] = Step(kind: .rnn(RNNSpec(timesteps: 5, inputDim: 4, hiddenUnits: 8, seed: 1)), position: Self.pos)
        Player.reload(&s, lesson: lesson, at: 0)
        #expect(s.timestep == 3)
        let run = try #require(s.computation?.run)
        #expect(run.state(at: 3) != old)
        // A small run is computed whole when its step opens (its colour scale comes from the data).
        #expect(run == RNNRun(try RNNParameters(RNNSpec(timesteps: 5, inputDim: 4, hiddenUnits: 8, seed: 1))).completed())
    }
}
