/// A predict-then-reveal question: the student picks a choice with a number key, sees whether it
/// was right, and then the explanation.
public struct Quiz: Equatable, Sendable {
    /// The question.
    public var question: LocalizedText
    /// The choices, shown numbered from 1.
    public var choices: [LocalizedText]
    /// The index of the right choice, 0-based (the file writes it 1-based).
    public var answer: Int
    /// Shown after the student answers.
    public var explain: LocalizedText

    /// Creates a quiz.
    public init(question: LocalizedText, choices: [LocalizedText], answer: Int, explain: LocalizedText) {
        self.question = question
        self.choices = choices
        self.answer = answer
        self.explain = explain
    }
}
