import CNcursesw
import Screen

/// The curses-backed terminal (filled in by the terminal work).
public enum TerminalInfo {
    /// The curses version string.
    public static var cursesVersion: String { String(cString: curses_version()) }
}
