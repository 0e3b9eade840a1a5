import Lessons
import RNNCore
import Screen

/// Everything the player shows, as a value: `Player.update` changes it, `Player.view` draws it.
public struct PlayerState {
    /// The program version shown by `--version`.
    public static let version = "0.1.0"

    /// The lessons, in deck order (never empty).
    public var deck: [Lesson]
    /// The current lesson.
    public var lessonIndex = 0
    /// The current step of the current lesson.
    public var stepIndex = 0
    /// The current timestep of an rnn step: 0 shows the initial state, T the last state.
    public var timestep = 0
    /// The timestep shown in the current rnn step's backward view (T down to 1), or nil in the
    /// forward view. `b` switches; leaving the step returns to the forward view.
    public var backwardTimestep: Int?
    /// The timestep each visited rnn step was left at, so coming back shows the same screen.
    public var remembered: [StepID: Int] = [:]
    /// The choice picked in each answered quiz (0-based); an answer is final.
    public var answers: [StepID: Int] = [:]
    /// The language of lesson text and interface.
    public var language: Language
    /// True while the key overlay is shown.
    public var showHelp = false
    /// Rows the key overlay is scrolled by, on screens where it scrolls (↓ ↑ while it is shown).
    public var helpScroll = 0
    /// True while the player advances by itself.
    public var playing = false
    /// Index into `Player.speeds`.
    public var speedIndex = 2
    /// Rows scrolled in the current step's scrollable panel.
    public var scroll = 0
    /// True once the user asked to quit.
    public var quit = false
    /// True when the terminal should repaint everything (Ctrl-L); the terminal layer clears it.
    public var redrawRequested = false
    /// A one-line message for the status bar (e.g. "end of the deck").
    public var notice: String?
    /// A problem with a watched lesson file (`play --watch`): shown in the status line until the
    /// file is fixed, while the last good version stays on screen.
    public var problem: String?
    /// Every problem of the watched files (`file:line:col: error: message`), listed by `e`.
    public var problems: [String] = []
    /// True while the `e` panel of problems is shown.
    public var showProblems = false
    /// The selected row of the `m` lesson menu while it is shown, else nil.
    public var menu: Int?
    /// The screen size the state is drawn at (`PlayerEvent.resize` changes it).
    public var size: Size
    /// How the screen shows colour.
    public var colorMode: ColorMode
    /// True on a terminal without UTF-8: English text, no half blocks, ASCII glyphs.
    public var ascii: Bool
    /// The computation of every rnn step shown so far (forward pass, colour scales, heatmap
    /// pixels), brought up to date by `Player.update`; a plain value like the rest of the state.
    public var computations: [StepID: StepComputation] = [:]
    /// The computation of every deep or bidirectional rnn step shown so far (`RNNSpec.isStack`).
    public var stacks: [StepID: StackComputation] = [:]
    /// The computation of every lstm or gru step shown so far, likewise.
    public var gatedComputations: [StepID: GatedComputation] = [:]
    /// Inspect mode's cursor on the current rnn, lstm or gru step (`Enter`), or nil outside inspect mode.
    public var inspect: InspectCursor?
    /// What-if edits by rnn step, for this session only (never written, never traced).
    public var edits: [StepID: WhatIfEdits] = [:]
    /// What-if edits by lstm or gru step, for this session only (never written, never traced).
    public var gatedEdits: [StepID: GatedEdits] = [:]
    /// True when rnn steps draw their history as a line per unit (`v`).
    public var trajectories = false

    /// Starts at the first step of the first lesson, ready to draw at `size` in `colorMode`.
    public init(deck: [Lesson], language: Language, size: Size = Size(width: 80, height: 24),
                colorMode: ColorMode = .none, ascii: Bool = false) {
        precondition(!deck.isEmpty, "a deck holds at least one lesson")
        self.deck = deck
        self.language = language
        self.size = size
        self.colorMode = colorMode
        self.ascii = ascii
        Player.prepare(&self)
    }

    /// The current lesson.
    public var lesson: Lesson { deck[lessonIndex] }
    /// The current step.
    public var step: Step { lesson.steps[stepIndex] }
    /// The current step's id.
    public var stepID: StepID { StepID(lesson: lessonIndex, step: stepIndex) }

    /// The number of positions → steps through on the current step beyond 0: T for an rnn step
    /// (T per pass for a deep or bidirectional one, `RNNSpec.stepPositions`), T·S for an lstm or gru step (S stages per timestep, see `stagesPerTimestep`), else 0.
    public var timestepCount: Int {
        if case .rnn(let spec) = step.kind { return spec.stepPositions }
        if case .gated(let spec) = step.kind { return spec.timesteps * GatedStage.stages(spec.cell).count }
        return 0
    }

    /// Positions per timestep: the stages of an lstm (5) or gru (4) step, else 1.
    public var stagesPerTimestep: Int {
        if case .gated(let spec) = step.kind { return GatedStage.stages(spec.cell).count }
        return 1
    }

    /// The computation of the current step, if it is an rnn step that has been prepared.
    public var computation: StepComputation? { computations[stepID] }
}
