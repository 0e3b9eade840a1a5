import Foundation
import Testing

/// `play` under stress: more ways out, resize storms, poor terminal types, no UTF-8 locale.
@Suite(.timeLimit(.minutes(2))) struct HardeningTerminalTests {
    /// The pid written by `PlayTests.restoreScript`, once the file is there.
    static func pid(in pidFile: String) throws -> pid_t {
        let text = (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), "no pid in \(pidFile)")
    }

    /// A session running `PlayTests.restoreScript` on the chapter's rnn lesson at its first screen.
    static func restoreSession(_ path: String) throws -> (Tmux, pidFile: String)? {
        let pidFile = try Harness.temporaryDirectory().appendingPathComponent("pid").path
        guard let t = try PlayTests.session(PlayTests.restoreScript(path, pidFile: pidFile)) else { return nil }
        try t.waitFor(text: "t = 0/10")
        return (t, pidFile)
    }

    // MARK: - Ways out

    @Test func qWhileTheHelpOverlayIsOpenRestoresTheTerminal() throws {
        let path = try Harness.writeRNNLesson()
        guard let (t, _) = try Self.restoreSession(path) else { return }
        try t.send("?")
        try t.waitFor(text: "Keys (any key closes)")
        try t.send("q")
        try PlayTests.expectRestored(t, status: 0)
    }

    @Test func ctrlCDuringAutoPlayRestoresTheTerminal() throws {
        let path = try Harness.writeRNNLesson()
        guard let (t, _) = try Self.restoreSession(path) else { return }
        try t.send("Space")
        try t.send("+")  // 4 steps a second
        // Auto-play is running when the timestep moves on by itself.
        try t.waitFor(15, "auto-play to reach t = 2") { $0.contains(/t = ([2-9]|10)\/10/) }
        try t.send("C-c")
        try PlayTests.expectRestored(t, status: 130)
    }

    // MARK: - Resize storm

    static let stormSizes: [(Int, Int)] = [(1, 1), (2, 2), (10, 3), (200, 60), (59, 19), (60, 20), (1, 1),
                                            (120, 40), (59, 19), (200, 60), (2, 2), (60, 20), (10, 3), (120, 40)]

    @Test func aResizeStormLeavesTheSameScreenAndQStillRestores() throws {
        let path = try Harness.writeRNNLesson()
        guard let (t, pidFile) = try Self.restoreSession(path) else { return }
        // Back to back, one tmux command each, with key presses mixed in.
        for (i, (w, h)) in Self.stormSizes.enumerated() {
            try t.resize(width: w, height: h)
            if i % 5 == 2 { try t.send("Right") }
        }
        // Then a burst of resizes in one tmux command: SIGWINCHes faster than the program can draw.
        var burst: [String] = []
        for (w, h) in Self.stormSizes + Self.stormSizes {
            burst += ["resize-window", "-t", "0", "-x", "\(w)", "-y", "\(h)", ";"]
        }
        try t.tmuxCommand(burst + ["resize-window", "-t", "0", "-x", "120", "-y", "40"])

        let rights = Self.stormSizes.indices.filter { $0 % 5 == 2 }.count
        let keys = String(repeating: "<right>", count: rights)
        let render = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", keys, "--color", "256"])
        #expect(render.status == 0)
        let expected = Harness.lines(Harness.stripSGR(render.stdout))
        #expect(expected.contains { $0.contains("t = \(rights)/10") })
        let got = try t.waitFor(lines: expected, "the screen of render --keys '\(keys)' after the storm")
        if got != expected {
            for (i, (a, b)) in zip(got, expected).enumerated() where a != b {
                Issue.record("line \(i + 1) differs:\nterminal: \(a)\nrender:   \(b)")
            }
        }
        #expect(kill(try Self.pid(in: pidFile), 0) == 0, "rnnstep is no longer running after the storm")
        try t.send("q")
        try PlayTests.expectRestored(t, status: 0)
    }

    // MARK: - Terminal types

    /// SGR parameters that set a colour (30–37, 40–47, 90–97, 100–107, 38;…, 48;…) in `styled`.
    static func colourParameters(_ styled: String) -> [String] {
        var found: [String] = []
        for match in styled.matches(of: /\x{1B}\[([0-9;:]*)m/) {
            let params = match.1.split(separator: ";").compactMap { Int($0) }
            var i = 0
            while i < params.count {
                let p = params[i]
                if p == 38 || p == 48 { found.append(String(match.1)); break }
                if (30...37).contains(p) || (40...47).contains(p) || (90...97).contains(p) || (100...107).contains(p) {
                    found.append(String(match.1))
                    break
                }
                i += 1
            }
        }
        return found
    }

    /// Runs the rnn lesson with `TERM=term` for rnnstep only, at 80×24, one step in; returns the session and
    /// the screen once `ready` holds for it (the frame can arrive in pieces).
    static func playWithTERM(_ term: String, ready: @escaping (String) -> Bool) throws -> (Tmux, screen: String)? {
        let path = try Harness.writeRNNLesson()
        let command = "TERM=\(term) \(PlayTests.play(path, ["--lang", "en"])); echo \"rnnstep exit $?\"; exec sleep 600"
        // 80×24: the matrices are colour cells there (at 120×40 they print their numbers).
        guard let t = try PlayTests.session(command, width: 80, height: 24) else { return nil }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        return (t, try t.waitFor(15, "the TERM=\(term) screen at t = 1/10") { $0.contains("t = 1/10") && ready($0) })
    }

    /// The Wx heatmap's 8 rows under its header, when all are drawn.
    static func wxRows(_ screen: String) -> [String] {
        PlayTests.column(under: "Wx (8, 4)", rows: 8, in: screen) ?? []
    }

    static let shades: Set<Character> = ["░", "▒", "▓", "█"]

    static func wxHasShades(_ screen: String) -> Bool {
        let wx = wxRows(screen)
        return wx.count == 8 && wx.allSatisfy { $0.contains { shades.contains($0) } }
    }

    @Test func xtermWithEightColoursShowsShadeGlyphsAndColours() throws {
        guard let (t, screen) = try Self.playWithTERM("xterm", ready: { Self.wxHasShades($0) && $0.contains("░▒▓█") })
        else { return }
        #expect(Self.wxHasShades(screen), "the Wx heatmap has no shade glyphs: \(Self.wxRows(screen))\n\(screen)")
        #expect(screen.contains("░▒▓█"), "no shade legend:\n\(screen)")
        let colours = Self.colourParameters(try t.styledScreen())
        #expect(!colours.isEmpty, "TERM=xterm but capture-pane -e shows no colour")
        #expect(!colours.contains { $0.contains("38;5;") || $0.contains("48;5;") || $0.contains(";2;") },
                "TERM=xterm has 8 colours, but 256-colour or truecolor escapes were drawn: \(Set(colours))")
        try t.send("q")
        let end = try t.waitFor(text: "rnnstep exit")
        #expect(end.contains("rnnstep exit 0"), "screen:\n\(end)")
    }

    @Test func vt100WithoutColoursShowsTheGlyphsAndNoColour() throws {
        let ready: (String) -> Bool = { screen in
            let wx = Self.wxRows(screen)
            return screen.contains("neg") && wx.count == 8 && wx.allSatisfy { !$0.isEmpty }
        }
        guard let (t, screen) = try Self.playWithTERM("vt100", ready: ready) else { return }
        #expect(screen.contains("neg"), "no glyph legend (`neg …`) on vt100:\n\(screen)")
        let wx = Self.wxRows(screen)
        #expect(wx.count == 8 && wx.allSatisfy { !$0.isEmpty }, "the Wx heatmap is blank: \(wx)\n\(screen)")
        #expect(!screen.contains("░") && !screen.contains("▒"), "shade glyphs without colours:\n\(screen)")
        let colours = Self.colourParameters(try t.styledScreen())
        #expect(colours.isEmpty, "TERM=vt100 has no colours, but capture-pane -e shows \(Set(colours))")
        try t.send("q")
        let end = try t.waitFor(text: "rnnstep exit")
        #expect(end.contains("rnnstep exit 0"), "screen:\n\(end)")
    }

    // MARK: - No UTF-8 locale

    @Test func langCShowsOnlyASCIIAndEnglish() throws {
        let deck = Harness.packageRoot.appendingPathComponent("lessons").path
        let command = "LANG=C LC_ALL=C \(PlayTests.play(deck, ["--lang", "ko"])); echo \"rnnstep exit $?\"; exec sleep 600"
        guard let t = try PlayTests.session(command) else { return }
        var screens = [try t.waitFor(text: "How to use rnnstep")]
        // The deck's Korean-titled rnn lesson (04), first screen and one timestep in.
        for _ in 0..<3 { try t.send("]") }
        screens.append(try t.waitFor(text: "An RNN in NumPy"))
        for _ in 0..<5 { try t.send("PageDown") }  // step 6 is the rnn step
        try t.waitFor(text: "step 6/9")
        try t.send("End")
        screens.append(try t.waitFor(15, "an rnn step at its last timestep") { $0.contains(/t = (\d+)\/\1/) })
        try t.send("?")
        screens.append(try t.waitFor(text: "Keys"))
        for screen in screens {
            let bad = screen.unicodeScalars.filter { $0.value >= 0x80 }
            #expect(bad.isEmpty, "non-ASCII on the LANG=C screen: \(String(String.UnicodeScalarView(bad.prefix(20))))\n\(screen)")
        }
        try t.send("Escape")
        try t.send("q")
        let end = try t.waitFor(text: "rnnstep exit")
        #expect(end.contains("rnnstep exit 0"), "screen:\n\(end)")
    }
}
