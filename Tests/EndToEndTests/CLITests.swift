import Foundation
import Testing

/// The command line without a terminal: exit codes, diagnostics, trace and summary output.
@Suite(.timeLimit(.minutes(1))) struct CLITests {
    @Test func checkAcceptsTheChaptersDeck() throws {
        let result = try Harness.rnnstep(["check", "lessons"], cwd: Harness.packageRoot)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("error:"))
        // Clean: no step of the chapter's deck teaches badly (too big for 80×24, one language only).
        #expect(!result.stderr.contains("warning:"), "stderr: \(result.stderr)")
    }

    @Test func checkReportsAnUnknownKeyAtItsLineAndColumn() throws {
        let path = try Harness.writeLesson("""
            title: Bad
            steps:
              - rnn:
                  timesteps: 10
                  input_dim: 4
                  hidden_units: 8
                  hidden_unit: 8

            """, name: "bad.yaml")
        let result = try Harness.rnnstep(["check", path])
        #expect(result.status == 1)
        let lines = Harness.lines(result.stderr).filter { !$0.isEmpty }
        #expect(lines.count == 2, "one line per error and the summary line: \(result.stderr)")
        #expect(lines.last == "1 lesson, 0 steps: 1 error")
        let line = try #require(lines.first)
        #expect(line.hasPrefix("\(path):7:7: error: "), "got: \(line)")
        #expect(line.contains("hidden_unit"))
        #expect(result.stdout.isEmpty)
    }

    @Test
    func checkPrintsExactlyOneLinePerError() throws {
        let path = try Harness.writeLesson("title: Bad\nsteps:\n  - text: hi\n    hidden_unit: 1\n", name: "bad.yaml")
        let result = try Harness.rnnstep(["check", path])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "\n") == [Harness.lines(result.stderr)[0], "1 lesson, 0 steps: 1 error", ""],
                "stderr is not exactly one line and the summary: \(result.stderr.debugDescription)")
    }

    @Test func checkOfAMissingFileExits1() throws {
        let path = try Harness.temporaryDirectory().appendingPathComponent("nope.yaml").path
        let result = try Harness.rnnstep(["check", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(path) && result.stderr.contains("error:"), "stderr: \(result.stderr)")
    }

    @Test(arguments: [["check"], ["trace"], ["summary"], ["lessons", "export"]])
    func aSubcommandWithoutItsPathIsAUsageError(_ arguments: [String]) throws {
        let result = try Harness.rnnstep(arguments)
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [["--bogus"], ["check", "--bogus", "lessons"], ["render", "lessons", "--frobnicate"]])
    func anUnknownOptionIsAUsageError(_ arguments: [String]) throws {
        let result = try Harness.rnnstep(arguments, cwd: Harness.packageRoot)
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("--bogus") || result.stderr.contains("--frobnicate"))
    }

    @Test(arguments: [("chek", "check"), ("rendr", "render"), ("trce", "trace")])
    func aMistypedSubcommandSuggestsTheRightOne(_ typed: String, _ meant: String) throws {
        let result = try Harness.rnnstep([typed], cwd: try Harness.temporaryDirectory())
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("did you mean \(meant)?"), "stderr: \(result.stderr)")
    }

    @Test func aLessonFileNamedLikeACommandIsStillPlayed() throws {
        let dir = try Harness.temporaryDirectory()
        try "title: T\nsteps:\n  - text: hi\n".write(to: dir.appendingPathComponent("chek"), atomically: true, encoding: .utf8)
        let result = try Harness.rnnstep(["chek"], cwd: dir)
        #expect(!result.stderr.contains("did you mean"), "an existing path is not a typo: \(result.stderr)")
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try Harness.rnnstep(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            .wholeMatch(of: /\d+\.\d+\.\d+.*/) != nil, "stdout: \(result.stdout)")
    }

    @Test func helpListsTheSubcommands() throws {
        let result = try Harness.rnnstep(["--help"])
        #expect(result.status == 0)
        for command in ["play", "check", "trace", "summary", "render"] {
            #expect(result.stdout.contains(command), "--help does not mention \(command)")
        }
    }

    // MARK: trace

    struct TraceStep: Decodable {
        var step: Int
        var timesteps: Int
        var input_dim: Int
        var hidden_units: Int
        var inputs: [[Double]]
        var Wx: [[Double]]
        var Wh: [[Double]]
        var b: [Double]
        var h0: [Double]
        var preactivations: [[Double]]
        var states: [[Double]]
    }

    @Test func traceGivesTheChaptersNumbers() throws {
        let path = try Harness.writeRNNLesson()
        let result = try Harness.rnnstep(["trace", path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let trace = try JSONDecoder().decode([TraceStep].self, from: Data(result.stdout.utf8))
        #expect(trace.count == 1)
        let step = try #require(trace.first)
        #expect(step.step == 0)
        #expect(step.timesteps == 10 && step.input_dim == 4 && step.hidden_units == 8)
        #expect(step.inputs.count == 10 && step.inputs.allSatisfy { $0.count == 4 })
        #expect(step.Wx.count == 8 && step.Wx.allSatisfy { $0.count == 4 })
        #expect(step.Wh.count == 8 && step.Wh.allSatisfy { $0.count == 8 })
        #expect(step.b.count == 8 && step.h0 == Array(repeating: 0, count: 8))
        #expect(step.preactivations.count == 10 && step.states.count == 10)
        #expect(step.inputs[0][0] == 0.5488135039273248)
        let h1 = try #require(step.states.first)
        #expect(h1.count == 8)
        for (got, want) in zip(h1, Harness.chapterH1) {
            #expect(abs(got - want) <= 1e-12, "h_1: \(got) vs numpy \(want)")
        }
        // states = tanh(preactivations), as the engine's record says.
        for (z, h) in zip(step.preactivations.joined(), step.states.joined()) {
            #expect(abs(tanh(z) - h) <= 1e-15)
        }
    }

    @Test func traceFieldsAreInTheDocumentedOrder() throws {
        let path = try Harness.writeRNNLesson()
        let text = try Harness.rnnstep(["trace", path]).stdout
        let keys = text.matches(of: /"([A-Za-z_0-9]+)"\s*:/).map { String($0.1) }
        #expect(keys == ["kind", "step", "timesteps", "input_dim", "hidden_units", "inputs", "Wx", "Wh", "b", "h0",
                         "preactivations", "states"])
    }

    // MARK: summary

    static let chapterSummary = """
        Model: "sequential"
        _________________________________________________________________
         Layer (type)                Output Shape              Param #   
        =================================================================
         simple_rnn (SimpleRNN)      (None, 3)                 42        
                                                                         
        =================================================================
        Total params: 42
        Trainable params: 42
        Non-trainable params: 0
        _________________________________________________________________

        """

    @Test func summaryPrintsTheChaptersBlock() throws {
        let path = Harness.packageRoot.appendingPathComponent("lessons/03-keras-simplernn.yaml").path
        let result = try Harness.rnnstep(["summary", path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix(Self.chapterSummary), "got:\n\(result.stdout)")
    }

    @Test func summaryOfTheDeckFolderEqualsEveryLessonsSummariesInOrder() throws {
        let folder = Harness.packageRoot.appendingPathComponent("lessons").path
        let whole = try Harness.rnnstep(["summary", folder])
        #expect(whole.status == 0, "stderr: \(whole.stderr)")
        var joined: [String] = []
        for path in try Harness.deckLessons() {
            let one = try Harness.rnnstep(["summary", path]).stdout
            if !one.isEmpty { joined.append(one) }
        }
        #expect(whole.stdout == joined.joined(separator: "\n"))
        #expect(whole.stdout.contains("Total params: 529,441"))
    }

    @Test func traceOfAFolderIsAUsageError() throws {
        let folder = Harness.packageRoot.appendingPathComponent("lessons").path
        let result = try Harness.rnnstep(["trace", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("trace takes one lesson file"))
    }

    @Test func theDecksSummariesHaveEveryRowOfTheChapter() throws {
        var all = ""
        for path in try Harness.deckLessons() {
            let result = try Harness.rnnstep(["summary", path])
            #expect(result.status == 0, "\(path): \(result.stderr)")
            all += result.stdout
        }
        let rows: [Regex<Substring>] = [
            #/simple_rnn \(SimpleRNN\) +\(None, 3\) +42 /#,
            #/simple_rnn \(SimpleRNN\) +\(8, 3\) +42 /#,
            #/simple_rnn \(SimpleRNN\) +\(8, 2, 3\) +42 /#,
            #/simple_rnn \(SimpleRNN\) +\(None, 10, 8\) +112 /#,
            #/simple_rnn_1 \(SimpleRNN\) +\(None, 10, 8\) +136 /#,
            #/Total params: 248\n/#,
            #/bidirectional \(Bidirectional\) +\(None, 10, 16\) +224 /#,
            #/bidirectional_1 \(Bidirectional\) +\(None, 10, 16\) +400 /#,
            #/Total params: 1,424\n/#,
            #/embedding \(Embedding\) +\(None, None, 100\) +500000 /#,
            #/simple_rnn \(SimpleRNN\) +\(None, 128\) +29312 /#,
            #/dense \(Dense\) +\(None, 1\) +129 /#,
            #/Total params: 529,441\nTrainable params: 529,441\nNon-trainable params: 0\n/#,
        ]
        for row in rows {
            #expect(all.contains(row), "a summary row of the chapter is missing; output:\n\(all)")
        }
        // Every row line is as wide as its rules (a row never wraps).
        for block in all.components(separatedBy: "Model: ").dropFirst() {
            let lines = block.components(separatedBy: "\n")
            let rule = try #require(lines.first { $0.hasPrefix("___") })
            for line in lines where line.hasPrefix(" ") {
                #expect(line.count == rule.count, "row \(line.debugDescription) is not \(rule.count) wide")
            }
        }
    }

    // MARK: play without a terminal

    @Test func playWithoutATerminalPointsToRender() throws {
        let path = try Harness.writeRNNLesson()
        let result = try Harness.rnnstep(["play", path], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("render"), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func playWithoutTERMOrWithADumbTerminalExits1() throws {
        let path = try Harness.writeRNNLesson()
        for (env, removing) in [([String: String](), ["TERM"]), (["TERM": "dumb"], [])] {
            let result = try Harness.rnnstep(["play", path], environment: env, removing: removing)
            #expect(result.status == 1, "TERM=\(env["TERM"] ?? "unset")")
            #expect(result.stderr.contains("error"), "TERM=\(env["TERM"] ?? "unset"): \(result.stderr)")
            #expect(Harness.lines(result.stderr).count == 1)
        }
    }
}
