/// Turns a frame into the inside of an HTML `<pre>` element for `rnnstep handout`: each run of
/// cells with one style becomes a `<span>`, its colours written inline as the truecolor values
/// the terminal would show (`style="color:#2166ac;background:#f7f7f7"`), its attributes as
/// classes (`b` bold, `d` dim, `i` italic, `u` underline). Reverse video swaps the colours; the
/// default ones swapped become `var(--rev-fg)` and `var(--rev-bg)`, which the page defines (so
/// that a printed page can make reversed bars light grey instead of solid black).
///
/// The output is well-formed XML: `&`, `<`, `>` and quotes are escaped, and control characters
/// were made visible placeholders when the frame was drawn (and again here, for safety).
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The frame's rows joined by `\n` (no trailing newline), trailing default-style spaces
    /// trimmed, wide graphemes' continuation cells skipped.
    public func render(_ frame: Frame) -> String {
        (0..<frame.size.height).map { line(frame, $0) }.joined(separator: "\n")
    }

    private func line(_ frame: Frame, _ y: Int) -> String {
        var last = frame.size.width - 1
        while last >= 0, frame[last, y].text == " ", frame[last, y].style == .plain { last -= 1 }
        guard last >= 0 else { return "" }
        var out = ""
        var x = 0
        while x <= last {
            let style = frame[x, y].style
            var text = ""
            while x <= last, frame[x, y].style == style {
                text += frame[x, y].text
                x += 1
            }
            let escaped = HTMLRenderer.escape(TextWidth.sanitized(text))
            if let open = HTMLRenderer.openTag(style) {
                out += open + escaped + "</span>"
            } else {
                out += escaped
            }
        }
        return out
    }

    /// The `<span …>` that opens a run of `style`; nil for the plain style.
    public static func openTag(_ style: Style) -> String? {
        guard style != .plain else { return nil }
        let names: [(Attributes, String)] = [(.bold, "b"), (.dim, "d"), (.italic, "i"), (.underline, "u")]
        let classes = names.filter { style.attributes.contains($0.0) }.map(\.1)
        var fg = css(style.fg, fallback: "var(--rev-bg)"), bg = css(style.bg, fallback: "var(--rev-fg)")
        if style.attributes.contains(.reverse) { swap(&fg, &bg) }
        var declarations: [String] = []
        if style.fg != .default || style.attributes.contains(.reverse) { declarations.append("color:" + fg) }
        if style.bg != .default || style.attributes.contains(.reverse) { declarations.append("background:" + bg) }
        var tag = "<span"
        if !classes.isEmpty { tag += " class=\"\(classes.joined(separator: " "))\"" }
        if !declarations.isEmpty { tag += " style=\"\(declarations.joined(separator: ";"))\"" }
        return tag + ">"
    }

    /// `#rrggbb`, or `fallback` for the terminal's default colour.
    static func css(_ color: Color, fallback: String) -> String {
        color == .default ? fallback : Frame.describe(color)
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` as character references: safe in element content
    /// and in attribute values, in HTML and in XML.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
