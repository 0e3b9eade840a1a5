import Lessons
import Screen
import Testing
@testable import Player

/// The lesson's score, shown in the header on its last step.
@Suite struct ScoreTests {
    static let pos = SourcePosition(line: 1, column: 1)

    static func quiz(_ answer: Int) -> Step {
        Step(kind: .quiz(Quiz(question: LocalizedText("Q?"), choices: [LocalizedText("a"), LocalizedText("b"), LocalizedText("c")],
                              answer: answer, explain: LocalizedText("because"))), position: pos)
    }

    /// Quiz (answer 1), quiz (answer 3), text; then a lesson without quizzes.
    static let deck = [
        Lesson(path: "q.yaml", title: LocalizedText("Quizzes"), steps: [quiz(0), quiz(2), Step(kind: .text(LocalizedText("end")), position: pos)]),
        Lesson(path: "t.yaml", title: LocalizedText("Plain"), steps: [Step(kind: .text(LocalizedText("only")), position: pos)]),
    ]

    func header(_ s: PlayerState) -> String { Player.view(s).lines[0] }

    @Test func theLastStepShowsFirstTryAnswersRightOfAll() {
        var s = PlayerState(deck: Self.deck, language: .en)
        Player.update(&s, keys: [.char("1"), .pageDown, .char("1"), .pageDown])
        // One right (the first), one wrong: a second key cannot change a final answer.
        Player.update(&s, keys: [.pageUp, .char("3"), .pageDown])
        #expect(s.stepIndex == 2)
        #expect(header(s).contains("first try: 1/2 right · step 3/3"))
        s.language = .ko
        #expect(header(s).contains("첫 시도 정답 1/2 · 단계 3/3"))
    }

    @Test func onlyTheLastStepAndOnlyLessonsWithQuizzes() {
        var s = PlayerState(deck: Self.deck, language: .en)
        Player.update(&s, keys: [.char("1"), .pageDown, .char("3")])
        #expect(!header(s).contains("first try"))
        Player.update(&s, keys: [.pageDown])
        // Unanswered quizzes count as not right; both were answered right here.
        #expect(header(s).contains("first try: 2/2 right"))
        Player.update(&s, keys: [.char("]")])
        #expect(s.lessonIndex == 1)
        #expect(!header(s).contains("first try"))
    }

    @Test func unansweredQuizzesAreNotRight() {
        var s = PlayerState(deck: Self.deck, language: .en)
        Player.update(&s, keys: [.pageDown, .pageDown])
        #expect(Player.score(s).right == 0 && Player.score(s).of == 2)
        #expect(header(s).contains("first try: 0/2 right"))
    }
}
