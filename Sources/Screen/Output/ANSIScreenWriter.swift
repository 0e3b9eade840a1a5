/// Turns a frame into one full-screen repaint for a terminal recording: cursor home, then every
/// row (SGR colours as `ANSIRenderer` writes them) ended by erase-to-end-of-line, rows joined by
/// CR LF. Cell text is sanitized, so no control character from a lesson is ever written raw.
public struct ANSIScreenWriter: Sendable {
    /// The colour mode of the output.
    public var mode: ColorMode

    /// Creates a writer.
    public init(mode: ColorMode) { self.mode = mode }

    /// The bytes that repaint the whole screen with `frame`.
    public func repaint(_ frame: Frame) -> String {
        let rows = ANSIRenderer(mode: mode).render(frame).split(separator: "\n", omittingEmptySubsequences: false)
        return "\u{1B}[H" + rows.map { $0 + "\u{1B}[K" }.joined(separator: "\r\n")
    }
}
