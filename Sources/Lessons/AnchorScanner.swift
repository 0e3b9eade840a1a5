/// A quick lexical pass that finds YAML anchors (`&name`) and aliases (`*name`) before Yams sees
/// the text. Lessons reject both: aliases let a small file stand for a huge tree ("billion laughs"),
/// and Yams hashes alias keys in full while it composes, so they must be caught before composing.
///
/// The pass follows quotes, comments, flow brackets and block scalars (`|`, `>`) well enough for
/// lesson files; what it misses is still caught after composing (see `TreeCheck`).
enum AnchorScanner {
    /// A found anchor or alias: the indicator (`&` or `*`), its name and 1-based position.
    struct Finding: Equatable {
        var indicator: Character
        var name: String
        var line: Int
        var column: Int
    }

    /// The first anchor or alias in `text`, if any.
    static func first(in text: String) -> Finding? {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var inDouble = false, inSingle = false
        var blockThreshold: Int?
        var flowDepth = 0
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let chars = Array(rawLine.unicodeScalars)
            let indent = chars.prefix(while: { $0 == " " }).count
            if let threshold = blockThreshold {
                let blank = chars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
                if blank || indent > threshold { continue }
                blockThreshold = nil
            }
            var atNodeStart = !(inDouble || inSingle)
            var keyStart: Int?
            var tokenStart = indent
            var i = inDouble || inSingle ? 0 : indent
            while i < chars.count {
                let c = chars[i]
                let next: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
                if inDouble {
                    if c == "\\" { i += 2; continue }
                    if c == "\"" { inDouble = false }
                    i += 1
                    continue
                }
                if inSingle {
                    if c == "'" { if next == "'" { i += 2; continue }; inSingle = false }
                    i += 1
                    continue
                }
                if c == " " || c == "\t" || c == "\r" { i += 1; continue }
                if c == "#", i == 0 || chars[i - 1] == " " || chars[i - 1] == "\t" { break }
                if atNodeStart {
                    switch c {
                    case "&", "*":
                        let name = String(String.UnicodeScalarView(chars[(i + 1)...].prefix(while: isAnchorCharacter)))
                        if !name.isEmpty {
                            return Finding(indicator: Character(c), name: name, line: lineNumber, column: i + 1)
                        }
                        atNodeStart = false
                    case "!":
                        while i < chars.count, chars[i] != " " { i += 1 }
                        continue
                    case "\"": inDouble = true; atNodeStart = false; tokenStart = i
                    case "'": inSingle = true; atNodeStart = false; tokenStart = i
                    case "-", "?", ":":
                        if next == nil || next == " " || next == "\t" { i += 1; continue }
                        atNodeStart = false; tokenStart = i
                    case "[", "{": flowDepth += 1
                    case "]", "}": flowDepth = max(0, flowDepth - 1); atNodeStart = false
                    case "|", ">":
                        if flowDepth == 0 { blockThreshold = keyStart ?? indent; i = chars.count; continue }
                        atNodeStart = false
                    default: atNodeStart = false; tokenStart = i
                    }
                    i += 1
                    continue
                }
                if c == ":", next == nil || next == " " || next == "\t" || (flowDepth > 0 && (next == "," || next == "]" || next == "}")) {
                    keyStart = tokenStart
                    atNodeStart = true
                } else if flowDepth > 0, c == "," {
                    atNodeStart = true
                } else if flowDepth > 0, c == "]" || c == "}" {
                    flowDepth -= 1
                }
                i += 1
            }
        }
        return nil
    }

    /// Characters libyaml accepts in an anchor name.
    private static func isAnchorCharacter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic && c.isASCII || ("0"..."9").contains(c) || c == "-" || c == "_"
    }
}
