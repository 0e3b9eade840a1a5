import Foundation
import Testing

/// Deep and bidirectional rnn steps on the command line: trace's passes, check's fit warnings,
/// and lessons 05 and 06 rendering their step-throughs.
@Suite(.timeLimit(.minutes(1))) struct StackCLITests {
    @Test func traceWritesEveryPassAndKeepsSingleLayerObjects() throws {
        let path = try Harness.writeLesson("""
            title: x
            steps:
              - rnn: {timesteps: 3, input_dim: 2, hidden_units: 2, seed: 0}
              - rnn: {timesteps: 3, input_dim: 2, hidden_units: 2, seed: 0, layers: 2, direction: bidirectional}

            """)
        let result = try Harness.rnnstep(["trace", "--grad", path])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        // The single-layer forward object has the keys it always had (and the gradients with --grad).
        #expect(objects[0]["passes"] == nil && objects[0]["loss"] != nil && objects[0]["states"] != nil)
        let passes = try #require(objects[1]["passes"] as? [[String: Any]])
        #expect(passes.map { "\($0["layer"]!) \($0["direction"]!)" } == ["1 forward", "1 backward", "2 forward", "2 backward"])
        #expect(passes.map { $0["input_dim"] as? Int } == [2, 2, 4, 4])
        #expect((objects[1]["outputs"] as? [[Any]])?.map(\.count) == [4, 4, 4])
        #expect(objects[1]["loss"] == nil && objects[1]["direction"] as? String == "bidirectional")
    }

    @Test func checkWarnsWhenAStackDoesNotFit80x24() throws {
        let path = try Harness.writeLesson("""
            title: x
            steps:
              - rnn: {timesteps: 6, input_dim: 2, hidden_units: 8, layers: 2, direction: bidirectional}

            """)
        let result = try Harness.rnnstep(["check", path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(path):3:5: warning: at 80×24 this rnn step's grid needs"))
        #expect(result.stderr.contains("\(path):3:5: warning: at 80×24 this rnn step needs"))
    }

    @Test func lessonsFiveAndSixStepThroughTheirModels() throws {
        let pages = "<pgdn><pgdn><pgdn><pgdn><pgdn><pgdn><pgdn>"
        let deep = try Harness.rnnstep(["render", "lessons/05-deep-rnn.yaml", "--size", "80x24", "--lang", "en", "--keys", pages + "<right><right><right><right><right>"],
                                       cwd: Harness.packageRoot)
        #expect(deep.status == 0, "\(deep.stderr)")
        #expect(deep.stdout.contains("layer 2 → t = 1 · 5/8") && deep.stdout.contains("x_t = layer 1's h_t (3,)"))
        let bi = try Harness.rnnstep(["render", "lessons/06-bidirectional.yaml", "--size", "80x24", "--lang", "ko", "--keys", pages + "<pgdn><right><right><right><right><right>"],
                                     cwd: Harness.packageRoot)
        #expect(bi.status == 0, "\(bi.stderr)")
        #expect(bi.stdout.contains("1층 ← t = 4 · 5/8") && bi.stdout.contains("[h→_4; h←_1]"))
    }
}
