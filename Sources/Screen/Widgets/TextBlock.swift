/// Prose word-wrapped by display width (Hangul = 2 columns), with inline `**bold**` and
/// `` `code` ``.
///
/// Markdown's paragraph rule: a single newline inside a paragraph is a space, so the text flows
/// to the width it is shown at; a blank line starts a new paragraph and is kept as one blank row.
/// A line that starts a list item (`- `, `* `, `• ` or `1. `) starts a new row, and the lines
/// that follow it join that item. Runs of spaces collapse. Lines break between words, and inside
/// a word only when the word is longer than the line. Control characters become visible
/// placeholders.
public struct TextBlock: Sendable {
    /// A run of text in one style.
    public struct Span: Equatable, Sendable {
        /// The text.
        public var text: String
        /// Its style.
        public var style: Style

        /// Creates a span.
        public init(text: String, style: Style) {
            self.text = text
            self.style = style
        }
    }

    /// The prose, with `**bold**` and `` `code` `` markup.
    public var text: String
    /// The style of plain text.
    public var style: Style
    /// The style of `` `code` `` (bold text adds `.bold` to `style`).
    public var codeStyle: Style
    /// Wrapped rows to skip at the top.
    public var scroll: Int

    /// Creates a text block.
    public init(_ text: String, style: Style = .plain, codeStyle: Style = TextBlock.defaultCodeStyle, scroll: Int = 0) {
        self.text = text
        self.style = style
        self.codeStyle = codeStyle
        self.scroll = scroll
    }

    /// Inline code: a light chip with near-black text where colour is shown (about 15:1, whatever
    /// the terminal's background), bold everywhere, so it stands out without colour too. Spaces
    /// inside a code span take the chip, so `Wx (8, 4)` reads as one piece.
    public static let defaultCodeStyle = Style(fg: .rgb(0x14, 0x14, 0x14), bg: .rgb(0xDA, 0xE4, 0xEE), attributes: .bold)

    /// One character with its width and style; `code` marks inline code, whose spaces do not
    /// break lines. A struct, not a tuple: arrays of a tuple type are copied and destroyed through
    /// the runtime's generic tuple witnesses, and their metadata is built when first used.
    private struct Glyph {
        var ch: Character
        var width: Int
        var style: Style
        var code: Bool

        init(_ ch: Character, _ width: Int, _ style: Style, _ code: Bool) {
            self.ch = ch
            self.width = width
            self.style = style
            self.code = code
        }
    }

