import RNNCore

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
    /// A step-through of an LSTM or GRU cell, gate by gate (the step kinds `lstm` and `gru`).
    case gated(GatedSpec)
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
    /// Remarks shown at given timesteps of an rnn step (t = 0 … T), one or two lines each.
    public var callouts: [Int: LocalizedText]
    /// The teacher's speaker notes (`notes:` beside the step's kind): shown only by `rnnstep notes`
    /// while `play --present` runs, never on the students' screen.
    public var notes: LocalizedText?

    /// Creates a step.
    public init(kind: StepKind, position: SourcePosition, callouts: [Int: LocalizedText] = [:], notes: LocalizedText? = nil) {
        self.kind = kind
        self.position = position
        self.callouts = callouts
        self.notes = notes
    }
}
