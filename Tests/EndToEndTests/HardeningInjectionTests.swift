import Foundation
import Testing

/// Hostile text in a lesson never reaches the terminal raw: not through `play` (every byte the
/// program writes is captured with tmux `pipe-pane`), not through `render`, not through `check`.
@Suite(.timeLimit(.minutes(2))) struct HardeningInjectionTests {
    /// A valid lesson whose every text field carries escape sequences and control characters:
    /// an OSC title set (`ESC ] 0;PWNED BEL`), clear screen, blinking red `EVIL`, the C1 CSI U+009B,
    /// DEL, a right-to-left override and BEL. Written with YAML's `\e`, `\a`, `\x7f`, `\u…` escapes.
    static let hostileLessonYAML = #"""
        title: {ko: "제목\e]0;PWNED\a\e[5;31mEVIL", en: "Title\e]0;PWNED\a\e[5;31mEVIL"}
        steps:
          - text:
              ko: "본문 \e[2J\e[5;31mEVIL \u009b31m C1 \x7f DEL \u202e bidi \a BEL \e]0;PWNED\a end"
              en: "Body \e[2J\e[5;31mEVIL \u009b31m C1 \x7f DEL \u202e bidi \a BEL \e]0;PWNED\a end"
          - code:
              language: "python\e[5;31mEVIL"
              source: "x = 1  # \e[5;31mEVIL \e]0;PWNED\a \u009b31m \x7f \u202e\nprint(x)\a\n"
          - quiz:
              question: {ko: "질문 \e[5;31mEVIL \e]0;PWNED\a \u009b31m", en: "Question \e[5;31mEVIL \e]0;PWNED\a \u009b31m"}
              choices:
                - "one \e[5;31mEVIL \a"
                - {ko: "둘 \e]0;PWNED\a", en: "two \e]0;PWNED\a \x7f"}
                - "three \u202e \u009b31m"
              answer: 1
              explain: {ko: "설명 \e[5;31mEVIL \e]0;PWNED\a \u009b31m \x7f", en: "Explain \e[5;31mEVIL \e]0;PWNED\a \u009b31m \x7f"}
          - diagram:
              art: "box \e[5;31mEVIL\n\e]0;PWNED\a line2 \u009b31m \x7f \u202e\n"
              caption: "cap \e[5;31mEVIL \e]0;PWNED\a"

        """#

    static func writeHostileLesson() throws -> String {
        try Harness.writeLesson(hostileLessonYAML, name: "hostile.yaml")
    }

    /// Whether `needle` occurs in `haystack` (byte strings).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        occurrences(of: needle, in: haystack).count > 0
    }

    /// Start offsets of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle { found.append(i) }
            i += 1
        }
        return found
    }

    static let esc: UInt8 = 0x1B
    static let visibleESC = Array("␛".utf8)

    /// Problems in text the program printed: controls other than `\n` (and ESC starting an SGR
    /// sequence, when `allowSGR`), DEL, C1 controls, bidi overrides. Empty when the text is clean.
    static func unsafeParts(_ text: String, allowSGR: Bool) -> [String] {
        var problems: [String] = []
        var rest = Substring(text)
        if allowSGR {
            // Every ESC must start `ESC [ digits/semicolons m`; drop those and look at what is left.
            for match in text.matches(of: /\x{1B}(?!\[[0-9;]*m)(.{0,12})/) {
                problems.append("an ESC that does not start an SGR sequence: ESC\(match.1.debugDescription)")
            }
            rest = Substring(Harness.stripSGR(text))
        }
        for scalar in rest.unicodeScalars {
            switch scalar.value {
            case 0x0A: continue
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                problems.append("the control U+\(String(scalar.value, radix: 16, uppercase: true))")
            default: continue
            }
        }
        return problems
    }

    // MARK: - play

    @Test func playWritesNoHostileBytesToTheTerminal() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let path = try Self.writeHostileLesson()
        #expect(try Harness.rnnstep(["check", path]).status == 0, "the hostile lesson is not a valid lesson")
        let dir = try Harness.temporaryDirectory()
        let capture = dir.appendingPathComponent("capture.bin").path
        let gate = dir.appendingPathComponent("go").path
        // The pane waits for the gate so that pipe-pane is in place before rnnstep writes a byte.
        let play = PlayTests.play(path, ["--lang", "ko"])
        let command = "until [ -e \(Tmux.quote(gate)) ]; do sleep 0.01; done; \(play); "
            + "echo \"rnnstep exit $?\"; exec sleep 600"
        let t = try Tmux(tmux: tmux, command: command)
        try t.pipePane(to: capture)
        FileManager.default.createFile(atPath: gate, contents: Data())

        var screens: [String] = []
        // Waits for step `step` with all of `parts` drawn (a frame can reach tmux in pieces).
        func screen(_ step: Int, _ parts: String...) throws -> String {
            try t.waitFor(15, "step \(step)/4 showing \(parts)") { screen in
                screen.contains(" \(step)/4 · ") && parts.allSatisfy { screen.contains($0) }
            }
        }
        // Korean: every step, answering the quiz on the way.
        screens.append(try screen(1, "제목␛]0;PWNED␇␛[5;31mEVIL", "본문 ␛[2J␛[5;31mEVIL", "␡ DEL", "␇ BEL ␛]0;PWNED␇ end"))
        try t.send("PageDown")
        screens.append(try screen(2, "x = 1  # ␛[5;31mEVIL ␛]0;PWNED␇", "print(x)␇"))
        try t.send("PageDown")
        screens.append(try screen(3, "질문 ␛[5;31mEVIL ␛]0;PWNED␇", "one ␛[5;31mEVIL ␇", "three"))
        try t.send("1")
        screens.append(try screen(3, "설명 ␛[5;31mEVIL ␛]0;PWNED␇"))
        try t.send("PageDown")
        screens.append(try screen(4, "box ␛[5;31mEVIL", "␛]0;PWNED␇ line2", "cap ␛[5;31mEVIL ␛]0;PWNED␇"))
        // English: back through every step.
        try t.send("L")
        screens.append(try screen(4, "Title␛]0;PWNED␇␛[5;31mEVIL", "cap ␛[5;31mEVIL ␛]0;PWNED␇"))
        try t.send("PageUp")
        screens.append(try screen(3, "Question ␛[5;31mEVIL ␛]0;PWNED␇", "two ␛]0;PWNED␇ ␡", "Explain ␛[5;31mEVIL"))
        try t.send("PageUp")
        screens.append(try screen(2, "x = 1  # ␛[5;31mEVIL ␛]0;PWNED␇", "print(x)␇"))
        try t.send("PageUp")
        screens.append(try screen(1, "Body ␛[2J␛[5;31mEVIL", "␇ BEL ␛]0;PWNED␇ end"))
        #expect(try t.paneFormat("#{pane_title}") != "PWNED", "the lesson set the terminal's title")
        try t.send("q")
        try t.waitFor(text: "rnnstep exit 0")

        // The waits above asked for the placeholders ␛ ␇ ␡; and no PWNED or EVIL is on screen without them.
        for screen in screens {
            #expect(screen.components(separatedBy: "PWNED").count == screen.components(separatedBy: "␛]0;PWNED␇").count,
                    "PWNED without its placeholders:\n\(screen)")
            #expect(screen.components(separatedBy: "EVIL").count == screen.components(separatedBy: "␛[5;31mEVIL").count,
                    "EVIL without its placeholder:\n\(screen)")
        }

        // Every byte the program wrote: wait until the shell's line after it has arrived too.
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(10)
        repeat {
            bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: capture))) ?? Data())
            if Self.contains(bytes, Array("rnnstep exit 0".utf8)) { break }
            usleep(20_000)
        } while Date() < deadline
        #expect(Self.contains(bytes, Array("rnnstep exit 0".utf8)), "the capture is incomplete (\(bytes.count) bytes)")
        #expect(bytes.count > 1000, "pipe-pane captured only \(bytes.count) bytes")
        #expect(Self.contains(bytes, Self.visibleESC + Array("[5;31mEVIL".utf8)), "the capture lacks ␛[5;31mEVIL")

        #expect(!Self.contains(bytes, [Self.esc, UInt8(ascii: "]")]), "an OSC sequence (ESC ]) reached the terminal")
        #expect(!bytes.contains(0x07), "a BEL (0x07) reached the terminal")
        #expect(!bytes.contains(0x7F), "a DEL (0x7F) reached the terminal")
        #expect(!Self.contains(bytes, [0xC2, 0x9B]), "the C1 CSI U+009B reached the terminal")
        #expect(!Self.contains(bytes, Array("\u{202E}".utf8)), "the bidi override U+202E reached the terminal")
        #expect(!Self.contains(bytes, [Self.esc] + Array("[5;31m".utf8)), "ESC[5;31m reached the terminal")
        #expect(!Self.contains(bytes, Array("PWNED\u{07}".utf8)), "PWNED BEL reached the terminal")
        // `EVIL` is only ever written right after the visible `␛[5;31m`.
        let prefix = Self.visibleESC + Array("[5;31m".utf8)
        for offset in Self.occurrences(of: Array("EVIL".utf8), in: bytes) {
            let start = offset - prefix.count
            let before = start >= 0 ? Array(bytes[start..<offset]) : []
            #expect(before == prefix, "EVIL at byte \(offset) follows \(before.map { String($0, radix: 16) })")
        }
    }

    /// Characters whose width terminals disagree on (a BOM is 0 columns in tmux) would shift the rest
    /// of the row; they are shown as placeholders, so play's screen equals render's.
    @Test func separatorsAndBOMDoNotShiftTheRow() throws {
        let path = try Harness.writeLesson(#"""
            title: T
            steps:
              - text: "A\u2028B\u2029C\ufeffD\ufeffE|end"

            """#)
        guard let t = try PlayTests.session(PlayTests.play(path, ["--lang", "en"]) + "; exec sleep 600",
                                            width: 60, height: 20) else { return }
        let render = try Harness.rnnstep(["render", path, "--size", "60x20", "--color", "256", "--lang", "en"])
        let expected = Harness.lines(Harness.stripSGR(render.stdout))
        #expect(expected.contains { $0.contains("|end") })
        try t.waitFor(lines: expected, "the screen of render with U+2028, U+2029, U+FEFF")
    }

    // MARK: - render

    static let everyStep = ["", "<pgdn>", "<pgdn><pgdn>", "<pgdn><pgdn>1", "<pgdn><pgdn>1<pgdn>"]

    @Test(arguments: ["256", "16", "truecolor", "none"])
    func renderPrintsOnlySGRSequences(_ color: String) throws {
        let path = try Self.writeHostileLesson()
        for lang in ["ko", "en"] {
            for keys in Self.everyStep {
                let result = try Harness.rnnstep(["render", path, "--size", "100x30", "--keys", keys,
                                                  "--color", color, "--lang", lang])
                #expect(result.status == 0, "render --keys '\(keys)' exited \(result.status): \(result.stderr)")
                let problems = Self.unsafeParts(result.stdout, allowSGR: color != "none")
                #expect(problems.isEmpty, "render --color \(color) --lang \(lang) --keys '\(keys)': \(problems)")
                if color == "none" {
                    #expect(!result.stdout.contains("\u{1B}"), "render --color none printed an ESC")
                } else {
                    #expect(result.stdout.contains("\u{1B}["), "render --color \(color) printed no SGR at all")
                }
                #expect(Harness.stripSGR(result.stdout).contains("␛[5;31mEVIL"),
                        "no visible ␛ placeholder after '\(keys)':\n\(result.stdout)")
            }
        }
    }

    // MARK: - check

    @Test func checkQuotesHostileTextEscaped() throws {
        let lesson = #"""
            title: x
            "\e]0;PWNED\atitle\u009b31m\u202e": 1
            steps:
              - "\e[5;31mpoll\x7f": {}
              - rnn: {timesteps: "\e[2J\a", input_dim: 2, hidden_units: 2}

            """#
        let path = try Harness.writeLesson(lesson)
        let result = try Harness.rnnstep(["check", path])
        #expect(result.status == 1)
        let lines = Harness.lines(result.stderr)
        #expect(lines.count >= 3, "expected three diagnostics:\n\(result.stderr)")
        let problems = Self.unsafeParts(result.stderr, allowSGR: false)
        #expect(problems.isEmpty, "check's stderr holds raw controls: \(problems)")
        #expect(result.stderr.contains(#"\u{1B}]0;PWNED\u{07}title\u{9B}31m\u{202E}"#), "stderr:\n\(result.stderr)")
        #expect(result.stderr.contains(#"\u{1B}[5;31mpoll\u{7F}"#), "stderr:\n\(result.stderr)")
        #expect(result.stderr.contains(#"\u{1B}[2J\u{07}"#), "stderr:\n\(result.stderr)")
    }

    @Test func checkQuotesAHostileFileNameEscaped() throws {
        let dir = try Harness.temporaryDirectory()
        let missing = dir.appendingPathComponent("nofile\u{1B}]0;PWNED\u{07}\u{9B}31m.yaml").path
        let result = try Harness.rnnstep(["check", missing])
        #expect(result.status == 1)
        #expect(Self.unsafeParts(result.stderr, allowSGR: false).isEmpty, "stderr: \(result.stderr.debugDescription)")
        #expect(result.stderr.contains(#"\u{1B}]0;PWNED\u{07}"#), "stderr: \(result.stderr.debugDescription)")
    }
}
