import Foundation
import Testing

/// An lstm step played in a real terminal (tmux, 80×24): one timestep, stage by stage.
@Suite(.timeLimit(.minutes(2))) struct GatedPlayTests {
    static let lesson = """
        title: LSTM
        steps:
          - lstm: {timesteps: 10, input_dim: 4, hidden_units: 8, init: normal, scale: 0.5}
        """

    @Test func anLSTMStepsThroughOneTimestepStageByStage() throws {
        let path = try Harness.writeLesson(Self.lesson + "\n")
        guard let t = try PlayTests.session(PlayTests.play(path) + "; exec sleep 600", width: 80, height: 24) else { return }
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        let stages = ["input gate i, g (1/5)", "forget gate f (2/5)", "cell state c_t (3/5)",
                      "output gate o (4/5)", "hidden state h_t (5/5)"]
        for stage in stages {
            try t.send("Right")
            let screen = try t.waitFor(15, stage) { $0.contains("t = 1/10 · " + stage) && $0.contains("q quit") }
            #expect(screen.contains("Wx (32, 4) · Wh (32, 8)"))
        }
        // The last stage shows h_1 in the table; one more → starts t = 2, ← comes back.
        let screen = try t.screen()
        #expect(screen.contains("h_1") && screen.contains("c_1"))
        try t.send("Right")
        try t.waitFor(text: "t = 2/10 · input gate i, g (1/5)")
        try t.send("Left")
        try t.waitFor(text: "t = 1/10 · hidden state h_t (5/5)")
        try t.send(".")
        try t.waitFor(text: "t = 2/10 · hidden state h_t (5/5)")
        try t.send("q")
    }

    @Test func inspectModeOnAnLSTMStep() throws {
        let path = try Harness.writeLesson(Self.lesson + "\n")
        guard let t = try PlayTests.session(PlayTests.play(path, ["--lang", "en"]) + "; exec sleep 600", width: 120, height: 40) else { return }
        try t.waitFor(15, "the first frame") { $0.contains("t = 0/10") && $0.contains("q quit") }
        try t.send("Enter")
        try t.waitFor(15, "inspect mode on the input gate") { $0.contains("t = 1/10 · input gate") && $0.contains("σ → i[0]") && $0.contains("Esc leave") }
        try t.send("Tab")
        try t.waitFor(15, "the cursor on Wx_g[0,0]") { $0.contains("Wx_g[0,0] =") && $0.contains("→ g[0] (unit 0)") }
        try t.send("+")
        let edited = try t.waitFor(15, "the what-if line") { $0.contains("what-if: Wx_g[0,0]") && $0.contains("max |Δh_1|") }
        #expect(edited.contains("✎ what-if"), "no badge:\n\(edited)")
        try t.send("r")
        try t.waitFor(15, "the edit reset") { !$0.contains("what-if") && $0.contains("Esc leave") }
        try t.send("a")
        try t.waitFor(15, "a refused") { $0.contains("gates keep σ and tanh") }
        try t.send("v")
        try t.waitFor(15, "the trajectory chart") { $0.contains("h_t[i] over t") && $0.contains("c_t[i] over t") }
        try t.send("Escape")
        try t.waitFor(15, "inspect mode left") { $0.contains("q quit") && !$0.contains("Esc leave") }
        let result = try Harness.rnnstep(["render", path, "--size", "120x40", "--keys", "<enter><tab>+rav<esc>", "--color", "256", "--lang", "en"])
        #expect(result.status == 0)
        let expected = Harness.lines(Harness.stripSGR(result.stdout))
        let got = try t.waitFor(lines: expected, "the screen of render --keys '<enter><tab>+rav<esc>'")
        #expect(got == expected)
        try t.send("q")
    }
}
