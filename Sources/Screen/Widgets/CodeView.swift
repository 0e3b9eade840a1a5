/// A Python listing with syntax highlighting, optional line numbers, clipped (never wrapped;
/// a clipped line ends in a dim `…`) and scrollable.
public struct CodeView: Sendable {
    /// Styles of the token kinds; bold and dim keep keywords and comments apart without colour.
    public struct Theme: Sendable {
        /// `def`, `for`, `return`, …
        public var keyword: Style
        /// `np`, `print`, `range`, …
        public var builtin: Style
        /// String literals.
        public var string: Style
        /// Number literals.
        public var number: Style
        /// `# comments`.
        public var comment: Style
        /// Everything else.
        public var plain: Style
        /// Line numbers.
        public var lineNumber: Style

        /// The default theme (colours from the heatmap palette's families).
        public static let standard = Theme(
            keyword: Style(fg: .rgb(0x43, 0x93, 0xC3), attributes: .bold),
            builtin: Style(fg: .rgb(0x92, 0xC5, 0xDE)),
            string: Style(fg: .rgb(0xFD, 0xB8, 0x63)),
            number: Style(fg: .rgb(0xE0, 0x82, 0x14)),
            comment: Style(attributes: [.dim, .italic]),
            plain: .plain,
            lineNumber: .dim)
    }

    /// Python keywords.
    public static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    /// Names shown as builtins (Python's and the usual library aliases).
    public static let builtins: Set<String> = [
        "np", "tf", "keras", "print", "range", "len", "zip", "enumerate", "list", "dict", "int", "float",
        "str", "sum", "max", "min", "abs", "self", "numpy", "tensorflow",
    ]

    /// The source.
    public var code: String
    /// Show line numbers in a gutter.
    public var showLineNumbers: Bool
    /// Lines to skip at the top.
    public var scroll: Int
    /// The styles.
    public var theme: Theme

    /// Creates a listing.
    public init(code: String, showLineNumbers: Bool = true, scroll: Int = 0, theme: Theme = .standard) {
        self.code = code
        self.showLineNumbers = showLineNumbers
        self.scroll = scroll
        self.theme = theme
    }

    /// The source lines (tabs expanded to 4 spaces).
    public var lines: [String] {
        code.replacingOccurrences("\r\n", "\n").replacingOccurrences("\t", "    ")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Draws the listing into `area`; returns the rows drawn.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> Int {
        let all = lines
        let numberWidth = showLineNumbers ? String(all.count).count + 1 : 0
        var inTriple: String? = nil
        var y = area.y
        for (index, line) in all.enumerated() {
            let tokens = CodeView.tokenize(line, inTriple: &inTriple)
            guard index >= scroll else { continue }
            guard y < area.maxY else { break }
            var x = area.x
            if showLineNumbers {
                let n = String(index + 1)
                x += frame.put(String(repeating: " ", count: numberWidth - 1 - n.count) + n + " ", x: x, y: y, style: theme.lineNumber, clip: area)
            }
            let lineWidth = tokens.reduce(0) { $0 + TextWidth.width(of: $1.text) }
            for token in tokens {
                x += frame.put(token.text, x: x, y: y, style: style(of: token.kind), clip: area)
                if x >= area.maxX { break }
            }
            // A line wider than the area ends in `…` (dim) in its last column: clipped, not ended.
            if area.x + numberWidth + lineWidth > area.maxX, area.width > numberWidth + 1 {
                frame.put("…", x: area.maxX - 1, y: y, style: theme.lineNumber, clip: area)
            }
            y += 1
        }
        return y - area.y
    }

    /// A highlighted piece of a line.
    public enum TokenKind: Equatable, Sendable {
        /// A keyword.
        case keyword
        /// A builtin name.
        case builtin
        /// A string literal.
        case string
        /// A number.
        case number
        /// A comment.
        case comment
        /// Anything else.
        case plain
    }

    /// Splits one line into tokens; `inTriple` carries an open `"""`/`'''` string across lines.
    public static func tokenize(_ line: String, inTriple: inout String?) -> [(text: String, kind: TokenKind)] {
        let chars = Array(line)
        var out: [(text: String, kind: TokenKind)] = []
        var i = 0
        func emit(_ s: ArraySlice<Character>, _ k: TokenKind) {
            if let last = out.last, last.kind == k { out[out.count - 1].text += String(s) } else { out.append((String(s), k)) }
        }
        func match(_ q: String, at j: Int) -> Bool {
            let qa = Array(q)
            return j + qa.count <= chars.count && Array(chars[j..<j + qa.count]) == qa
        }
        if let q = inTriple {
            var j = 0
            while j < chars.count, !match(q, at: j) { j += 1 }
            if j < chars.count { j += q.count; inTriple = nil }
            emit(chars[0..<j], .string)
            i = j
        }
        while i < chars.count {
            let c = chars[i]
            if c == "#" {
                emit(chars[i...], .comment); break
            } else if c == "\"" || c == "'" {
                let triple = String(repeating: String(c), count: 3)
                if match(triple, at: i) {
                    var j = i + 3
                    while j < chars.count, !match(triple, at: j) { j += 1 }
                    if j < chars.count { j += 3 } else { inTriple = triple }
                    emit(chars[i..<min(j, chars.count)], .string); i = j; continue
                }
                var j = i + 1
                while j < chars.count, chars[j] != c { j += chars[j] == "\\" ? 2 : 1 }
                j = min(j + 1, chars.count)
                emit(chars[i..<j], .string); i = j
            } else if c.isNumber, c.isASCII {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "." || chars[j] == "_" || chars[j] == "e" { j += 1 }
                emit(chars[i..<j], .number); i = j
            } else if c.isLetter || c == "_" {
                var j = i
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                let word = String(chars[i..<j])
                emit(chars[i..<j], keywords.contains(word) ? .keyword : builtins.contains(word) ? .builtin : .plain)
                i = j
            } else {
                emit(chars[i...i], .plain); i += 1
            }
        }
        return out
    }

    private func style(of kind: TokenKind) -> Style {
        switch kind {
        case .keyword: theme.keyword
        case .builtin: theme.builtin
        case .string: theme.string
        case .number: theme.number
        case .comment: theme.comment
        case .plain: theme.plain
        }
    }
}
