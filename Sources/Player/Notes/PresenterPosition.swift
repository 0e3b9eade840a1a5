import Lessons

/// Where `rnnstep play --present` is, as it publishes it for `rnnstep notes`: the lesson, step and
/// timestep, the step's title and the teacher's notes, the next step's title, the deck, when
/// presenting started and the presenter's process id. A plain value, written as JSON.
public struct PresenterPosition: Codable, Equatable, Sendable {
    /// The `format` of a presenter file.
    public static let formatName = "rnnstep-present"

    /// The step after the current one, in this lesson or at the start of the next.
    public struct Next: Codable, Equatable, Sendable {
        /// Its lesson (1-based); differs from the current one at a lesson's last step.
        public var lesson: Int
        /// Its step in that lesson (1-based).
        public var step: Int
        /// Its kind, as the header names it.
        public var kind: BothLanguages
        /// Its title (`StepTitle`).
        public var title: BothLanguages
    }

    /// Always `rnnstep-present`.
    public var format = PresenterPosition.formatName
    /// The format's version, 1.
    public var version = 1
    /// The presenting `play`'s process id.
    public var pid: Int32
    /// When presenting began, in seconds since 1970 (UTC).
    public var started: Double
    /// The deck's name: its paths made absolute, or `built-in`.
    public var deck: String
    /// The current lesson (1-based) and the deck's number of lessons.
    public var lesson: Int
    /// How many lessons the deck has.
    public var lessons: Int
    /// The lesson's title.
    public var lessonTitle: BothLanguages
    /// The current step (1-based).
    public var step: Int
    /// How many steps the lesson has.
    public var steps: Int
    /// The step's kind, as the header names it.
    public var kind: BothLanguages
    /// The place inside a timed step as the header writes it (`t = 3/10`, an lstm's stage), or nil.
    public var place: BothLanguages?
    /// The step's title (`StepTitle`).
    public var title: BothLanguages
    /// The teacher's notes of the step, or nil when it has none.
    public var notes: BothLanguages?
    /// The next step, or nil at the deck's last step.
    public var next: Next?

    /// The position `state` shows, for the presenter `pid` that began at `started`.
    public init(_ state: PlayerState, deck: String, pid: Int32, started: Double) {
        self.pid = pid
        self.started = started
        self.deck = deck
        lesson = state.lessonIndex + 1
        lessons = state.deck.count
        lessonTitle = BothLanguages(state.lesson.title)
        step = state.stepIndex + 1
        steps = state.lesson.steps.count
        kind = BothLanguages(ko: Player.kindName(state.step.kind, .ko), en: Player.kindName(state.step.kind, .en))
        if state.timestepCount > 0 {
            var ko = state, en = state
            ko.language = .ko
            en.language = .en
            place = BothLanguages(ko: Self.placeText(ko), en: Self.placeText(en))
        }
        title = BothLanguages(ko: StepTitle.of(state.step, .ko), en: StepTitle.of(state.step, .en))
        notes = state.step.notes.map(BothLanguages.init)
        let following: (lesson: Int, step: Int)?
        if state.stepIndex + 1 < state.lesson.steps.count {
            following = (state.lessonIndex, state.stepIndex + 1)
        } else if state.lessonIndex + 1 < state.deck.count {
            following = (state.lessonIndex + 1, 0)
        } else {
            following = nil
        }
        next = following.map { place in
            let step = state.deck[place.lesson].steps[place.step]
            return Next(lesson: place.lesson + 1, step: place.step + 1,
                        kind: BothLanguages(ko: Player.kindName(step.kind, .ko), en: Player.kindName(step.kind, .en)),
                        title: BothLanguages(ko: StepTitle.of(step, .ko), en: StepTitle.of(step, .en)))
        }
    }

    /// The header's place text (`t = 3/10`, `backward t = 7/10`, an lstm's stage).
    private static func placeText(_ state: PlayerState) -> String {
        if let gated = state.gatedComputations[state.stepID], case .gated = state.step.kind {
            return GatedStepView.placeText(gated, position: state.timestep, language: state.language)
        }
        return Player.timestepText(state)
    }
}
