import Foundation
import Testing

/// A crash during play still restores the terminal: the crash signals' handlers restore it before
/// the signal ends the process. (An error thrown during play is covered by the play loop's unit
/// tests with the in-memory backend: `PlayLoopTests`.)
@Suite(.timeLimit(.minutes(2))) struct FaultTests {
    enum Crash: String, CaseIterable, CustomTestStringConvertible {
        case sigsegv, sigill, sigabrt
        var testDescription: String { rawValue }
        var number: Int32 { switch self { case .sigsegv: SIGSEGV; case .sigill: SIGILL; case .sigabrt: SIGABRT } }
    }

    @Test(arguments: Crash.allCases)
    func aCrashDuringPlayRestoresTheTerminal(_ crash: Crash) throws {
        let path = try Harness.writeRNNLesson()
        let pidFile = try Harness.temporaryDirectory().appendingPathComponent("pid").path
        guard let t = try PlayTests.session(PlayTests.restoreScript(path, pidFile: pidFile),
                                            environment: ["SWIFT_BACKTRACE": "enable=no"]) else { return }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        try t.waitFor(text: "t = 1/10")
        let pidText = try String(contentsOfFile: pidFile, encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, crash.number) == 0)
        let screen = try t.waitFor(15, "the shell after the crash") { $0.contains("rnnstep exit ") && $0.contains("icanon") }
        #expect(screen.contains("rnnstep exit \(128 + crash.number)"), "screen:\n\(screen)")
        let tokens = Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(tokens.contains("echo") && !tokens.contains("-echo"))
        #expect(tokens.contains("icanon") && !tokens.contains("-icanon"))
        #expect(try t.paneFormat("#{alternate_on}") == "0")
        #expect(try t.paneFormat("#{cursor_flag}") == "1")
    }
}
