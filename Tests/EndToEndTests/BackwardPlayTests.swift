import Foundation
import Testing

/// The backward view in a real terminal (tmux): `b`, `→`, `←`, `b`, at 120×40 and at 80×24 with
/// `LANG=C` and `NO_COLOR`.
@Suite(.timeLimit(.minutes(2))) struct BackwardPlayTests {
    @Test func bRightLeftAndBAgain() throws {
        let path = try Harness.writeRNNLesson()
        guard let t = try PlayTests.session(PlayTests.play(path, ["--lang", "en"]) + "; exec sleep 600") else { return }
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        try t.send("Right", "Right")
        try t.waitFor(text: "t = 2/10")

        try t.send("b")
        let first = try t.waitFor(15, "the backward view at t = T") {
            $0.contains("backward t = 10/10") && $0.contains("∂L/∂h_10 (8,)") && $0.contains("one step further back")
        }
        for shape in ["1−h_10² (8,)", "δ_10 (8,)", "∂L/∂h_9 (8,)", "dWx (8, 4)", "dWh (8, 8)", "db (8,)", "‖∂L/∂x_t‖"] {
            #expect(first.contains(shape), "\(shape) is not on screen:\n\(first)")
        }
        try t.send("Right")
        try t.waitFor(15, "t = 9 of the backward pass") { $0.contains("backward t = 9/10") && $0.contains("δ_9 (8,)") }
        try t.send("Right")
        try t.waitFor(text: "backward t = 8/10")
        try t.send("Left")
        let back = try t.waitFor(15, "t = 9 again") { $0.contains("backward t = 9/10") && $0.contains("δ_9 (8,)") }
        // The terminal shows what `render` prints for the same keys.
        let result = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", "<right><right>b<right><right><left>",
                                          "--color", "256", "--lang", "en"])
        #expect(result.status == 0)
        let expected = Harness.lines(Harness.stripSGR(result.stdout))
        let got = try t.waitFor(lines: expected, "the screen of render --keys '<right><right>b<right><right><left>'")
        #expect(got == expected, "terminal:\n\(back)")

        try t.send("b")
        try t.waitFor(15, "the forward view at t = 2") { $0.contains("t = 2/10") && $0.contains("q quit") && !$0.contains("backward") }
    }

    @Test func asciiWithoutColourAt80x24() throws {
        let path = try Harness.writeRNNLesson()
        let command = "LANG=C LC_ALL=C " + PlayTests.play(path) + "; exec sleep 600"
        guard let t = try PlayTests.session(command, width: 80, height: 24, environment: ["NO_COLOR": "1"]) else { return }
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        try t.send("b", "Right")
        let screen = try t.waitFor(15, "the ASCII backward view") {
            $0.contains("backward t = 9/10") && $0.contains("dL/dh_9 (8,)") && $0.contains("q quit")
        }
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on the LANG=C screen:\n\(screen)")
        for text in ["dz_9 (8,)", "1-h_9^2 (8,)", "dWx (8, 4)", "|dL/dx_t| (log scale)", "neg", "1e-29"] {
            #expect(screen.contains(text), "\(text) is not on screen:\n\(screen)")
        }
        let styled = try t.styledScreen()
        for escape in ["38;5;", "48;5;", "38;2;", "48;2;"] {
            #expect(!styled.contains(escape), "NO_COLOR but capture-pane -e has \(escape)")
        }
        try t.send("b")
        try t.waitFor(15, "the forward view") { $0.contains("t = 0/10") && !$0.contains("backward") }
    }
}
