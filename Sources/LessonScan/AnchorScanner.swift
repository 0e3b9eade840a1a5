/// A quick lexical pass that finds YAML anchors (`&name`) and aliases (`*name`) before Yams sees
/// the text. Lessons reject both: aliases let a small file stand for a huge tree ("billion laughs"),
/// and Yams hashes alias keys in full while it composes, so they must be caught before composing.
///
/// The pass follows quotes, comments, flow brackets and block scalars (`|`, `>`) well enough for
/// lesson files; what it misses is still caught after composing (see `TreeCheck`).
public enum AnchorScanner {
    /// A found anchor or alias: the indicator (`&` or `*`), its name and 1-based position.
    public struct Finding: Equatable, Sendable {
        /// `&` for an anchor, `*` for an alias.
        public var indicator: Character
        /// The anchor's or alias's name.
        public var name: String
        /// 1-based line.
        public var line: Int
        /// 1-based column, in Unicode scalars.
        public var column: Int

        /// Creates a finding.
        public init(indicator: Character, name: String, line: Int, column: Int) {
            self.indicator = indicator
            self.name = name
            self.line = line
            self.column = column
        }
    }

    /// The first anchor or alias in `text`, if any.
    ///
    /// Works on UTF-8 bytes: every character the scan acts on is ASCII, and a byte of a multi-byte
    /// character is "some other character" just as the whole character would be. Columns are
    /// counted in Unicode scalars (the 1-based column of a finding, and the column a block
    /// scalar's key starts at), as the diagnostics report them.
    public static func first(in text: String) -> Finding? {
        var bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        bytes.append(UInt8(ascii: "\n"))
        var inDouble = false, inSingle = false
        var blockThreshold: Int?
        var flowDepth = 0
        var lineNumber = 0
        var lineStart = 0
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r"), newline = UInt8(ascii: "\n")
        while lineStart < bytes.count {
            var end = lineStart
            while bytes[end] != newline { end += 1 }
            let nextLine = end + 1
            if end > lineStart, bytes[end - 1] == cr { end -= 1 }  // "\r\n" ends a line as "\n" does
            lineNumber += 1
            defer { lineStart = nextLine }
            /// The scalar column (0-based) of byte `k` of this line.
            func column(_ k: Int) -> Int { bytes[lineStart..<(lineStart + k)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
            let count = end - lineStart
            func at(_ k: Int) -> UInt8 { bytes[lineStart + k] }
            var indent = 0
            while indent < count, at(indent) == space { indent += 1 }
            if let threshold = blockThreshold {
                var blank = true
                for k in 0..<count where at(k) != space && at(k) != tab && at(k) != cr { blank = false; break }
                if blank || indent > threshold { continue }
                blockThreshold = nil
            }
            var atNodeStart = !(inDouble || inSingle)
            var keyStart: Int?
            var tokenStart = indent
            var i = inDouble || inSingle ? 0 : indent
            while i < count {
                let c = at(i)
                let next: UInt8? = i + 1 < count ? at(i + 1) : nil
                if inDouble {
                    if c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == UInt8(ascii: "\"") { inDouble = false }
                    i += 1
                    continue
                }
                if inSingle {
                    if c == UInt8(ascii: "'") { if next == UInt8(ascii: "'") { i += 2; continue }; inSingle = false }
                    i += 1
                    continue
                }
                if c == space || c == tab || c == cr { i += 1; continue }
                if c == UInt8(ascii: "#"), i == 0 || at(i - 1) == space || at(i - 1) == tab { break }
                if atNodeStart {
                    switch c {
                    case UInt8(ascii: "&"), UInt8(ascii: "*"):
                        var k = i + 1
                        while k < count, isAnchorByte(at(k)) { k += 1 }
                        if k > i + 1 {
                            let name = String(decoding: bytes[(lineStart + i + 1)..<(lineStart + k)], as: UTF8.self)
                            return Finding(indicator: Character(Unicode.Scalar(c)), name: name, line: lineNumber, column: column(i) + 1)
                        }
                        atNodeStart = false
                    case UInt8(ascii: "!"):
                        while i < count, at(i) != space { i += 1 }
                        continue
                    case UInt8(ascii: "\""): inDouble = true; atNodeStart = false; tokenStart = i
                    case UInt8(ascii: "'"): inSingle = true; atNodeStart = false; tokenStart = i
                    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                        if next == nil || next == space || next == tab { i += 1; continue }
                        atNodeStart = false; tokenStart = i
                    case UInt8(ascii: "["), UInt8(ascii: "{"): flowDepth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1); atNodeStart = false
                    case UInt8(ascii: "|"), UInt8(ascii: ">"):
                        if flowDepth == 0 { blockThreshold = keyStart.map(column) ?? indent; i = count; continue }
                        atNodeStart = false
                    default: atNodeStart = false; tokenStart = i
                    }
                    i += 1
                    continue
                }
                if c == UInt8(ascii: ":"), next == nil || next == space || next == tab
                    || (flowDepth > 0 && (next == UInt8(ascii: ",") || next == UInt8(ascii: "]") || next == UInt8(ascii: "}"))) {
                    keyStart = tokenStart
                    atNodeStart = true
                } else if flowDepth > 0, c == UInt8(ascii: ",") {
                    atNodeStart = true
                } else if flowDepth > 0, c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    flowDepth -= 1
                }
                i += 1
            }
        }
        return nil
    }

    /// Bytes libyaml accepts in an anchor name (ASCII letters, digits, `-`, `_`).
    private static func isAnchorByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
    }
}
