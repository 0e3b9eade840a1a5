/// Everything a key can ask the player to do.
public enum Action: String, Equatable, Sendable, CaseIterable {
    /// One timestep forward in an rnn step, else the next step (or lesson).
    case next
    /// One timestep back in an rnn step, else the previous step.
    case back
    /// The first timestep (t = 0) of an rnn step.
    case firstTimestep
    /// The last timestep (t = T) of an rnn step.
    case lastTimestep
    /// Switch an rnn step between its forward view and its backward view (backpropagation through time).
    case backwardView
    /// A whole timestep forward (all the stages of an lstm or gru timestep at once).
    case nextTimestep
    /// A whole timestep back.
    case previousTimestep
    /// The next step of the lesson.
    case nextStep
    /// The previous step of the lesson.
    case previousStep
    /// The first step of the lesson.
    case firstStep
    /// The last step of the lesson.
    case lastStep
    /// The next lesson of the deck.
    case nextLesson
    /// The previous lesson of the deck.
    case previousLesson
    /// Scroll the step's text or numbers down.
    case scrollDown
    /// Scroll the step's text or numbers up.
    case scrollUp
    /// Start or stop advancing by itself.
    case playPause
    /// Advance faster while playing.
    case faster
    /// Advance slower while playing.
    case slower
    /// Switch between Korean and English.
    case toggleLanguage
    /// Show or hide the key overlay.
    case help
    /// Close the overlay.
    case dismiss
    /// Show or hide the list of every problem of the watched files (`play --watch`).
    case problems
    /// Repaint the whole terminal.
    case redraw
    /// Enter inspect mode on an rnn step (a cursor, the drill-down panel, what-if edits).
    case inspect
    /// Show the history of hidden states as lines per unit, or as a heatmap again.
    case trajectories
    /// Open or close the lesson menu (every lesson of the deck; arrows and Enter jump).
    case lessonMenu
    /// Answer the quiz of the current step with the digit pressed.
    case answer
    /// Leave the program.
    case quit
}
