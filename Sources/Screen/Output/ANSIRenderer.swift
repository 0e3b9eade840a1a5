/// Turns a frame into text for `rnnstep render`: plain lines in mode none, otherwise text with SGR
/// colour sequences (`ESC[…m`) only — no cursor movement, reset at each line end.
public struct ANSIRenderer: Sendable {
    /// The colour mode of the output.
    public var mode: ColorMode

    /// Creates a renderer.
    public init(mode: ColorMode) { self.mode = mode }

    /// The frame as lines joined by `\n` (no trailing newline), trailing default-style spaces
    /// trimmed.
    public func render(_ frame: Frame) -> String {
        (0..<frame.size.height).map { line(frame, $0) }.joined(separator: "\n")
    }

    private func line(_ frame: Frame, _ y: Int) -> String {
        var last = frame.size.width - 1
        while last >= 0, frame[last, y].text == " ", mode == .none || frame[last, y].style == .plain { last -= 1 }
        var out = ""
        var current = Style.plain
        guard last >= 0 else { return out }
        for x in 0...last {
            let cell = frame[x, y]
            if cell.isContinuation { continue }
            if mode != .none, cell.style != current {
                out += sgr(cell.style)
                current = cell.style
            }
            out += ANSIRenderer.safe(cell.text)
        }
        if current != .plain { out += "\u{1B}[0m" }
        return out
    }

    /// Cell text with any control character replaced, so no escape ever comes from cell text.
    static func safe(_ text: String) -> String {
        for s in text.unicodeScalars where TextWidth.placeholder(for: s) != nil { return TextWidth.sanitized(text) }
        return text
    }

    /// The SGR sequence that sets `style` from a reset state.
    public func sgr(_ style: Style) -> String {
        var params = ["0"]
        let attrs: [(Attributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (attr, code) in attrs where style.attributes.contains(attr) { params.append(code) }
        if let fg = colorParams(style.fg, foreground: true) { params.append(fg) }
        if let bg = colorParams(style.bg, foreground: false) { params.append(bg) }
        return "\u{1B}[" + params.joined(separator: ";") + "m"
    }

    private func colorParams(_ color: Color, foreground: Bool) -> String? {
        guard case let .rgb(r, g, b) = color else { return nil }
        switch mode {
        case .none:
            return nil
        case .truecolor:
            return "\(foreground ? 38 : 48);2;\(r);\(g);\(b)"
        case .ansi256:
            return "\(foreground ? 38 : 48);5;\(ColorQuantizer.xterm256Index(r, g, b))"
        case .ansi16:
            let i = ColorQuantizer.ansi16Index(r, g, b)
            let base = foreground ? (i < 8 ? 30 : 90) : (i < 8 ? 40 : 100)
            return String(base + i % 8)
        }
    }
}
