import Foundation
import Testing

/// `rnnstep trace` on lesson 08: the prediction of each sentence equals numpy's over the lesson's own
/// numbers (read with PyYAML, x_t = embedding[token], p = 1/(1 + exp(-(W_y @ h_T + b_y)))).
@Suite(.timeLimit(.minutes(1))) struct SentenceTraceTests {
    static let numpy = """
        import json, sys
        import numpy as np, yaml
        lesson = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
        trace = json.load(open(sys.argv[2], encoding="utf-8"))
        steps = [(i, s["rnn"]) for i, s in enumerate(lesson["steps"]) if "rnn" in s and "tokens" in s["rnn"]]
        assert [o["step"] for o in trace if "tokens" in o] == [i for i, _ in steps], "steps"
        for (i, rnn), o in zip(steps, [o for o in trace if "tokens" in o]):
            tokens = [str(t) for t in rnn["tokens"]]
            assert o["tokens"] == tokens, o["tokens"]
            table = {str(k): v for k, v in rnn["embedding"].items()}
            Wx, Wh, b = np.array(rnn["Wx"], float), np.array(rnn["Wh"], float), np.array(rnn["b"], float)
            Wy, by = np.array(rnn["output"]["W_y"], float), np.array(rnn["output"]["b_y"], float)
            h = np.zeros(len(b))
            ps = [float((1 / (1 + np.exp(-(Wy @ h + by))))[0])]
            for w in tokens:
                h = np.tanh(np.dot(Wx, np.array(table[w], float)) + np.dot(Wh, h) + b)
                ps.append(float((1 / (1 + np.exp(-(Wy @ h + by))))[0]))
            got = [o["initial_prediction"]] + o["predictions"]
            assert max(abs(a - c) for a, c in zip(got, ps)) <= 1e-12, (got, ps)
            assert abs(o["prediction"] - ps[-1]) <= 1e-12
            print(" ".join(tokens), "%.4f" % ps[-1])
        print("ok")
        """

    @Test("trace's tokens and predictions for lesson 08 equal numpy's over the lesson's numbers")
    func traceEqualsNumpy() throws {
        let probe = try Harness.run("/usr/bin/env", ["python3", "-c", "import numpy, yaml"])
        guard probe.status == 0 else {
            print("skipping: python3 with numpy and PyYAML is not available")
            return
        }
        let lesson = Harness.packageRoot.appendingPathComponent("lessons/08-a-real-sentence.yaml").path
        let trace = try Harness.rnnstep(["trace", lesson])
        #expect(trace.status == 0, "\(trace.stderr)")
        let dir = try Harness.temporaryDirectory()
        let json = dir.appendingPathComponent("trace.json"), script = dir.appendingPathComponent("check.py")
        try trace.stdout.write(to: json, atomically: true, encoding: .utf8)
        try Self.numpy.write(to: script, atomically: true, encoding: .utf8)
        let result = try Harness.run("/usr/bin/env", ["python3", script.path, lesson, json.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("ok\n"))
        #expect(result.stdout.contains("the food was really bad 0.0019") && result.stdout.contains("영화가 너무 재미있어요 0.9985"))
    }
}