    /// The wrapped rows for `width` columns, each as styled spans.
    public func lines(width: Int) -> [[Span]] {
        guard width > 0 else { return [] }
        var rows: [[Glyph]] = []
        var pendingBlank = false
        let normalized = text.replacingOccurrences("\r\n", "\n").replacingOccurrences("\t", " ")
        // Join the lines of each paragraph (and of each list item) into one logical line.
        var logical: [(text: String, blankBefore: Bool)] = []
        var joinable = false
        // Split on the byte: a line feed is a character of its own (CR LF was joined above), and
        // splitting the bytes skips a grapheme walk of the whole text.
        for rawBytes in normalized.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let raw = Substring(rawBytes)
            if rawBytes.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                pendingBlank = !logical.isEmpty
                joinable = false
                continue
            }
            if joinable, !TextBlock.startsListItem(raw) {
                // Appended as Strings: `" " + raw` went through the unspecialised generic
                // `append(contentsOf:)`, whose first use costs 0.25 M instructions of runtime lookup.
                logical[logical.count - 1].text += " "
                logical[logical.count - 1].text += String(raw)
            } else {
                logical.append((String(raw), pendingBlank))
            }
            pendingBlank = false
            joinable = true
        }
        for line in logical {
            if line.blankBefore { rows.append([]) }
            let text = TextWidth.sanitized(line.text)
            let marker = TextBlock.listMarker(text)
            if marker > 0, width > marker + 4 {
                // A list item: its wrapped rows hang under the text after the marker.
                let head = styled(String(text.prefix(marker)))
                let body = wrap(styled(String(text.dropFirst(marker))), width: width - marker)
                let indent = [Glyph](repeating: Glyph(" ", 1, style, false), count: marker)
                for (i, row) in body.enumerated() { rows.append((i == 0 ? head : indent) + row) }
            } else {
                rows.append(contentsOf: wrap(styled(text), width: width))
            }
        }
        return rows.map(spans)
    }

    /// The characters of `line`'s list marker with its leading spaces and the space after it
    /// (`- ` is 2, `10. ` is 4), or 0 when the line is not a list item.
    static func listMarker(_ line: String) -> Int {
        guard startsListItem(Substring(line)) else { return 0 }
        let lead = line.prefix(while: { $0 == " " }).count
        let body = line.dropFirst(lead)
        let digits = body.prefix(while: { $0.isASCII && $0.isNumber }).count
        return lead + (digits > 0 ? digits + 2 : 2)
    }

    /// True when `line` (leading spaces aside) starts a list item: `- `, `* `, `• ` or a number
    /// followed by `. ` or `) `.
    static func startsListItem(_ line: Substring) -> Bool {
        let body = line.drop(while: { $0 == " " })
        for marker in ["- ", "* ", "• "] where body.hasPrefix(marker) { return true }
        let digits = body.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = body.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    /// Rows the text takes at `width` (before scrolling).
    public func height(forWidth width: Int) -> Int { lines(width: width).count }

    /// Draws the rows from `scroll` on into `area`; returns the rows drawn.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> Int {
        render(lines(width: area.width), into: &frame, area: area)
    }

    /// Draws `rows` (this block's `lines(width: area.width)`, for a caller that also needs their
    /// count) from `scroll` on into `area`; returns the rows drawn.
    @discardableResult
    public func render(_ rows: [[Span]], into frame: inout Frame, area: Rect) -> Int {
        var y = area.y
        for row in rows.dropFirst(max(0, scroll)) where y < area.maxY {
            var x = area.x
            for span in row { x += frame.put(span.text, x: x, y: y, style: span.style, clip: area) }
            y += 1
        }
        return y - area.y
    }

    /// Parses `**bold**` and `` `code` `` (markers without a partner stay literal).
    private func styled(_ line: String) -> [Glyph] {
        let chars = Array(line)
        var out: [Glyph] = []
        var bold = false, code = false
        var i = 0
        func closes(_ marker: [Character], from start: Int) -> Bool {
            var j = start
            while j + marker.count <= chars.count {
                if marker.indices.allSatisfy({ chars[j + $0] == marker[$0] }) { return true }
                j += 1
            }
            return false
        }
        while i < chars.count {
            let ch = chars[i]
            if ch == "`", code || closes(["`"], from: i + 1) {
                code.toggle(); i += 1; continue
            }
            if !code, ch == "*", i + 1 < chars.count, chars[i + 1] == "*", bold || closes(["*", "*"], from: i + 2) {
                bold.toggle(); i += 2; continue
            }
            var s = code ? codeStyle : style
            if bold { s.attributes.insert(.bold) }
            out.append(Glyph(ch, TextWidth.width(of: ch), s, code))
            i += 1
        }
        return out
    }

    /// Greedy wrap of one input line.
    private func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        // Words: spaces break, except inside inline code and inside parentheses, and a short
        // word that opens a parenthesis stays with the word before it, so `Wx (8, 4)` and
        // `(None, 10, 8)` are never split across lines (when they fit one).
        var words: [[Glyph]] = [[]]
        var opensGroup: [Bool] = [false]
        var depth = 0
        for g in glyphs {
            if g.ch == " ", !g.code, depth == 0 {
                if !(words.last!.isEmpty) { words.append([]); opensGroup.append(false) }
                continue
            }
            if g.ch == "(", !g.code, words.last!.isEmpty, words.count > 1 { opensGroup[opensGroup.count - 1] = true }
            if g.ch == "(" { depth += 1 }
            if g.ch == ")" { depth = max(0, depth - 1) }
            if g.width > 0 || !words.last!.isEmpty {
                words[words.count - 1].append(g)
            }
        }
        if depth > 0 {
            // An unclosed parenthesis: fall back to breaking at every space of that text.
            return wrapPlain(glyphs, width: width)
        }
        // A short group such as `(8, 4)` stays with the word before it, with the space between
        // them; a long one may start a row of its own, so the row before it is not left short.
        var glued: [[Glyph]] = []
        for (word, opens) in zip(words, opensGroup) {
            if opens, !glued.isEmpty, word.reduce(0, { $0 + $1.width }) <= TextBlock.gluedGroupWidth {
                glued[glued.count - 1] += [Glyph(" ", 1, style, false)] + word
            } else {
                glued.append(word)
            }
        }
        // A parenthesis or inline code wider than a row (a clause in brackets, a long call) breaks
        // at its own spaces rather than inside a word ("softmax for sever|al classes").
        var pieces: [[Glyph]] = []
        for word in glued {
            guard word.reduce(0, { $0 + $1.width }) > width else { pieces.append(word); continue }
            var piece: [Glyph] = []
            for g in word {
                if g.ch == " " {
                    if !piece.isEmpty { pieces.append(piece) }
                    piece = []
                } else {
                    piece.append(g)
                }
            }
            if !piece.isEmpty { pieces.append(piece) }
        }
        return fill(pieces, width: width)
    }

    /// The widest parenthesised group (with what follows it up to the next space) that stays
    /// with the word before it: `(None, 10, 8)` does, `(batch_size, timesteps, hidden_units)`
    /// does not.
    static let gluedGroupWidth = 16

    /// Greedy wrap that breaks at every space outside inline code.
    private func wrapPlain(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        var words: [[Glyph]] = [[]]
        for g in glyphs {
            if g.ch == " ", !g.code {
                if !(words.last!.isEmpty) { words.append([]) }
            } else if g.width > 0 || !words.last!.isEmpty {
                words[words.count - 1].append(g)
            }
        }
        return fill(words, width: width)
    }

    /// Lays words into rows of `width` columns, one space apart; a word longer than a row breaks.
    private func fill(_ words: [[Glyph]], width: Int) -> [[Glyph]] {
        var rows: [[Glyph]] = []
        var row: [Glyph] = []
        var used = 0
        for word in words where !word.isEmpty {
            let w = word.reduce(0) { $0 + $1.width }
            let gap = row.isEmpty ? 0 : 1
            if used + gap + w <= width {
                if gap == 1 { row.append(Glyph(" ", 1, style, false)) }
                row += word
                used += gap + w
                continue
            }
            if w <= width {
                rows.append(row)
                row = word
                used = w
                continue
            }
            // A word longer than the line: fill the current row, then break inside the word.
            if !row.isEmpty, used + 1 < width {
                row.append(Glyph(" ", 1, style, false)); used += 1
            } else if !row.isEmpty {
                rows.append(row); row = []; used = 0
            }
            for g in word {
                if g.width > width { continue }
                if used + g.width > width { rows.append(row); row = []; used = 0 }
                row.append(g); used += g.width
            }
        }
        if !row.isEmpty || rows.isEmpty { rows.append(row) }
        return rows
    }

    private func spans(_ row: [Glyph]) -> [Span] {
        var out: [Span] = []
        for g in row {
            if let last = out.last, last.style == g.style {
                out[out.count - 1].text.append(g.ch)
            } else {
                out.append(Span(text: String(g.ch), style: g.style))
            }
        }
        return out
    }
}

extension String {
    /// `self` with every `target` replaced by `replacement` (Foundation-free).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        // Without the first byte of `target` there is no `target` (a byte test: no Foundation search).
        guard let first = target.utf8.first, utf8.contains(first) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
