/// Where a `play` session stood, as kept between runs (`play` resumes there): the lesson, the step,
/// the timestep and the quiz answers of one deck. A plain Codable value; the file that holds it
/// is written by the command line (`ResumeStore`).
public struct SavedPlace: Codable, Equatable, Sendable {
    /// One answered quiz.
    public struct Answer: Codable, Equatable, Sendable {
        /// The lesson, 0-based.
        public var lesson: Int
        /// The step, 0-based.
        public var step: Int
        /// The choice picked, 0-based.
        public var choice: Int
    }

    /// The format's name, so that another program's JSON is recognised as foreign.
    public static let formatName = "rnnstep-resume"

    /// Always `formatName`.
    public var format: String
    /// The format version (1).
    public var version: Int
    /// The deck: its paths made absolute, or "built-in".
    public var deck: String
    /// The current lesson, 0-based.
    public var lesson: Int
    /// The current step, 0-based.
    public var step: Int
    /// The current timestep (or stage position of an lstm or gru step).
    public var timestep: Int
    /// Every quiz answered.
    public var answers: [Answer]

    /// The place of `state` in the deck named `deck`.
    public init(_ state: PlayerState, deck: String) {
        format = SavedPlace.formatName
        version = 1
        self.deck = deck
        lesson = state.lessonIndex
        step = state.stepIndex
        timestep = state.timestep
        answers = state.answers.map { Answer(lesson: $0.key.lesson, step: $0.key.step, choice: $0.value) }
            .sorted { ($0.lesson, $0.step) < ($1.lesson, $1.step) }
    }
}
