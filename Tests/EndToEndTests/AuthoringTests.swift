import Foundation
import Testing

/// The authoring features end to end: `play --watch` in tmux, `record`, `new`, `schema`, `check`.
@Suite("Authoring")
struct AuthoringTests {
    static func lesson(title: String, text: String, timesteps: Int, extra: String = "") -> String {
        """
        # yaml-language-server: $schema=schema.json
        title: \(title)
        steps:
          - text: "\(text)"
          - rnn: {timesteps: \(timesteps), input_dim: 2, hidden_units: 3, seed: 1\(extra)}
          - text: the end

        """
    }

    @Test("play --watch reloads an edited lesson in place and shows a broken edit's line:col")
    func watchReloads() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let path = try Harness.writeLesson(Self.lesson(title: "Before", text: "first version", timesteps: 5))
        let session = try Tmux(tmux: tmux, width: 100, height: 30,
                               command: "\(Tmux.quote(Harness.binary)) play --watch --lang en \(Tmux.quote(path))")
        try session.waitFor(text: "first version")
        try session.send("PageDown")
        try session.waitFor(text: "t = 0/5")
        try session.send("Right", "Right", "Right")
        try session.waitFor(text: "t = 3/5")

        // A good edit: new title, same place.
        var started = Date()
        try Self.lesson(title: "After", text: "second version", timesteps: 5).write(toFile: path, atomically: true, encoding: .utf8)
        var screen = try session.waitFor(10, "the edited title") { $0.contains("rnnstep · After") }
        print("watch: the edit showed after \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        #expect(screen.contains("t = 3/5"), "the timestep is kept across the reload")

        // A broken edit: the last good lesson stays, the status line says where the problem is.
        let broken = Self.lesson(title: "Broken", text: "third version", timesteps: 5, extra: ", hiden_units: 3")
        started = Date()
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        screen = try session.waitFor(10, "the diagnostic") { $0.contains("lesson.yaml:5:") }
        print("watch: the diagnostic showed after \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        #expect(screen.contains("5:65"), "the status line names line and column of the unknown key")
        #expect(screen.contains("rnnstep · After"), "the last good lesson stays on screen")
        #expect(screen.contains("t = 3/5"))
        #expect(!screen.contains("Broken"))
        // Keys still work on the last good version while it is broken, and the problem stays.
        try session.send("Right")
        screen = try session.waitFor(text: "t = 4/5")
        #expect(screen.contains("lesson.yaml:5:65"))

        // Fixed, with fewer timesteps: the diagnostic goes and the timestep is clamped.
        try Self.lesson(title: "Fixed", text: "fourth version", timesteps: 2).write(toFile: path, atomically: true, encoding: .utf8)
        screen = try session.waitFor(10, "the fixed lesson") { $0.contains("rnnstep · Fixed") }
        #expect(screen.contains("t = 2/2"))
        #expect(!screen.contains("lesson.yaml:5:"))
        try session.send("q")
    }

    @Test("record writes asciicast v2 whose screens hold the values render shows")
    func recordAsciicast() throws {
        let title = "Rec\\e[31mording"
        let path = try Harness.writeLesson(Self.lesson(title: "\"\(title)\"", text: "hello \\u0007 bell", timesteps: 4))
        let cast = (path as NSString).deletingLastPathComponent + "/out.cast"
        let keys = "<right><right><right><end><pgdn>"
        let result = try Harness.rnnstep(["record", path, "--keys", keys, "--size", "90x28", "--color", "none", "-o", cast])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 90)
        #expect(header["height"] as? Int == 28)
        #expect((header["env"] as? [String: String])?["TERM"] != nil)
        #expect(header["title"] is String)
        var times: [Double] = []
        var outputs: [String] = []
        var markers: [String] = []
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], "\(line)")
            #expect(event.count == 3)
            let time = try #require(event[0] as? Double ?? (event[0] as? Int).map(Double.init))
            let code = try #require(event[1] as? String)
            let data = try #require(event[2] as? String)
            if let last = times.last { #expect(time > last, "times increase strictly") }
            times.append(time)
            switch code {
            case "o": outputs.append(data)
            case "m": markers.append(data)
            default: Issue.record("unexpected event type \(code)")
            }
        }
        #expect(outputs.count == 6, "the first screen and one per key")
        #expect(markers == ["step 1", "step 2", "t=0", "t=1", "t=2", "t=4", "step 3"])
        // Every screen is a full repaint and holds exactly what render shows after the same keys.
        let prefixes = ["", "<right>", "<right><right>", "<right><right><right>", "<right><right><right><end>", keys]
        for (output, prefix) in zip(outputs, prefixes) {
            #expect(output.contains("\u{1B}[H"))
            let rendered = try Harness.rnnstep(["render", path, "--size", "90x28", "--keys", prefix]).stdout
            let shown = output.replacingOccurrences(of: "\u{1B}[2J", with: "").replacingOccurrences(of: "\u{1B}[H", with: "")
                .replacingOccurrences(of: "\u{1B}[K", with: "").replacingOccurrences(of: "\r\n", with: "\n")
            #expect(shown == rendered.trimmingCharacters(in: .newlines), "screen after \(prefix)")
            #expect(!shown.contains("\u{1B}") && !shown.contains("\u{07}"), "no raw control characters from the lesson")
        }
        #expect(outputs[3].contains("t = 2/4"))
        let trace = try Harness.rnnstep(["trace", path]).stdout
        let states = try #require((try JSONSerialization.jsonObject(with: Data(trace.utf8)) as? [[String: Any]])?.first?["states"] as? [[Double]])
        #expect(outputs[3].contains(String(format: "%.8f", states[1][0])), "h_2 as the numbers panel shows it")
    }

    @Test("record writes 256-colour SGR by default and none with --color none")
    func recordColour() throws {
        let path = try Harness.writeLesson(Self.lesson(title: "Colour", text: "x", timesteps: 2))
        let cast = (path as NSString).deletingLastPathComponent + "/c.cast"
        // 256 colours without --color (the default), none with --color none.
        let result = try Harness.rnnstep(["record", path, "--keys", "<pgdn><right>", "-o", cast])
        #expect(result.status == 0)
        let text = try String(contentsOfFile: cast, encoding: .utf8)
        #expect(text.contains("\\u001b[0;"), "SGR sequences, JSON-escaped")
        #expect(text.contains("38;5;") || text.contains("48;5;"))
        let plain = try Harness.rnnstep(["record", path, "--keys", "<pgdn><right>", "--color", "none", "-o", cast])
        #expect(plain.status == 0)
        let none = try String(contentsOfFile: cast, encoding: .utf8)
        #expect(!none.contains("38;5;") && !none.contains("48;5;"))
    }

    @Test("new writes a starter lesson that passes check without warnings and refuses to overwrite")
    func newLesson() throws {
        let dir = try Harness.temporaryDirectory()
        let path = dir.appendingPathComponent("mine.yaml").path
        var result = try Harness.rnnstep(["new", path, "--title", "내 레슨: \"RNN\""])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=schema.json\n"))
        for kind in ["text", "code", "summary", "rnn", "quiz", "diagram"] {
            #expect(text.contains("  - \(kind):"), "has a \(kind) step")
        }
        result = try Harness.rnnstep(["check", "--format", "json", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "no warnings: \(result.stdout)")
        // Every step renders at 80×24 in both languages without the too-small message.
        for lang in ["ko", "en"] {
            for step in 0..<6 {
                let keys = String(repeating: "<pgdn>", count: step) + "<end>"
                let screen = try Harness.rnnstep(["render", path, "--size", "80x24", "--keys", keys, "--lang", lang])
                #expect(screen.status == 0)
                let lines = screen.stdout.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == 24)
                #expect(lines.first?.contains("\(step + 1)/6") == true, "\(screen.stdout)")
            }
        }
        result = try Harness.rnnstep(["new", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already exists") && result.stderr.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "the file is untouched")
        result = try Harness.rnnstep(["new", path, "--force"])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("My first RNN lesson"))
    }

    @Test("schema prints lessons/schema.json, and every shipped lesson names it on its first line")
    func schemaFile() throws {
        let result = try Harness.rnnstep(["schema"])
        #expect(result.status == 0)
        let file = try String(contentsOf: Harness.packageRoot.appendingPathComponent("lessons/schema.json"), encoding: .utf8)
        #expect(result.stdout == file, "run `rnnstep schema > lessons/schema.json` after changing the format")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let lessons = try FileManager.default.contentsOfDirectory(atPath: Harness.packageRoot.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(!lessons.isEmpty)
        for name in lessons {
            let text = try String(contentsOf: Harness.packageRoot.appendingPathComponent("lessons/" + name), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=schema.json\n"), "\(name)")
        }
    }

    @Test("a standard JSON Schema validator accepts the lessons and rejects broken samples")
    func schemaValidates() throws {
        let python = "/usr/bin/env"
        let probe = try Harness.run(python, ["python3", "-c", "import jsonschema, yaml"])
        guard probe.status == 0 else {
            print("skipping: python3 with jsonschema and PyYAML is not available (scripts/validate_schema.py needs them)")
            return
        }
        let dir = try Harness.temporaryDirectory()
        let starter = dir.appendingPathComponent("starter.yaml").path
        try Harness.rnnstep(["new", starter])
        let lessons = try FileManager.default.contentsOfDirectory(atPath: Harness.packageRoot.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Harness.packageRoot.appendingPathComponent("lessons/" + $0).path }
        let script = Harness.packageRoot.appendingPathComponent("scripts/validate_schema.py").path
        let result = try Harness.run(python, ["python3", script] + lessons + [starter])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("all as expected"))
    }

    @Test("check warns (exit 0) with positions, and --format json lists errors and warnings")
    func checkWarnings() throws {
        let long = (1...40).map { "Line \($0) of a very long text." }.joined(separator: "\\n\\n")
        let wide = String(repeating: "─", count: 90)
        let path = try Harness.writeLesson("""
            title: {en: Only English}
            steps:
              - text: "\(long)"
              - diagram: {art: "\(wide)"}
              - quiz:
                  question: {ko: 질문, en: Question}
                  choices: ["(4,)", "(3, 4)", " (4,) "]
                  answer: 1
                  explain: e
              - code: {source: "x = \(String(repeating: "1", count: 80))"}

            """)
        var result = try Harness.rnnstep(["check", path])
        #expect(result.status == 0, "warnings alone exit 0")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(path):1:8: warning: `title` has only English") })
        #expect(lines.contains { $0.hasPrefix("\(path):3:5: warning: this step needs") })
        #expect(lines.contains { $0.hasPrefix("\(path):4:5: warning: the diagram") && $0.contains("90 columns") })
        #expect(lines.contains { $0.hasPrefix("\(path):7:35: warning: choice 3 repeats choice 1") })
        #expect(lines.contains { $0.hasPrefix("\(path):10:5: warning: the code step") })
        #expect(lines.contains { $0.hasPrefix("\(path):3:11: warning: `text` is a plain string in English") })
        #expect(lines.last?.hasSuffix("4 steps: 6 warnings") == true, "\(result.stderr)")

        let bad = try Harness.writeLesson("title: x\nsteps:\n  - rnn: {timesteps: 2, input_dim: 2, hiden_units: 3}\n")
        result = try Harness.rnnstep(["check", "--format", "json", bad, path])
        #expect(result.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // One error for the typo (root cause first: no second "missing `hidden_units`"), then 6 warnings.
        #expect(items.count == 7, "\(result.stdout)")
        #expect(items.first?["severity"] as? String == "error")
        #expect(items.first?["path"] as? String == bad)
        #expect((items.first?["message"] as? String)?.contains("did you mean `hidden_units`?") == true)
        #expect(items.dropFirst(1).allSatisfy { $0["severity"] as? String == "warning" && $0["line"] is Int && $0["column"] is Int })
    }
}
