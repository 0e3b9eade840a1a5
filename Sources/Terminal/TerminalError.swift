import Screen

/// Why the terminal could not start.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No controlling terminal to open (`/dev/tty`).
    case noTerminal(String)
    /// curses refused the terminal type.
    case cannotStart(String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noTerminal(let why): return "cannot open the terminal: \(why)"
        case .cannotStart(let why): return "cannot start curses: \(why)"
        }
    }
}
