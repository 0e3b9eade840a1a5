/// Shortening a line at sensible points: whole terms and words, never inside a token such as
/// `tanh(z_10)` or a shape `(8, 4)`, with `…` where something was dropped.
public enum TextShortening {
    /// Characters that start a term of an equation when they follow a space (`+ b`, `= tanh(…)`,
    /// `⊙ g`, `· x_t`, `→ h_1`).
    static let operators: Set<Character> = ["+", "=", "⊙", "·", "−", "-", "→", "*"]

    /// `text` when it fits `width` columns; otherwise its longest start that ends at a break
    /// and fits with ` …` after it. A break is a space outside parentheses, or a space before an
    /// operator (so a long equation inside `tanh(…)` still breaks between its terms), but never
    /// beside an `=`. Separators
    /// left at the end (`,`, `:`, an operator) are dropped before the `…`. When no break fits,
    /// only `…` (or nothing, for a width of 0) is returned. With `prose`, every space is a break
    /// (words inside a parenthesis may end the line too).
    public static func shortened(_ text: String, to width: Int, prose: Bool = false) -> String {
        guard TextWidth.width(of: text) > width else { return text }
        guard width >= 1 else { return "" }
        let characters = Array(text)
        var best = ""
        var depth = 0
        var prefix = ""
        for (i, ch) in characters.enumerated() {
            if ch == " ", i > 0 {
                let next = i + 1 < characters.count ? characters[i + 1] : " "
                // Never between the two sides of an `=`: `h_10 = tanh(z_10)` goes whole or not at all.
                let beforeEquals = next == "=" || prefix.last == "="
                if !beforeEquals, prose || depth == 0 || operators.contains(next) {
                    let candidate = trimmedEnd(prefix)
                    guard TextWidth.width(of: candidate) + 2 <= width else { break }
                    if !candidate.isEmpty { best = candidate }
                }
            }
            if ch == "(" || ch == "[" || ch == "{" { depth += 1 }
            if ch == ")" || ch == "]" || ch == "}" { depth = max(0, depth - 1) }
            prefix.append(ch)
        }
        return best.isEmpty ? "…" : best + " …"
    }

    /// `text` without trailing spaces and trailing separators (`,` `;` `:` and operators).
    static func trimmedEnd(_ text: String) -> String {
        var out = Substring(text)
        while let last = out.last, last == " " || last == "," || last == ";" || last == ":" || operators.contains(last) {
            out = out.dropLast()
        }
        return String(out)
    }

    /// Groups of a hint line separated by two spaces (` → next  ← back  ? help`), fitted to
    /// `width`: whole groups are dropped, from the one before the last `keep` backwards, and `…`
    /// stands where they were; the last `keep` groups (e.g. the help key) stay. When even they do
    /// not fit beside `…`, the leading groups that fit are kept instead, then `…`.
    public static func fittedGroups(_ line: String, to width: Int, keepLast keep: Int = 1) -> String {
        guard TextWidth.width(of: line) > width else { return line }
        let lead = String(line.prefix { $0 == " " })
        let all = line.dropFirst(lead.count).components(separatedBy: "  ").filter { !$0.isEmpty }
        let kept = Array(all.suffix(keep))
        var groups = Array(all.dropLast(kept.count))
        func fits(_ candidate: String) -> Bool { TextWidth.width(of: candidate) <= width }
        while !groups.isEmpty {
            groups.removeLast()
            let candidate = lead + (groups + ["…"] + kept).joined(separator: "  ")
            if fits(candidate) { return candidate }
        }
        var leading = all
        while !leading.isEmpty {
            leading.removeLast()
            let candidate = lead + (leading + ["…"]).joined(separator: "  ")
            if fits(candidate) { return candidate }
        }
        return fits("…") ? "…" : ""
    }

    /// `items` joined by `separator`, as many whole items from the start as fit `width`, then
    /// `…` when some were left out and it fits too (e.g. a legend's notes at 60×20); never an item
    /// cut in half. Empty when not even the first item fits.
    public static func fittedItems(_ items: [String], separator: String = "   ", to width: Int) -> String {
        var shown: [String] = []
        for item in items {
            guard TextWidth.width(of: (shown + [item]).joined(separator: separator)) <= width else { break }
            shown.append(item)
        }
        if shown.count < items.count, !shown.isEmpty, TextWidth.width(of: (shown + ["…"]).joined(separator: separator)) <= width {
            shown.append("…")
        }
        return shown.joined(separator: separator)
    }

    /// `text` broken at spaces into lines of at most `width` columns, every line after the first
    /// indented by `indent` spaces (`Σ Wx·x_3[0]` / `  = 3.7812` in a narrow panel). A word wider
    /// than a line is broken inside as a last resort.
    public static func wrapped(_ text: String, to width: Int, indent: Int = 2) -> [String] {
        guard TextWidth.width(of: text) > width, width > indent + 1 else { return [text] }
        let pad = String(repeating: " ", count: indent)
        let lead = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var line = lead
        for word in text.split(separator: " ").map(String.init) {
            let sep = line.allSatisfy { $0 == " " } ? "" : " "
            if TextWidth.width(of: line + sep + word) <= width {
                line += sep + word
                continue
            }
            if !line.allSatisfy { $0 == " " } { lines.append(line) }
            line = pad
            var rest = word
            while TextWidth.width(of: line + rest) > width {
                var head = ""
                for ch in rest {
                    guard TextWidth.width(of: line + head + String(ch)) <= width else { break }
                    head.append(ch)
                }
                guard !head.isEmpty else { break }
                lines.append(line + head)
                rest = String(rest.dropFirst(head.count))
                line = pad
            }
            line += rest
        }
        if !line.allSatisfy { $0 == " " } { lines.append(line) }
        return lines
    }
}
