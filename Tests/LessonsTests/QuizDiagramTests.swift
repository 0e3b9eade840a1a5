import Lessons
import Testing

@Suite struct QuizDiagramTests {
    static let quiz = """
        title: q
        steps:
          - quiz:
              question: {ko: 모양은?, en: Which shape?}
              choices: ["(8, 3)", {ko: 둘, en: two}, "(8, 2, 10)"]
              answer: 2
              explain: {ko: 설명, en: why}
        """

    @Test func quizParsesWithAZeroBasedAnswer() throws {
        let lesson = try LessonLoader.parse(Self.quiz, path: "q.yaml")
        guard case .quiz(let quiz) = lesson.steps[0].kind else {
            Issue.record("not a quiz")
            return
        }
        #expect(quiz.answer == 1)
        #expect(quiz.choices.count == 3)
        #expect(quiz.choices[1].text(.ko) == "둘")
        #expect(quiz.question.text(.en) == "Which shape?")
    }

    @Test func answerOutOfRange() {
        #expect(errors(Self.quiz.replacingOccurrences(of: "answer: 2", with: "answer: 4")) == [
            "t.yaml:6:15: error: `answer` is 4, expected the number of one of the 3 choices (1 to 3)",
        ])
    }

    @Test func missingExplain() {
        let yaml = Self.quiz.replacingOccurrences(of: "      explain: {ko: 설명, en: why}", with: "")
        #expect(errors(yaml) == [
            "t.yaml:3:5: error: the quiz step is missing `explain` (the explanation shown after answering)",
        ])
    }

    @Test func tooFewChoices() {
        let yaml = Self.quiz.replacingOccurrences(of: #"choices: ["(8, 3)", {ko: 둘, en: two}, "(8, 2, 10)"]"#, with: "choices: [one]")
        #expect(errors(yaml).first?.contains("`choices` has 1 entry, expected 2 to 9") == true)
    }

    @Test func unknownQuizKeySuggests() {
        let yaml = Self.quiz.replacingOccurrences(of: "explain:", with: "explian:")
        #expect(errors(yaml).contains { $0.contains("unknown key `explian` in a quiz step") && $0.contains("did you mean `explain`?") })
    }

    @Test func diagramKeepsItsArtAsWritten() throws {
        let yaml = "title: d\nsteps:\n  - diagram:\n      art: |2\n           ┌──┐\n          ─┤  ├─\n      caption: a cell\n"
        let lesson = try LessonLoader.parse(yaml, path: "d.yaml")
        guard case .diagram(let diagram) = lesson.steps[0].kind else {
            Issue.record("not a diagram")
            return
        }
        #expect(diagram.art.text(.en) == "   ┌──┐\n  ─┤  ├─\n")
        #expect(diagram.caption?.text(.ko) == "a cell")
    }

    @Test func diagramWithoutArt() {
        #expect(errors(lesson(step: "diagram: {caption: x}")) == [
            "t.yaml:3:5: error: the diagram step is missing `art` (the drawing as a block string (`art: |`))",
        ])
    }
}
