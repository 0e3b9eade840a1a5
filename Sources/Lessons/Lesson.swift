/// A parsed, validated lesson file.
public struct Lesson: Equatable, Sendable {
    /// The file it came from, as given on the command line.
    public var path: String
    /// The title.
    public var title: LocalizedText
    /// The steps, in order.
    public var steps: [Step]
    /// Warnings found while the file was parsed (a `{ko, en}` text with one language, repeated quiz
    /// choices), in file order; `rnnstep check` prints them with the fit warnings.
    public var warnings: [Diagnostic]

    /// Creates a lesson.
    public init(path: String, title: LocalizedText, steps: [Step], warnings: [Diagnostic] = []) {
        self.path = path
        self.title = title
        self.steps = steps
        self.warnings = warnings
    }
}
