import Foundation
import Lessons
import RNNCore
import Testing

/// Lesson 08: its quiz agrees with the engine, and its weights are what scripts/train_sentiment.py gives.
@Suite struct SentenceLessonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func lesson() throws -> Lesson {
        try LessonLoader.load(path: root.appendingPathComponent("lessons/08-a-real-sentence.yaml").path)
    }

    @Test("the quiz's right answer is the word whose p_t − p_{t−1} the engine finds largest, and it is asked before that sentence")
    func quizAnswerIsTheEnginesWord() throws {
        let steps = try Self.lesson().steps
        let quizIndex = try #require(steps.firstIndex { if case .quiz = $0.kind { true } else { false } })
        guard case .quiz(let quiz) = steps[quizIndex].kind else { return }
        // The sentence the quiz asks about is the next rnn step: the reveal comes after the question.
        let next = try #require(steps[(quizIndex + 1)...].first { if case .rnn = $0.kind { true } else { false } })
        guard case .rnn(let spec) = next.kind, let sentence = spec.sentence, let output = spec.output else {
            Issue.record("the step after the quiz does not read a sentence with an output layer")
            return
        }
        let track = PredictionTrack(try RNNRun(spec: spec).completed(), output: output)
        let moved = try #require(track.largestChange(through: sentence.timesteps))
        let answer = try #require(quiz.choices[quiz.answer].en)
        #expect(answer.hasPrefix(sentence.word(at: moved) + " "), "the engine's word is \(sentence.word(at: moved)), the quiz says \(answer)")
        // Every choice is one of the sentence's words, in order.
        #expect(quiz.choices.compactMap { $0.en?.split(separator: " ").first.map(String.init) } == sentence.tokens)
        // The explanation's numbers are the engine's, to three decimals.
        let explain = try #require(quiz.explain.en)
        for t in 0...sentence.timesteps {
            #expect(explain.contains(NumberFormat3.text(track.predictions[t])), "p_\(t) = \(track.predictions[t]) is not in the explanation")
        }
        #expect(explain.contains(NumberFormat3.signed(track.change(at: moved))))
    }

    @Test("the lesson's two sentences end on the right side of 0.5: a negative English, a positive Korean review")
    func predictions() throws {
        var seen: [String: Double] = [:]
        for step in try Self.lesson().steps {
            guard case .rnn(let spec) = step.kind, let sentence = spec.sentence, let output = spec.output else { continue }
            let run = try RNNRun(spec: spec).completed()
            seen[sentence.tokens.joined(separator: " ")] = output.prediction(run.state(at: run.timesteps))
        }
        #expect(seen.count == 2)
        #expect(try #require(seen["the food was really bad"]) < 0.5)
        #expect(try #require(seen["영화가 너무 재미있어요"]) >= 0.5)
    }

    @Test("the committed weights are what scripts/train_sentiment.py trains (--check), and the prose's accuracy is its output")
    func weightsAreTheScripts() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import numpy"]
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            print("skipping: python3 with numpy is not available (scripts/train_sentiment.py needs it)")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/train_sentiment.py").path, "--check"]
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(out)\(err)")
        let accuracy = try #require(out.firstMatch(of: /held-out accuracy (\d+)\/(\d+)/))
        let claim = "\(accuracy.1)/\(accuracy.2)"
        let prose = try Self.lesson().steps.compactMap { if case .text(let t) = $0.kind { t } else { nil } }
        #expect(prose.contains { ($0.en ?? "").contains("(\(claim))") && ($0.ko ?? "").contains("(\(claim))") },
                "the lesson's prose does not report the held-out accuracy \(claim)")
    }
}

/// Numbers as the lesson's prose writes them: three decimals, `−` for minus.
enum NumberFormat3 {
    static func text(_ v: Double) -> String { String(format: "%.3f", v) }
    static func signed(_ v: Double) -> String { (v < 0 ? "−" : "+") + String(format: "%.3f", abs(v)) }
}
