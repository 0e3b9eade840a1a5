/// What the terminal reports: a key press or a new size.
public enum InputEvent: Equatable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal was resized to this many columns and rows.
    case resize(Size)
}

/// The outcome of waiting for input.
public enum ReadResult: Equatable, Sendable {
    /// A key or a resize arrived.
    case event(InputEvent)
    /// Nothing arrived before the timeout.
    case timeout
    /// The read failed (the terminal may be gone); the loop gives up after many in a row.
    case failed
}

/// The seam between the play loop and a terminal, in the manner of ratatui's `Backend`: the
/// curses terminal is one implementation, `MemoryBackend` (scripted input, recorded frames) drives
/// the tests.
public protocol TerminalBackend: AnyObject {
    /// The screen size in cells.
    var size: Size { get }
    /// Draws a frame (only what changed since the last one, where the backend can tell).
    func draw(_ frame: Frame) throws
    /// Forgets what is on screen so the next `draw` repaints everything (Ctrl-L).
    func repaint()
    /// Waits up to `timeout` milliseconds (forever when nil) for input.
    func read(timeout: Int?) throws -> ReadResult
    /// The stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received since the backend started, if
    /// any. Signal handlers only record it; the loop acts on it outside the handler.
    func pendingSignal() -> Int32?
    /// The current time in milliseconds on a monotonic clock (the loop's timers use it).
    func now() -> Double
}
