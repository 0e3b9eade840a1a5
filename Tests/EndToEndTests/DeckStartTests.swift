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

    /// With a saved place, the first frame is the saved place: the deck's first lesson, which the
    /// early frame would show, never reaches the terminal (every byte written is logged).
    @Test func aResumedStartDrawsNothingOfTheFirstLessonFirst() throws {
        let deck = try Harness.temporaryDirectory(), state = try Harness.temporaryDirectory()
        for name in ["01-a.yaml", "02-b.yaml", "03-c.yaml"] {
            try Harness.rnnLessonYAML.write(to: deck.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let environment = ["XDG_STATE_HOME": state.path]
        guard let first = try PlayTests.session(PlayTests.play(deck.path) + "; exec sleep 600", environment: environment) else { return }
        try first.waitFor(15, "the first frame") { $0.contains("(1/3)") && $0.contains("q quit") }
        try first.send("]")
        try first.waitFor(15, "the second lesson") { $0.contains("(2/3)") }
        try first.send("]")
        try first.waitFor(15, "the third lesson") { $0.contains("(3/3)") }
        try first.send("q")
        try first.waitFor(15, "play to end") { !$0.contains("q quit") }
        let saved = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("rnnstep").path)
        #expect(saved.count == 1, "\(saved)")

        // The second start waits for a line, so that every byte play writes goes to the log.
        let log = deck.appendingPathComponent("output.log").path
        guard let second = try PlayTests.session("read go; " + PlayTests.play(deck.path) + "; exec sleep 600",
                                                 environment: environment) else { return }
        try second.pipePane(to: log)
        try second.send("Enter")
        try second.waitFor(15, "the saved place") { $0.contains("(3/3)") && $0.contains("resumed where you stopped") }
        try second.send("q")
        let written = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(written.contains("(3/3)"), "the log holds the resumed frame")
        #expect(!written.contains("(1/3)"), "the first lesson's frame was written before the saved place's")
    }

    /// The built-in deck (no `./lessons`) is read in the same two parts: its first lesson with
    /// the whole count, then every other lesson.
    @Test func theBuiltInDeckOpensOnItsFirstLessonAndHasTheRest() throws {
        let folder = try Harness.temporaryDirectory()
        let command = "cd \(Tmux.quote(folder.path)) && " + [Harness.binary, "play", "--lang", "en"].map(Tmux.quote).joined(separator: " ")
            + "; exec sleep 600"
        guard let t = try PlayTests.session(command) else { return }
        try t.waitFor(15, "the built-in deck's first frame") { $0.contains("How to use rnnstep (1/11)") && $0.contains("q quit") }
        for _ in 0..<10 { try t.send("]") }
        try t.waitFor(15, "the built-in deck's last lesson") { $0.contains("(11/11)") }
        try t.send("q")
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

    /// The first lesson is composed on the main thread when its stack has room for the deepest
    /// nesting the text allows, else on a thread of its own (StackRoom): a deeply nested first
    /// lesson gives the same diagnostic with the usual stack and with a small one, never a crash.
    @Test func aDeeplyNestedFirstLessonIsReportedWhateverTheStack() throws {
        let deck = try Harness.temporaryDirectory()
        // 300 levels with 301 indicator bytes: in place under 8 MB, on a thread under 1 MB.
        try (String(repeating: "- ", count: 300) + "x\n").write(to: deck.appendingPathComponent("01-deep.yaml"),
                                                                 atomically: true, encoding: .utf8)
        try Harness.rnnLessonYAML.write(to: deck.appendingPathComponent("02-good.yaml"), atomically: true, encoding: .utf8)
        for kilobytes in [8192, 1024] {
            let command = "ulimit -s \(kilobytes); " + PlayTests.play(deck.path) + "; echo \"rnnstep exit $?\"; exec sleep 600"
            guard let t = try PlayTests.session(command) else { return }
            let screen = try t.waitFor(15, "play to end (ulimit -s \(kilobytes))") { $0.contains("rnnstep exit ") }
            let joined = screen.replacingOccurrences(of: "\n", with: "")  // the long path wraps
            #expect(joined.contains("01-deep.yaml:1:129: error: lists and maps are nested 65 deep here, past the limit of 64 levels"),
                    "ulimit -s \(kilobytes):\n\(screen)")
            #expect(screen.contains("rnnstep exit 1"), "ulimit -s \(kilobytes):\n\(screen)")
        }
    }
}
