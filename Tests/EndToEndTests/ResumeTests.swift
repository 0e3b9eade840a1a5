import Foundation
import Testing

/// `play` keeps its place per deck in `$XDG_STATE_HOME/rnnstep/` and resumes there next time.
@Suite(.timeLimit(.minutes(2))) struct ResumeTests {
    /// Runs `rnnstep ARGS` (the built-in deck: an empty working folder) in tmux with `state` as
    /// XDG_STATE_HOME, then the shell prints the exit status.
    static func session(_ args: [String], folder: URL, state: URL) throws -> Tmux? {
        guard let tmux = Harness.requireTmux() else { return nil }
        let command = "cd \(Tmux.quote(folder.path)) && "
            + ([Harness.binary] + args).map(Tmux.quote).joined(separator: " ")
            + "; echo \"rnnstep exit $?\"; exec sleep 600"
        return try Tmux(tmux: tmux, width: 100, height: 30, command: command,
                        environment: ["XDG_STATE_HOME": state.path])
    }

    static func quit(_ t: Tmux) throws {
        try t.send("q")
        let screen = try t.waitFor(15, "the shell after rnnstep") { $0.contains("rnnstep exit ") }
        #expect(screen.contains("rnnstep exit 0"), "screen:\n\(screen)")
    }

    @Test func playReopensWhereItStoppedWithItsAnswersAndRestartStartsOver() throws {
        let folder = try Harness.temporaryDirectory(), state = try Harness.temporaryDirectory()
        // First run: lesson 2, its first quiz (step 4, answer 3) answered right, then step 5.
        guard let first = try Self.session(["--lang", "en"], folder: folder, state: state) else { return }
        try first.waitFor(text: "(1/11)")
        for key in ["]", "n", "n", "n", "3", "n"] { try first.send(key) }
        try first.waitFor(15, "lesson 2, step 5") { $0.contains("(2/11)") && $0.contains("step 5/10") }
        try Self.quit(first)

        let files = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("rnnstep").path)
        #expect(files.count == 1 && files[0].hasPrefix("deck-") && files[0].hasSuffix(".json"), "\(files)")
        let json = try String(contentsOf: state.appendingPathComponent("rnnstep/\(files[0])"), encoding: .utf8)
        #expect(json.contains("\"deck\" : \"built-in\""), "\(json)")

        // Second run: the same place, a notice, and the answer (the menu's score).
        guard let second = try Self.session(["--lang", "en"], folder: folder, state: state) else { return }
        // Wait for the whole screen, status line included: the header alone can be captured before
        // the status line is drawn.
        let screen = try second.waitFor(15, "the resumed screen with its notice") {
            $0.contains("(2/11)") && $0.contains("step 5/10") && $0.contains("resumed where you stopped")
        }
        #expect(screen.contains("resumed where you stopped: lesson 2, step 5"), "screen:\n\(screen)")
        try second.send("m")
        try second.waitFor(text: "What an RNN is  (quiz 1/2)")
        try second.send("Escape")
        try Self.quit(second)

        // --restart: the first step of the first lesson.
        guard let third = try Self.session(["play", "--restart", "--lang", "en"], folder: folder, state: state) else { return }
        let restarted = try third.waitFor(15, "the first step") { $0.contains("(1/11)") && $0.contains("step 1/3") }
        #expect(!restarted.contains("resumed"))
        try Self.quit(third)
    }

    @Test(arguments: ["garbage {", "{\"format\": \"something-else\", \"version\": 3}", "DIR"])
    func aCorruptOrForeignStateFileIsIgnoredWithANotice(_ content: String) throws {
        let folder = try Harness.temporaryDirectory(), state = try Harness.temporaryDirectory()
        // Find the built-in deck's file name by one run, then spoil it.
        guard let first = try Self.session(["--lang", "en"], folder: folder, state: state) else { return }
        try first.waitFor(text: "(1/11)")
        try Self.quit(first)
        let dir = state.appendingPathComponent("rnnstep")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first)
        let file = dir.appendingPathComponent(name)
        try FileManager.default.removeItem(at: file)
        if content == "DIR" {
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        } else {
            try content.write(to: file, atomically: true, encoding: .utf8)
        }
        guard let second = try Self.session(["--lang", "en"], folder: folder, state: state) else { return }
        let screen = try second.waitFor(15, "the notice") { $0.contains("ignored the saved place") }
        #expect(screen.contains("(1/11)") && screen.contains(name), "screen:\n\(screen)")
        try second.send("q")
        let end = try second.waitFor(15, "the shell after rnnstep") { $0.contains("rnnstep exit ") }
        // A folder in the way cannot be replaced: a warning, still exit 0; a bad file is replaced.
        #expect(end.contains("rnnstep exit 0"), "screen:\n\(end)")
        if content != "DIR" {
            #expect(try String(contentsOf: file, encoding: .utf8).contains("rnnstep-resume"))
        }
    }
}
