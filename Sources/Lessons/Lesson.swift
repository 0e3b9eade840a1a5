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
