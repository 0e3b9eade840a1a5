import Foundation
import Testing

/// Inspect mode in a real terminal (tmux): Enter, Tab, +, r, a, v and Esc; on a stacked step
/// Enter, the cursor keys, `.` from cell to cell, a refused edit and Esc.
@Suite(.timeLimit(.minutes(2))) struct InspectPlayTests {
    @Test func enterTabPlusResetActivationTrajectoriesEscape() throws {
        let path = try Harness.writeRNNLesson()
        guard let t = try PlayTests.session(PlayTests.play(path, ["--lang", "en"]) + "; exec sleep 600") else { return }
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        try t.send("Enter")
        try t.waitFor(15, "inspect mode at t = 1") { $0.contains("t = 1/10") && $0.contains("Esc leave") && $0.contains("tanh → h_1[0]") }
        try t.send("Tab")
        try t.waitFor(15, "the cursor on Wx[0,0]") { $0.contains("Wx[0,0] =") && $0.contains("(unit 0)") }
        try t.send("+")
        let edited = try t.waitFor(15, "the what-if line") { $0.contains("what-if: Wx[0,0]") && $0.contains("max |Δh_1|") }
        #expect(edited.contains("✎ what-if"), "no badge:\n\(edited)")
        try t.send("r")
        try t.waitFor(15, "the edit reset") { !$0.contains("what-if") && $0.contains("Esc leave") }
        try t.send("a")
        try t.waitFor(15, "ReLU in the equation") { $0.contains("= ReLU( Wx") && $0.contains("what-if: activation ReLU") }
        try t.send("v")
        try t.waitFor(15, "the trajectory chart") { $0.contains("h_t[i] over t") && $0.contains("t = 1") }
        try t.send("Escape")
        try t.waitFor(15, "inspect mode left") { $0.contains("q quit") && !$0.contains("Esc leave") && $0.contains("= ReLU( Wx") }
        // The terminal shows what `render` prints for the same keys.
        let result = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", "<enter><tab>+ra<esc>v", "--color", "256", "--lang", "en"])
        #expect(result.status == 0)
        let expected = Harness.lines(Harness.stripSGR(result.stdout))
        let got = try t.waitFor(lines: expected, "the screen of render --keys '<enter><tab>+rav<esc>'")
        #expect(got == expected)
    }

    @Test func enterOnABidirectionalStackInspectsCellByCell() throws {
        let yaml = """
        title: Stack
        steps:
          - rnn: {timesteps: 4, input_dim: 2, hidden_units: 3, layers: 2, direction: bidirectional, init: normal, scale: 0.8}

        """
        let path = try Harness.writeLesson(yaml, name: "stack.yaml")
        guard let t = try PlayTests.session(PlayTests.play(path, ["--lang", "en"]) + "; exec sleep 600", width: 80, height: 24) else { return }
        try t.waitFor(15, "the first frame") { $0.contains("0/16") && $0.contains("q quit") }
        try t.send("Enter")
        try t.waitFor(15, "inspect mode on the first cell") {
            $0.contains("layer 1 → t = 1 · 1/16") && $0.contains("Esc leave") && $0.contains("tanh → h_1[0]")
        }
        // Four cells on: layer 1's backward pass at t = 4, which starts from h0; the cursor on h0[1].
        for _ in 0..<4 { try t.send(".") }
        try t.send("Left", "Left", "Left", "Left", "Left", "Down")
        try t.waitFor(15, "h0 of the backward pass") {
            $0.contains("layer 1 ← t = 4 · 5/16") && $0.contains("h0[1] =") && $0.contains("h0: this pass's initial state")
        }
        try t.send("+")
        try t.waitFor(15, "the edit refused") { $0.contains("work on single-layer forward rnn steps") && !$0.contains("what-if") }
        try t.send("Escape")
        try t.waitFor(15, "inspect mode left") { $0.contains("q quit") && !$0.contains("Esc leave") && $0.contains("return_sequences=False") }
        // The terminal shows what `render` prints for the same keys.
        let result = try Harness.rnnstep(["render", path, "--size", "80x24", "--keys", "<enter>....<left><left><left><left><left><down>+<esc>",
                                          "--color", "256", "--lang", "en"])
        #expect(result.status == 0)
        let expected = Harness.lines(Harness.stripSGR(result.stdout))
        let got = try t.waitFor(lines: expected, "the screen of render --keys '<enter>....<left>×5<down>+<esc>'")
        #expect(got == expected)
    }
}
