/// Identifies one step of one lesson in a deck.
public struct StepID: Hashable, Sendable {
    /// Index of the lesson in the deck.
    public var lesson: Int
    /// Index of the step in the lesson.
    public var step: Int

    /// Creates an id.
    public init(lesson: Int, step: Int) {
        self.lesson = lesson
        self.step = step
    }
}
