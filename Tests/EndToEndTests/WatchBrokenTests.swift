import Foundation
import Testing

/// `play --watch` in tmux when the lesson is broken from the start, and a watched folder that
/// gains and loses files (mandatory with RNNSTEP_E2E=1).
@Suite("Watch from a broken file")
struct WatchBrokenTests {
    static let broken = """
        title: Broken
        steps:
          - rnn:
              timesteps: 3
              input_dim: 2
             hidden_units: 4
          - txt: hello

        """

    @Test("play --watch starts on a broken file, lists its errors with e, and shows the lesson after a good save")
    func startsBroken() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let path = try Harness.writeLesson(Self.broken)
        let session = try Tmux(tmux: tmux, width: 100, height: 30,
                               command: "\(Tmux.quote(Harness.binary)) play --watch --lang en \(Tmux.quote(path))")
        var screen = try session.waitFor(text: "cannot be shown yet")
        #expect(screen.contains("✗ lesson.yaml:6:6: error: line 6 is indented 5 spaces"), "the root cause in the status line")
        try session.send("e")
        screen = try session.waitFor(text: "(any key closes)")
        #expect(screen.contains("lesson.yaml:6:6: error: line 6 is indented 5 spaces"))
        try session.send("Escape")
        _ = try session.waitFor(10, "the panel closed") { !$0.contains("(any key closes)") }
        let good = AuthoringTests.lesson(title: "Fixed at last", text: "now it works", timesteps: 3)
        try good.write(toFile: path, atomically: true, encoding: .utf8)
        screen = try session.waitFor(10, "the fixed lesson") { $0.contains("rnnstep · Fixed at last") }
        #expect(screen.contains("now it works"))
        #expect(!screen.contains("lesson.yaml:6:6"), "the problem is gone from the status line")
        try session.send("q")
    }

    @Test("a watched folder picks up an added lesson and drops a removed one")
    func folderChanges() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let first = try Harness.writeLesson(AuthoringTests.lesson(title: "First lesson", text: "one", timesteps: 2), name: "01-a.yaml")
        let folder = (first as NSString).deletingLastPathComponent
        let session = try Tmux(tmux: tmux, width: 100, height: 30,
                               command: "\(Tmux.quote(Harness.binary)) play --watch --lang en \(Tmux.quote(folder))")
        _ = try session.waitFor(text: "rnnstep · First lesson ")
        let second = folder + "/02-b.yaml"
        try AuthoringTests.lesson(title: "Added lesson", text: "two", timesteps: 2).write(toFile: second, atomically: true, encoding: .utf8)
        _ = try session.waitFor(10, "the deck grew") { $0.contains("First lesson (1/2)") }
        try session.send("]")
        _ = try session.waitFor(text: "rnnstep · Added lesson (2/2)")
        try FileManager.default.removeItem(atPath: second)
        _ = try session.waitFor(10, "the deck shrank") { $0.contains("rnnstep · First lesson ") && !$0.contains("(1/2)") && !$0.contains("Added") }
        try session.send("q")
    }
}
