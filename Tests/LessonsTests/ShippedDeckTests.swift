import Foundation
import Lessons
import RNNCore
import Testing

/// The chapter's deck in `lessons/`: valid, bilingual, and covering the chapter.
@Suite struct ShippedDeckTests {
    static let deckPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path

    static func deck() throws -> [Lesson] {
        let (files, problems) = LessonLoader.deckPaths([deckPath])
        #expect(problems.isEmpty)
        return try files.map { try LessonLoader.load(path: $0) }
    }

    /// Every text of a step, with what it is.
    static func texts(_ step: Step) -> [(String, LocalizedText)] {
        switch step.kind {
        case .text(let t): return [("text", t)]
        case .quiz(let q):
            return [("question", q.question), ("explain", q.explain)] + q.choices.map { ("choice", $0) }
        case .diagram(let d): return [("art", d.art)] + (d.caption.map { [("caption", $0)] } ?? [])
        case .code, .summary, .rnn, .gated: return []
        }
    }

    @Test func everyTextHasKoreanAndEnglish() throws {
        for lesson in try Self.deck() {
            let all = [("title", lesson.title)] + lesson.steps.flatMap(Self.texts)
            for (what, text) in all {
                if let plain = text.plain {
                    // A plain string is shown in both languages: only for language-free text such as "(8, 3)".
                    #expect(!plain.replacingOccurrences(of: "None", with: "").contains { $0.isLetter },
                            "\(lesson.path): \(what) is a plain string with words: \(plain)")
                } else {
                    #expect(!(text.ko ?? "").isEmpty && !(text.en ?? "").isEmpty, "\(lesson.path): \(what) lacks a language")
                    #expect(text.ko?.contains(where: { ("가"..."힣").contains($0) }) == true || what == "art",
                            "\(lesson.path): the ko \(what) has no Hangul")
                }
            }
        }
    }

    @Test func oneLessonPerSectionInOrderWithQuizzes() throws {
        let deck = try Self.deck()
        #expect(deck.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
            "01-how-to-use.yaml", "02-what-is-an-rnn.yaml", "03-keras-simplernn.yaml", "04-numpy-rnn.yaml",
            "05-deep-rnn.yaml", "06-bidirectional.yaml", "07-check-quiz.yaml", "08-a-real-sentence.yaml", "09-why-rnns-forget.yaml", "10-lstm.yaml", "11-gru.yaml",
        ])
        for lesson in deck.dropFirst() {
            #expect(lesson.steps.contains { if case .quiz = $0.kind { true } else { false } }, "\(lesson.path) has no quiz")
        }
    }

    @Test func theNumpyLessonStepsTheChaptersCell() throws {
        let numpy = try Self.deck()[3]
        let specs = numpy.steps.compactMap { step -> RNNSpec? in if case .rnn(let s) = step.kind { s } else { nil } }
        #expect(specs.first == RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8, seed: 0))
    }

    /// Lesson 09's prose and quiz state what its three rnn steps show: the chapter's saturated
    /// weights make ‖∂L/∂x_t‖ vanish (6e-4 at t = 10, 4e-29 at t = 1), `scale: 0.3` shrinks it
    /// (1.6 to 0.01), `scale: 1.5` grows it (about 4 to 60); all three read the same inputs.
    @Test func theForgettingLessonShowsVanishingShrinkingAndGrowingGradients() throws {
        let lesson = try #require(try Self.deck().first { $0.path.hasSuffix("09-why-rnns-forget.yaml") })
        let specs = lesson.steps.compactMap { step -> RNNSpec? in if case .rnn(let s) = step.kind { s } else { nil } }
        #expect(specs.count == 3)
        let runs = try specs.map { try BackwardPass(RNNRun(RNNParameters($0))).completed() }
        #expect(runs.allSatisfy { $0.run.parameters.inputs == runs[0].run.parameters.inputs }, "the three steps read the same inputs")
        let norms = runs.map(\.inputGradNorms)
        #expect(norms[0][9] > 5e-4 && norms[0][9] < 7e-4 && norms[0][0] < 1e-28 && norms[0][0] > 1e-29)
        #expect(norms[1][9] > 1.5 && norms[1][9] < 1.7 && norms[1][0] < 0.011)
        #expect(norms[2][9] > 3 && norms[2][9] < 4.5 && norms[2][0] > 50 && norms[2][0] < 70)
    }

    @Test func everyChapterModelIsASummaryStep() throws {
        let totals = try Self.deck().flatMap(\.steps).compactMap { step -> Int? in
            if case .summary(let model) = step.kind { return try? KerasModel(model).totalParams }
            return nil
        }
        for expected in [42, 248, 224, 1424, 529_441] {
            #expect(totals.contains(expected), "no summary totals \(expected)")
        }
        #expect(totals.filter { $0 == 42 }.count == 3)
    }
}

/// Issue 15: quizzes whose right answer is not guessable by position, and the hand-checkable step.
@Suite struct ShippedQuizAndCalloutTests {
    @Test func quizAnswerPositionsAreNotPredictable() throws {
        let deck = try ShippedDeckTests.deck().prefix(7)
        let answers = deck.flatMap { $0.steps.compactMap { step -> Int? in if case .quiz(let q) = step.kind { q.answer } else { nil } } }
        #expect(answers.count >= 12)
        // Every position 1 to 4 is right somewhere, none more than a third of the time, and
        // never three times in a row.
        for position in 0..<4 {  // `Quiz.answer` is 0-based
            let count = answers.filter { $0 == position }.count
            #expect(count > 0 && count * 3 <= answers.count, "answer \(position + 1) is right \(count) of \(answers.count) times")
        }
        for i in 2..<answers.count {
            #expect(!(answers[i] == answers[i - 1] && answers[i] == answers[i - 2]), "three answers \(answers[i] + 1) in a row at quiz \(i + 1)")
        }
    }

    @Test func theHandCheckableStepComputesWhatItsCalloutsSay() throws {
        let lesson = try ShippedDeckTests.deck()[1]
        let steps = lesson.steps.filter { if case .rnn = $0.kind { true } else { false } }
        let step = try #require(steps.last)
        guard case .rnn(let spec) = step.kind else { return }
        #expect(spec.timesteps == 4 && spec.inputDim == 2 && spec.hiddenUnits == 2)
        let h = try RNNRun(spec: spec).completed().records.map(\.h)
        let expected: [[Double]] = [[0.7616, 0], [0.3634, 0.7616], [0.1797, 0.3634], [0.0896, 0.1797]]
        for (t, row) in expected.enumerated() {
            for (j, value) in row.enumerated() { #expect(abs(h[t][j] - value) < 5e-5, "h_\(t + 1)[\(j)]") }
        }
        // Each callout quotes the state of its timestep, rounded to three places.
        for (t, text) in [(1, "0.762"), (2, "0.363"), (3, "0.180"), (4, "0.090")] {
            let callout = try #require(step.callouts[t])
            #expect(callout.text(.en).contains(text) && callout.text(.ko).contains(text), "t = \(t)")
        }
        #expect(step.callouts[1]?.text(.en).contains("h_0 is zero") == true)
    }
}
