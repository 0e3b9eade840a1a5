/// What `rnnstep notes` reads from the presenter's file at one poll.
public enum NotesFeed: Equatable, Sendable {
    /// No presenter file.
    case absent
    /// A presenter's position, and whether its process is still running.
    case found(PresenterPosition, alive: Bool)
    /// A file that is there but is not a presenter's (the reason, for the screen).
    case unreadable(String)
}
