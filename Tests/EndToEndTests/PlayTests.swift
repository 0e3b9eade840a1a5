import Foundation
import Testing

/// `rnnstep play` in a real terminal: tmux, `TERM=tmux-256color`, `LANG=C.UTF-8`, 120×40.
@Suite(.timeLimit(.minutes(2))) struct PlayTests {
    /// h_1 as the 120×40 screen prints it in its vector (7 columns per cell: three decimals).
    static let h1Shown = ["0.912", "0.935", "0.931", "0.851", "0.952", "0.764", "0.875", "0.979"]

    /// `rnnstep play PATH ARGS` as a shell word list.
    static func play(_ path: String, _ args: [String] = []) -> String {
        ([Harness.binary, "play", path] + args).map(Tmux.quote).joined(separator: " ")
    }

    /// A tmux session running `command`, or nil (with a skip message or a failure) without tmux.
    static func session(_ command: String, width: Int = 120, height: Int = 40,
                        environment: [String: String] = [:]) throws -> Tmux? {
        guard let tmux = Harness.requireTmux() else { return nil }
        return try Tmux(tmux: tmux, width: width, height: height, command: command, environment: environment)
    }

    /// Starts the one-step rnn lesson and waits for its first screen.
    static func startRNN(_ args: [String] = [], environment: [String: String] = [:]) throws -> Tmux? {
        let path = try Harness.writeRNNLesson()
        guard let t = try session(play(path, args) + "; exec sleep 600", environment: environment) else { return nil }
        // The key bar is the last row drawn: once it is there, the whole first frame is.
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        return t
    }

    /// The values in the column under `header` (e.g. `h_1 (8,)`), one per row below it.
    static func column(under header: String, rows: Int, in screen: String) -> [String]? {
        let lines = Harness.lines(screen).map(Array.init)
        // The band's header row names the tensors; the equation line above it has `=` and `tanh(`.
        guard let row = lines.firstIndex(where: { String($0).contains(header) && !String($0).contains("=") })
        else { return nil }
        let line = String(lines[row])
        guard let range = line.range(of: header) else { return nil }
        let col = line.distance(from: line.startIndex, to: range.lowerBound)
        return (row + 1...row + rows).map { r in
            guard r < lines.count, col < lines[r].count else { return "" }
            return String(lines[r][col...]).trimmingCharacters(in: .whitespaces)
                .components(separatedBy: " ").first ?? ""
        }
    }

    @Test func theFirstScreenShowsTheShapes() throws {
        guard let t = try Self.startRNN() else { return }
        let screen = try t.screen()
        for shape in ["Wx (8, 4)", "Wh (8, 8)", "b (8,)", "(8, 4)", "(8, 8)", "(8,)", "(4,)"] {
            #expect(screen.contains(shape), "\(shape) is not on screen:\n\(screen)")
        }
        #expect(screen.contains("states (10, 8)"))
    }

    @Test func oneRightComputesTheChaptersH1() throws {
        guard let t = try Self.startRNN() else { return }
        try t.send("Right")
        // Wait for the whole frame (its last rows too), not only the header.
        let screen = try t.waitFor(15, "t = 1/10 with h_1's numbers and the key bar") {
            $0.contains("t = 1/10") && $0.contains("0.97864588") && $0.contains("q quit")
        }
        #expect(Self.column(under: "h_1 (8,)", rows: 8, in: screen) == Self.h1Shown, "screen:\n\(screen)")
        for (i, value) in Harness.chapterH1.enumerated() {
            let eight = String(format: "%.8f", value)
            #expect(screen.contains("[\(i)]   \(eight)"), "numbers panel lacks h_1[\(i)] = \(eight)")
        }
        let styled = try t.styledScreen()
        #expect(styled.contains("38;5;") || styled.contains("48;5;") || styled.contains("38;2;"),
                "no colour escapes in capture-pane -e")
    }

    @Test func tenRightsReachTheLastTimestepAndLeftGoesBack() throws {
        guard let t = try Self.startRNN() else { return }
        for _ in 0..<10 { try t.send("Right") }
        try t.waitFor(text: "t = 10/10")
        try t.send("Right")  // past the end of the lesson's only step: nothing more to compute
        try t.send("Left")
        try t.waitFor(text: "t = 9/10")
    }

    @Test func homeAndEndJumpToTheFirstAndLastTimestep() throws {
        guard let t = try Self.startRNN() else { return }
        try t.send("End")
        try t.waitFor(text: "t = 10/10")
        try t.send("Home")
        try t.waitFor(text: "t = 0/10")
    }

    /// Waits for the shell after rnnstep and checks the exit status and that the terminal is sane.
    static func expectRestored(_ t: Tmux, status: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try t.waitFor(15, "the shell's stty -a after rnnstep", sourceLocation: sourceLocation) {
            $0.contains("rnnstep exit ") && $0.contains("icanon")
        }
        #expect(screen.contains("rnnstep exit \(status)\n"), "screen:\n\(screen)", sourceLocation: sourceLocation)
        let tokens = Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(tokens.contains("echo") && !tokens.contains("-echo"), "stty: echo is off", sourceLocation: sourceLocation)
        #expect(tokens.contains("icanon") && !tokens.contains("-icanon"), "stty: icanon is off",
                sourceLocation: sourceLocation)
        #expect(try t.paneFormat("#{alternate_on}") == "0", "still on the alternate screen",
                sourceLocation: sourceLocation)
        #expect(try t.paneFormat("#{cursor_flag}") == "1", "the cursor is still hidden", sourceLocation: sourceLocation)
        #expect(!screen.contains("tanh("), "the program's screen is still visible:\n\(screen)",
                sourceLocation: sourceLocation)
    }

    /// A shell that runs rnnstep in the foreground, records its pid, then prints its status and `stty -a`.
    /// The shell ignores SIGINT with a trap (reset to default for rnnstep) so that Ctrl-C only reaches rnnstep.
    static func restoreScript(_ path: String, pidFile: String) -> String {
        let inner = "echo $$ > \(Tmux.quote(pidFile)); exec \(play(path))"
        return "trap : INT; sh -c \(Tmux.quote(inner)); echo \"rnnstep exit $?\"; stty -a; exec sleep 600"
    }

    @Test func qQuitsWithStatus0AndRestoresTheTerminal() throws {
        let path = try Harness.writeRNNLesson()
        let pidFile = try Harness.temporaryDirectory().appendingPathComponent("pid").path
        guard let t = try Self.session(Self.restoreScript(path, pidFile: pidFile)) else { return }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        try t.waitFor(text: "t = 1/10")
        try t.send("q")
        try Self.expectRestored(t, status: 0)
    }

    enum Stop: String, CaseIterable, CustomTestStringConvertible {
        case ctrlC, sigterm, sighup
        var testDescription: String { rawValue }
        var status: Int { switch self { case .ctrlC: 130; case .sigterm: 143; case .sighup: 129 } }
    }

    @Test(arguments: Stop.allCases)
    func stoppingRestoresTheTerminal(_ stop: Stop) throws {
        let path = try Harness.writeRNNLesson()
        let pidFile = try Harness.temporaryDirectory().appendingPathComponent("pid").path
        guard let t = try Self.session(Self.restoreScript(path, pidFile: pidFile)) else { return }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        try t.waitFor(text: "t = 1/10")
        switch stop {
        case .ctrlC:
            try t.send("C-c")
        case .sigterm, .sighup:
            let pidText = try String(contentsOfFile: pidFile, encoding: .utf8)
            let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(kill(pid, stop == .sigterm ? SIGTERM : SIGHUP) == 0)
        }
        try Self.expectRestored(t, status: stop.status)
    }

    @Test func renderPrintsWhatTheTerminalShows() throws {
        let path = try Harness.writeRNNLesson()
        guard let t = try Self.session(Self.play(path, ["--lang", "en"]) + "; exec sleep 600") else { return }
        let checkpoints: [(tmux: [String], render: String)] = [
            ([], ""),
            (["Right"], "<right>"),
            (["Right", "Right"], "<right><right><right>"),
            (["End"], "<right><right><right><end>"),
            (["Left", "Left"], "<right><right><right><end><left><left>"),
        ]
        for (tmuxKeys, renderKeys) in checkpoints {
            for key in tmuxKeys { try t.send(key) }
            // tmux-256color gives play the 256-colour mode; heatmap cells are then coloured spaces.
            let result = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", renderKeys,
                                              "--color", "256", "--lang", "en"])
            #expect(result.status == 0)
            let expected = Harness.lines(Harness.stripSGR(result.stdout))
            let got = try t.waitFor(lines: expected, "the screen of render --keys '\(renderKeys)'")
            if got != expected {
                for (i, (a, b)) in zip(got, expected).enumerated() where a != b {
                    Issue.record("line \(i + 1) differs after '\(renderKeys)':\nterminal: \(a)\nrender:   \(b)")
                }
            }
        }
    }

    @Test func renderOfTheDeckInKoreanPrintsWhatTheTerminalShows() throws {
        let deck = Harness.packageRoot.appendingPathComponent("lessons").path
        guard let t = try Self.session(Self.play(deck, ["--lang", "ko"]) + "; exec sleep 600") else { return }
        for (tmuxKeys, renderKeys) in [([String](), ""), (["PageDown"], "<pgdn>"), (["Tab"], "<pgdn><tab>")] {
            for key in tmuxKeys { try t.send(key) }
            let result = try Harness.rnnstep(["render", deck, "--size", "120x40", "--keys", renderKeys,
                                              "--color", "256", "--lang", "ko"])
            let expected = Harness.lines(Harness.stripSGR(result.stdout))
            try t.waitFor(lines: expected, "the screen of render --lang ko --keys '\(renderKeys)'")
        }
    }

    @Test func resizingRelaysTheScreen() throws {
        let path = try Harness.writeRNNLesson()
        guard let t = try Self.session(Self.play(path, ["--lang", "en"]) + "; echo \"rnnstep exit $?\"; exec sleep 600")
        else { return }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        try t.waitFor(text: "t = 1/10")

        try t.resize(width: 70, height: 22)
        let small = try Harness.rnnstep(["render", path, "--size", "70x22", "--keys", "<right>", "--color", "256",
                                         "--lang", "en"])
        let smallLines = Harness.lines(Harness.stripSGR(small.stdout))
        let got = try t.waitFor(lines: smallLines, "the screen re-laid at 70×22")
        #expect(got.first?.contains("t = 1/10") == true, "the header lost `t = 1/10`: \(got.first ?? "")")
        #expect(got.count == 22)

        try t.resize(width: 40, height: 10)
        let tiny = try t.waitFor(15, "'terminal too small' at 40×10") { $0.contains("too small") }
        #expect(tiny.contains("terminal too small"), "screen:\n\(tiny)")
        #expect(tiny.contains("60×20") || tiny.contains("60x20"), "the minimum size is not named:\n\(tiny)")

        try t.resize(width: 120, height: 40)
        let full = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", "<right>", "--color", "256",
                                        "--lang", "en"])
        try t.waitFor(lines: Harness.lines(Harness.stripSGR(full.stdout)), "the normal screen back at 120×40")

        try t.send("q")
        try t.waitFor(text: "rnnstep exit 0")
    }

    @Test func koreanAndLSwitchesToEnglish() throws {
        let deck = Harness.packageRoot.appendingPathComponent("lessons").path
        guard let t = try Self.session(Self.play(deck, ["--lang", "ko"]) + "; exec sleep 600") else { return }
        let ko = try t.waitFor(text: "rnnstep 사용법")
        for line in Harness.lines(ko) { #expect(Harness.displayWidth(line) <= 120) }
        try t.send("L")
        let en = try t.waitFor(text: "How to use rnnstep")
        #expect(!en.contains("사용법"), "Korean title left after L:\n\(en)")
    }

    @Test func questionMarkShowsTheKeysAndAnyKeyClosesThem() throws {
        guard let t = try Self.startRNN(["--lang", "en"]) else { return }
        let before = try t.screenLines()
        try t.send("?")
        // The key bar at the bottom already says `PgDn` and `quit`: look for the overlay's own rows.
        let help = try t.waitFor(15, "the whole key overlay") {
            $0.contains("Keys (any key closes)") && $0.contains("Ctrl-L") && $0.contains("└")
        }
        // One column or two (the right column has no │ before it): a key, two spaces or more, its help.
        #expect(help.contains(/PgDn n +next step/), "the overlay does not list PgDn:\n\(help)")
        #expect(help.contains(/\sq {2,}quit/), "the overlay does not list quit:\n\(help)")
        #expect(help.contains(/\sm {2,}lesson menu/), "the overlay does not list the lesson menu:\n\(help)")
        #expect(help.contains(/Ctrl-L +redraw/), "the overlay does not list Ctrl-L:\n\(help)")
        try t.send("x")
        try t.waitFor(lines: before, "the screen without the overlay")
    }

    @Test func ctrlLRepaintsTheSameScreen() throws {
        guard let t = try Self.startRNN(["--lang", "en"]) else { return }
        try t.send("Right")
        try t.waitFor(15, "the whole t = 1 frame") { $0.contains("t = 1/10") && $0.contains("0.97864588") && $0.contains("q quit") }
        let before = try t.screenLines()
        // Scribble on the terminal behind the program's back, then ask it to repaint.
        let tty = try t.paneFormat("#{pane_tty}")
        let handle = try #require(FileHandle(forWritingAtPath: tty), "cannot open \(tty)")
        handle.write(Data("\u{1B}[5;10HSCRIBBLE-SCRIBBLE".utf8))
        try handle.close()
        try t.waitFor(text: "SCRIBBLE-SCRIBBLE")
        try t.send("C-l")
        try t.waitFor(lines: before, "the screen repainted by Ctrl-L")
    }

    @Test func noColorDrawsGlyphsAndNoColours() throws {
        guard let t = try Self.startRNN(["--lang", "en"], environment: ["NO_COLOR": "1"]) else { return }
        try t.send("Right")
        let screen = try t.waitFor(15, "t = 1/10 with the legend") { $0.contains("t = 1/10") && $0.contains("neg") && $0.contains("q quit") }
        let styled = try t.styledScreen()
        for escape in ["38;5;", "48;5;", "38;2;", "48;2;"] {
            #expect(!styled.contains(escape), "NO_COLOR but capture-pane -e has \(escape)")
        }
        #expect(screen.contains("neg"), "no glyph legend with NO_COLOR:\n\(screen)")
        // Heatmaps are drawn with glyphs: the Wx band is not blank.
        let wx = Self.column(under: "Wx (8, 4)", rows: 8, in: screen) ?? []
        #expect(wx.count == 8 && wx.allSatisfy { !$0.isEmpty }, "Wx heatmap is blank: \(wx)")
    }

    @Test(arguments: ["unset TERM", "export TERM=dumb"])
    func playWithoutAUsableTERMExits1(_ setup: String) throws {
        let path = try Harness.writeRNNLesson()
        guard let t = try Self.session("\(setup); \(Self.play(path)); echo \"rnnstep exit $?\"; exec sleep 600")
        else { return }
        let screen = try t.waitFor(text: "rnnstep exit")
        #expect(screen.contains("rnnstep exit 1"), "screen:\n\(screen)")
        #expect(screen.contains("rnnstep: error:") || screen.contains("error"), "no message:\n\(screen)")
        #expect(screen.contains("TERM"), "the message does not name TERM:\n\(screen)")
    }
}

