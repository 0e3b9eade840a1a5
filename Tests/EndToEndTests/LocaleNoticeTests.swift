import Foundation
import Testing

/// Korean asked for where no UTF-8 locale is available: the screen falls back to English in
/// ASCII and says so once, with what to do, instead of silently.
@Suite(.timeLimit(.minutes(2))) struct LocaleNoticeTests {
    static let notice = "rnnstep: notice: Korean needs a UTF-8 locale"

    @Test(arguments: [["LANG": "ko_KR.EUC-KR"], ["LANG": "ko_KR.UTF-8-not-a-locale"], ["LANG": "C", "RNNSTEP_LANG_FLAG": "ko"]])
    func renderSaysOnceWhyTheScreenIsEnglish(_ environment: [String: String]) throws {
        var arguments = ["render", "lessons/01-how-to-use.yaml", "--size", "60x20"]
        if let flag = environment["RNNSTEP_LANG_FLAG"] { arguments += ["--lang", flag] }
        let result = try Harness.rnnstep(arguments, environment: environment, removing: ["LC_ALL", "LC_CTYPE", "LC_MESSAGES"],
                                         cwd: Harness.packageRoot)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix(Self.notice), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("LANG=\(environment["LANG"]!)"), "names the setting")
        #expect(result.stderr.contains("LANG=C.UTF-8 with --lang ko"), "says what to do")
        #expect(result.stdout.contains("How to use rnnstep"), "English")
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "ASCII")
    }

    @Test func aUTF8LocaleOrEnglishNeedsNoNotice() throws {
        for (lang, flag) in [("C.UTF-8", "ko"), ("C", "en")] {
            let result = try Harness.rnnstep(["render", "lessons/01-how-to-use.yaml", "--size", "60x20", "--lang", flag],
                                             environment: ["LANG": lang], removing: ["LC_ALL", "LC_CTYPE", "LC_MESSAGES"],
                                             cwd: Harness.packageRoot)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(lang) --lang \(flag): \(result.stderr)")
        }
    }

    @Test func playSaysItOnTheStatusLineAndOnceOnStderr() throws {
        guard let tmux = Harness.requireTmux() else { return }
        let folder = try Harness.temporaryDirectory()
        let command = "cd \(Tmux.quote(folder.path)) && unset LC_ALL; LANG=ko_KR.EUC-KR "
            + Tmux.quote(Harness.binary) + "; echo \"rnnstep exit $?\"; exec sleep 600"
        let t = try Tmux(tmux: tmux, width: 100, height: 30, command: command)
        let screen = try t.waitFor(15, "the first screen and its status line") { $0.contains("(1/") && $0.contains("Korean needs") }
        #expect(screen.contains("Korean needs a UTF-8 locale: LANG=ko_KR.UTF-8, or C.UTF-8 with --lang ko"), "screen:\n\(screen)")
        #expect(screen.contains("How to use rnnstep"))
        try t.send("q")
        let after = try t.waitFor(15, "the shell after rnnstep") { $0.contains("rnnstep exit ") }
        #expect(after.contains("rnnstep exit 0"), "screen:\n\(after)")
        #expect(after.components(separatedBy: Self.notice).count == 2, "once:\n\(after)")
    }
}
