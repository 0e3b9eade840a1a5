import Foundation
import Testing

/// An error thrown during play, and a crash during play, still restore the terminal
/// (the product's `RNNSTEP_TEST_FAULT` hook makes play fail after some frames).
@Suite(.timeLimit(.minutes(2))) struct FaultTests {
    @Test func anErrorDuringPlayRestoresTheTerminalAndExits1() throws {
        let path = try Harness.writeRNNLesson()
        let pidFile = try Harness.temporaryDirectory().appendingPathComponent("pid").path
        // Frame 1 is t = 0, frame 2 is t = 1: the error comes after the second frame.
        guard let t = try PlayTests.session(PlayTests.restoreScript(path, pidFile: pidFile),
                                            environment: ["RNNSTEP_TEST_FAULT": "throw:2"]) else { return }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        try PlayTests.expectRestored(t, status: 1)
        #expect(try t.screen().contains("rnnstep: error: play stopped"))
    }

    @Test func aCrashDuringPlayRestoresTheTerminal() throws {
        let path = try Harness.writeRNNLesson()
        let pidFile = try Harness.temporaryDirectory().appendingPathComponent("pid").path
        guard let t = try PlayTests.session(PlayTests.restoreScript(path, pidFile: pidFile),
                                            environment: ["RNNSTEP_TEST_FAULT": "trap:2", "SWIFT_BACKTRACE": "enable=no"]) else { return }
        try t.waitFor(text: "t = 0/10")
        try t.send("Right")
        let screen = try t.waitFor(15, "the shell after the crash") { $0.contains("rnnstep exit ") && $0.contains("icanon") }
        // A Swift trap is SIGILL or SIGTRAP: 128 + 4 or 128 + 5.
        #expect(screen.contains("rnnstep exit 132") || screen.contains("rnnstep exit 133"), "screen:\n\(screen)")
        let tokens = Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(tokens.contains("echo") && !tokens.contains("-echo"))
        #expect(tokens.contains("icanon") && !tokens.contains("-icanon"))
        #expect(try t.paneFormat("#{alternate_on}") == "0")
        #expect(try t.paneFormat("#{cursor_flag}") == "1")
    }
}
