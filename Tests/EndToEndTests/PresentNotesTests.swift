import Foundation
import Testing

/// `rnnstep play --present` in one terminal and `rnnstep notes` in another (two tmux servers that
/// share an XDG_RUNTIME_DIR): the notes follow every move of play, and say so when play ends.
@Suite(.timeLimit(.minutes(3))) struct PresentNotesTests {
    static let lesson = """
        title: {ko: 발표 연습, en: Rehearsal}
        steps:
          - text: {ko: 첫 화면입니다., en: The first screen.}
            notes: {ko: "반에 물어보세요: 상태란 무엇일까요?", en: "Ask the class: what is a state?"}
          - rnn: {timesteps: 2, input_dim: 2, hidden_units: 2}
            notes:
              ko: t = 1에서 Wx·x_1을 가리키세요.
              en: At t = 1 point at Wx·x_1.
          - quiz: {question: {ko: Wh의 모양은? 생각해 보세요., en: Which shape has Wh? Think first.}, choices: ["(2, 2)", "(2, 4)"], answer: 1, explain: H × H}

        """

    /// The shell command that runs rnnstep with `args`, then prints its exit status and stays.
    static func command(_ args: [String]) -> String {
        ([Harness.binary] + args).map(Tmux.quote).joined(separator: " ") + "; echo \"rnnstep exit $?\"; exec sleep 600"
    }

    /// True when `screen` contains every one of `parts`.
    static func all(_ screen: String, _ parts: String...) -> Bool {
        parts.allSatisfy(screen.contains)
    }

    /// A fresh private runtime folder, as a login session would give.
    static func runtimeFolder() throws -> URL {
        let url = try Harness.temporaryDirectory()
        chmod(url.path, 0o700)
        return url
    }

    @Test func notesFollowPlayAndSayWhenItEnds() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let runtime = try Self.runtimeFolder()
        let path = try Harness.writeLesson(Self.lesson)
        let env = ["XDG_RUNTIME_DIR": runtime.path]
        let notes = try Tmux(tmux: tmux, width: 80, height: 24, command: Self.command(["notes", "--lang", "en"]), environment: env)
        try notes.waitFor(text: "No presentation is running.")

        let play = try Tmux(tmux: tmux, width: 100, height: 30, command: Self.command(["play", "--present", "--lang", "en", path]),
                            environment: env)
        try play.waitFor(text: "The first screen.")
        // (Each wait asks for the whole screen: a capture can land while a frame is being drawn.)
        try notes.waitFor(15, "the first step's notes") {
            Self.all($0, "Ask the class: what is a state?", "Rehearsal", "step 1/3 · text", "The first screen.",
                     "next: (rnn) T 2 · D 2 · H 2", "● presenting")
        }
        #expect(!(try play.screen()).contains("Ask the class"), "the students' screen shows no notes")
        let file = runtime.appendingPathComponent("rnnstep/present.json").path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // Each move of play is followed: the next step, then a timestep.
        try play.send("n")
        try notes.waitFor(15, "the rnn step's notes") {
            Self.all($0, "At t = 1 point at Wx·x_1.", "t = 0/2 · step 2/3 · rnn", "next: (quiz) Which shape has Wh?")
        }
        try play.send("Right")
        try notes.waitFor(text: "t = 1/2 · step 2/3")
        try play.send("n")
        try notes.waitFor(15, "the quiz without notes") {
            Self.all($0, "step 3/3 · quiz", "(no notes for this step)", "next: nothing (the deck's last step)")
        }
        try play.send("p")
        try notes.waitFor(text: "t = 1/2 · step 2/3")   // back on the rnn step where it was left
        // The notes screen switches language by itself.
        try notes.send("L")
        try notes.waitFor(text: "t = 1에서 Wx·x_1을 가리키세요.")
        try notes.send("L")
        try notes.waitFor(text: "At t = 1 point at Wx·x_1.")

        // Play quits: the file goes, and the notes say the presentation ended.
        try play.send("q")
        let end = try play.waitFor(15, "the shell after play") { $0.contains("rnnstep exit ") }
        #expect(end.contains("rnnstep exit 0"), "\(end)")
        try notes.waitFor(text: "the presentation ended (play quit)")
        #expect(!FileManager.default.fileExists(atPath: file))
        try notes.send("q")
        let notesEnd = try notes.waitFor(15, "the shell after notes") { $0.contains("rnnstep exit ") }
        #expect(notesEnd.contains("rnnstep exit 0"), "\(notesEnd)")
    }

    @Test func ctrlCEndsPresentingAndASecondPresenterIsRefused() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let runtime = try Self.runtimeFolder()
        let path = try Harness.writeLesson(Self.lesson)
        let env = ["XDG_RUNTIME_DIR": runtime.path]
        // The shell ignores SIGINT (reset to default for rnnstep), so Ctrl-C reaches rnnstep alone.
        let inner = ([Harness.binary, "play", "--present", "--lang", "en", path]).map(Tmux.quote).joined(separator: " ")
        let play = try Tmux(tmux: tmux, width: 80, height: 24,
                            command: "trap : INT; sh -c \(Tmux.quote("exec " + inner)); echo \"rnnstep exit $?\"; exec sleep 600",
                            environment: env)
        try play.waitFor(text: "The first screen.")
        let file = runtime.appendingPathComponent("rnnstep/present.json").path
        #expect(FileManager.default.fileExists(atPath: file))

        let second = try Tmux(tmux: tmux, width: 100, height: 24, command: Self.command(["play", "--present", path]), environment: env)
        let refused = try second.waitFor(15, "the refusal") { $0.contains("rnnstep exit ") }
        #expect(refused.contains("another `rnnstep play --present`") && refused.contains("rnnstep exit 1"), "\(refused)")

        try play.send("C-c")
        let end = try play.waitFor(15, "the shell after play") { $0.contains("rnnstep exit ") }
        #expect(end.contains("rnnstep exit 130"), "\(end)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func notesWithoutATerminalIsOneClearLine() throws {
        let result = try Harness.rnnstep(["notes"])
        #expect(result.status == 1)
        #expect(result.stderr == "rnnstep: error: notes needs a terminal, but standard output is not one; run it in a terminal beside `rnnstep play --present`\n")
        #expect(try Harness.rnnstep(["notes", "--lang", "fr"]).status == 2)
    }

    @Test func aFolderThatCannotBeUsedIsANoticeAndPlayGoesOn() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let runtime = try Self.runtimeFolder()
        // A file where the folder should be.
        try "not a folder".write(to: runtime.appendingPathComponent("rnnstep"), atomically: true, encoding: .utf8)
        let path = try Harness.writeLesson(Self.lesson)
        let play = try Tmux(tmux: tmux, width: 120, height: 30, command: Self.command(["play", "--present", "--lang", "en", path]),
                            environment: ["XDG_RUNTIME_DIR": runtime.path])
        try play.waitFor(15, "the notice") { Self.all($0, "speaker notes not published:", "is not a folder", "The first screen.") }
        try play.send("n")
        try play.waitFor(text: "t = 0/2")
        try play.send("q")
        let end = try play.waitFor(15, "the shell after play") { $0.contains("rnnstep exit ") }
        #expect(end.contains("rnnstep exit 0") && end.contains("warning: speaker notes were not published"), "\(end)")
    }

    @Test(arguments: ["ko", "en"])
    func renderAllOfTheShippedDeckShowsNoNotes(_ lang: String) throws {
        // The first words of every note in lessons/ (each note starts a row, so shown notes would show them whole).
        let yaml = try FileManager.default.contentsOfDirectory(atPath: Harness.packageRoot.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".yaml") }
        var starts: [String] = []
        for name in yaml {
            let lines = try String(contentsOf: Harness.packageRoot.appendingPathComponent("lessons/\(name)"), encoding: .utf8)
                .components(separatedBy: "\n")
            for (i, line) in lines.enumerated() where line == "    notes:" && i + 2 < lines.count {
                for row in [lines[i + 2], lines.dropFirst(i + 3).first { $0.hasPrefix("      en: |") }.flatMap { _ in
                    lines.dropFirst(i + 3).drop { !$0.hasPrefix("      en: |") }.dropFirst().first } ?? ""] {
                    let text = row.trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { starts.append(String(text.prefix(14))) }
                }
            }
        }
        #expect(starts.count >= 30, "\(starts.count) notes found")
        for size in ["80x24", "120x40"] {
            let result = try Harness.rnnstep(["render", "--all", "lessons", "--size", size, "--lang", lang, "--color", "none"],
                                             cwd: Harness.packageRoot)
            #expect(result.status == 0)
            #expect(result.stdout.contains("── lesson 1/"))
            for start in starts {
                #expect(!result.stdout.contains(start), "render --all shows a note: \(start)")
            }
        }
    }
}
