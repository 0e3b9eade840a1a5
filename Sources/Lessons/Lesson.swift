import RNNCore

/// A line and column in a lesson file, both 1-based.
public struct SourcePosition: Equatable, Sendable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A code listing shown for reference.
public struct CodeListing: Equatable, Sendable {
    /// The language name used for highlighting, e.g. `python`.
    public var language: String
    /// The source text.
    public var source: String

    /// Creates a listing.
    public init(language: String, source: String) {
        self.language = language
        self.source = source
    }
}

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

/// A preformatted drawing (box-drawing characters), shown as written, with an optional caption.
public struct Diagram: Equatable, Sendable {
    /// The drawing, one line per row; a `{ko, en}` map when the labels differ by language.
    public var art: LocalizedText
    /// Wrapped prose under the drawing.
    public var caption: LocalizedText?

    /// Creates a diagram.
    public init(art: LocalizedText, caption: LocalizedText? = nil) {
        self.art = art
        self.caption = caption
    }
}

/// What one step of a lesson shows.
public enum StepKind: Equatable, Sendable {
    /// Prose.
    case text(LocalizedText)
    /// A code listing.
    case code(CodeListing)
    /// A Keras-style model summary, computed.
    case summary(ModelSpec)
    /// A step-through of a SimpleRNN cell.
    case rnn(RNNSpec)
    /// A question with numbered choices.
    case quiz(Quiz)
    /// A preformatted drawing.
    case diagram(Diagram)
}

/// One step of a lesson and where it starts in the file.
public struct Step: Equatable, Sendable {
    /// What the step shows.
    public var kind: StepKind
    /// Where the step's entry starts in the file.
    public var position: SourcePosition

    /// Creates a step.
    public init(kind: StepKind, position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}

/// A parsed, validated lesson file.
public struct Lesson: Equatable, Sendable {
    /// The file it came from, as given on the command line.
    public var path: String
    /// The title.
    public var title: LocalizedText
    /// The steps, in order.
    public var steps: [Step]

    /// Creates a lesson.
    public init(path: String, title: LocalizedText, steps: [Step]) {
        self.path = path
        self.title = title
        self.steps = steps
    }
}
