/// Text descriptions of a frame's styles, for snapshot tests: "frames compared as text plus
/// style runs".
extension Frame {
    /// Runs of identical, non-plain style per row, as `row:first-last description` with inclusive
    /// columns, e.g. `0:0-9 bold`, `3:4-5 fg=#2166ac bg=default`. Plain runs are left out.
    public func styleRuns() -> [String] {
        var out: [String] = []
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let style = self[x, y].style
                var end = x
                while end + 1 < size.width, self[end + 1, y].style == style { end += 1 }
                if style != .plain { out.append("\(y):\(x)-\(end) \(Frame.describe(style))") }
                x = end + 1
            }
        }
        return out
    }

    /// The plain text followed by the style runs: one string to compare with a literal.
    public var snapshot: String {
        let runs = styleRuns()
        return text + (runs.isEmpty ? "" : "\n--\n" + runs.joined(separator: "\n"))
    }

    /// A style as words: attributes first, then `fg=`/`bg=` when either colour is set.
    public static func describe(_ style: Style) -> String {
        var words: [String] = []
        let names: [(Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse")]
        for (attr, name) in names where style.attributes.contains(attr) { words.append(name) }
        if style.fg != .default || style.bg != .default {
            words.append("fg=" + describe(style.fg))
            words.append("bg=" + describe(style.bg))
        }
        return words.joined(separator: " ")
    }

    /// `#rrggbb` or `default`.
    public static func describe(_ color: Color) -> String {
        switch color {
        case .default: return "default"
        case let .rgb(r, g, b): return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}