/// Truecolor in a real terminal: `play` with `COLORTERM=truecolor` shows the 24-bit colours
/// `render --color truecolor` prints, cell for cell.
@Suite(.timeLimit(.minutes(2))) struct TruecolorPlayTests {
    /// The 24-bit background colour of every cell of `line` that has one, by column.
    static func backgrounds(_ line: String) -> [Int: String] {
        var out: [Int: String] = [:]
        var column = 0
        var bg: String?
        var scalars = Array(line.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if s == "\u{1B}", scalars.first == "[" {
                var params = ""
                scalars = scalars.dropFirst()
                while let p = scalars.first, p != "m" { params.unicodeScalars.append(p); scalars = scalars.dropFirst() }
                scalars = scalars.dropFirst()
                var parts = params.split(separator: ";", omittingEmptySubsequences: false).map(String.init)[...]
                while let p = parts.first {
                    parts = parts.dropFirst()
                    switch p {
                    case "", "0", "49": bg = nil
                    case "48":
                        if parts.first == "2", parts.count >= 4 {
                            bg = parts.dropFirst().prefix(3).joined(separator: ";")
                            parts = parts.dropFirst(4)
                        } else if parts.first == "5" {
                            bg = "index " + (parts.dropFirst().first ?? "")
                            parts = parts.dropFirst(2)
                        }
                    case "38": parts = parts.dropFirst(parts.first == "2" ? 4 : 2)
                    default: break
                    }
                }
                continue
            }
            if let bg { out[column] = bg }
            column += Harness.columns(s)
        }
        return out
    }

    @Test func playShowsTheColoursRenderPrints() throws {
        let path = try Harness.writeRNNLesson()
        guard let t = try PlayTests.session(PlayTests.play(path, ["--lang", "en"]) + "; exec sleep 600",
                                            environment: ["COLORTERM": "truecolor"]) else { return }
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        for _ in 0..<5 { try t.send("Right") }
        try t.waitFor(15, "t = 5/10 with the key bar") { $0.contains("t = 5/10") && $0.contains("q quit") }
        let result = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", "<right><right><right><right><right>",
                                          "--color", "truecolor", "--lang", "en"])
        #expect(result.status == 0)
        let expected = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { Self.backgrounds(String($0)) }
        let got = try t.styledScreen().split(separator: "\n", omittingEmptySubsequences: false).map { Self.backgrounds(String($0)) }
        let coloured = expected.reduce(0) { $0 + $1.count }
        #expect(coloured > 100, "render printed \(coloured) coloured cells")
        #expect(!got.joined().contains { $0.value.hasPrefix("index") }, "play used palette colours")
        for row in 0..<min(expected.count, got.count) where expected[row] != got[row] {
            let diff = expected[row].filter { got[row][$0.key] != $0.value }.sorted { $0.key < $1.key }.prefix(3)
            Issue.record("row \(row + 1): \(diff.map { "col \($0.key): render \($0.value), play \(got[row][$0.key] ?? "none")" })")
        }
    }
}
