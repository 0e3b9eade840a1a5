import Lessons
import RNNCore

/// Small decks built in code for player tests.
enum Decks {
    static let pos = SourcePosition(line: 1, column: 1)

    /// One lesson whose only step is the chapter's rnn (seed 0, T 10, D 4, H 8).
    static let chapterRNN = [Lesson(path: "rnn.yaml", title: LocalizedText("NumPy RNN"),
                                    steps: [Step(kind: .rnn(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8)), position: pos)])]

    /// One lesson: a three-choice quiz whose answer is choice 2, then text.
    static let quiz = [Lesson(path: "q.yaml", title: LocalizedText("Quiz"), steps: [
        Step(kind: .quiz(Quiz(question: LocalizedText(ko: "모양은?", en: "Which shape?"),
                              choices: [LocalizedText("(8, 3)"), LocalizedText("(8, 2, 3)"), LocalizedText("(8, 2, 10)")],
                              answer: 1, explain: LocalizedText(ko: "모든 시점", en: "Every time step is returned."))), position: pos),
        Step(kind: .text(LocalizedText("after")), position: pos),
    ])]

    /// Two lessons: text, rnn (T 3), summary; then text, code.
    static let two: [Lesson] = [
        Lesson(path: "a.yaml", title: LocalizedText(ko: "첫 레슨", en: "First"), steps: [
            Step(kind: .text(LocalizedText(ko: "안녕하세요", en: "Hello")), position: pos),
            Step(kind: .rnn(RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 3)), position: pos),
            Step(kind: .summary(ModelSpec(input: InputSpec(shape: [2, 10]),
                                          layers: [LayerSpec(.simpleRNN(units: 3, returnSequences: false))])), position: pos),
        ]),
        Lesson(path: "b.yaml", title: LocalizedText("Second"), steps: [
            Step(kind: .text(LocalizedText("Plain")), position: pos),
            Step(kind: .code(CodeListing(language: "python", source: "import numpy as np\nx = 1  # one")), position: pos),
        ]),
    ]
}
