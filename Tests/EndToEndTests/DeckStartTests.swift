import Foundation
import Testing

/// `play` reads the first lesson before the first frame and the rest right after it (DeckStart):
/// a broken later lesson still ends `play` with its diagnostics and status 1, the terminal restored.
@Suite(.timeLimit(.minutes(2))) struct DeckStartTests {
    @Test func aBrokenLaterLessonIsReportedAndTheTerminalRestored() throws {
        let deck = try Harness.temporaryDirectory()
        try Harness.rnnLessonYAML.write(to: deck.appendingPathComponent("01-good.yaml"), atomically: true, encoding: .utf8)
        try "title: x\nsteps: 3\n".write(to: deck.appendingPathComponent("02-bad.yaml"), atomically: true, encoding: .utf8)
        let pidFile = deck.appendingPathComponent("pid").path
        guard let t = try PlayTests.session(PlayTests.restoreScript(deck.path, pidFile: pidFile)) else { return }
        try PlayTests.expectRestored(t, status: 1)
        let screen = try t.screen()
        #expect(screen.contains("02-bad.yaml:2:8: error: found the integer `3` for `steps`"), "screen:\n\(screen)")
    }

    @Test func aGoodDeckOpensOnItsFirstLessonWithTheWholeCount() throws {
        let deck = try Harness.temporaryDirectory()
        for name in ["01-a.yaml", "02-b.yaml", "03-c.yaml"] {
            try Harness.rnnLessonYAML.write(to: deck.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        guard let t = try PlayTests.session(PlayTests.play(deck.path) + "; exec sleep 600") else { return }
        try t.waitFor(15, "the first frame with the deck's count") { $0.contains("(1/3)") && $0.contains("q quit") }
        try t.send("]")
        try t.waitFor(15, "the second lesson") { $0.contains("(2/3)") }
        try t.send("q")
    }
}
