/// Reads the layout of a lesson's source lines (no YAML parser involved), so that structure errors
/// can be told in an author's terms: which line is indented how far, where the map it should
/// belong to starts, where a key appears for the second time.
///
/// Only block-style lines are understood: a line's *key indent* is the column where its key (or
/// value) starts, after any `- ` list markers, so `  - rnn:` has key indent 4.
struct IndentationScanner {
    /// One source line, split into what the scanner needs.
    struct Line {
        /// 1-based line number.
        var number: Int
        /// Leading spaces.
        var indent: Int
        /// Spaces and `- ` markers before the first key or value.
        var keyIndent: Int
        /// The text after `keyIndent`.
        var content: Substring
        /// True for blank and comment-only lines.
        var isEmpty: Bool
    }

    /// The lines of the file, 1-based (`lines[0]` is line 1).
    let lines: [Line]

    init(_ text: String) {
        var result: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            var keyIndent = indent
            while rest.hasPrefix("- ") || rest == "-" {
                let after = rest.dropFirst(1)
                let spaces = after.prefix { $0 == " " }.count
                keyIndent += 1 + spaces
                rest = after.dropFirst(spaces)
            }
            let trimmed = rest.trimmingSpaces
            result.append(Line(number: index + 1, indent: indent, keyIndent: keyIndent, content: rest,
                               isEmpty: trimmed.isEmpty || trimmed.hasPrefix("#")))
        }
        lines = result
    }

    /// The line numbered `number`, if the file has it.
    func line(_ number: Int) -> Line? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// The last non-blank, non-comment line before line `number`.
    func previousContent(before number: Int) -> Line? {
        var index = number - 2
        while index >= 0 {
            if !lines[index].isEmpty { return lines[index] }
            index -= 1
        }
        return nil
    }

    /// The first line of the block whose keys are at `keyIndent` and that holds line `number`:
    /// walks back while lines are indented at least that far.
    func blockStart(keyIndent: Int, from number: Int) -> Int {
        var start = number
        var index = number - 2
        while index >= 0 {
            let line = lines[index]
            if !line.isEmpty {
                if line.keyIndent < keyIndent { break }
                if line.keyIndent == keyIndent { start = line.number }
                // A `- ` line at this depth starts the map it holds.
                if line.indent < keyIndent && line.keyIndent == keyIndent { break }
            }
            index -= 1
        }
        return start
    }

    /// Whether a line's content starts with `key:` (a block key, plain or quoted).
    static func startsWithKey(_ content: Substring) -> Bool {
        guard let colon = content.firstIndex(of: ":") else { return false }
        let key = content[..<colon]
        let after = content[colon...].dropFirst()
        guard !key.isEmpty, !key.contains(" #"), after.isEmpty || after.hasPrefix(" ") else { return false }
        return !key.hasPrefix("[") && !key.hasPrefix("{")
    }

    /// "line N is indented K spaces; the other keys of the map that starts at line M are
    /// indented J" when line `number` is indented differently from the key line before it, else
    /// nil. With `deeperOnlyIfContinued` (libyaml read the line as the continuation of the
    /// previous line's value), a line indented deeper counts only after a `key: value` line.
    func misindented(line number: Int, deeperOnlyIfContinued: Bool) -> (line: Int, column: Int, message: String)? {
        guard let line = line(number), !line.isEmpty, let previous = previousContent(before: number) else { return nil }
        let found = line.keyIndent
        let expected = previous.keyIndent
        guard found != expected, IndentationScanner.startsWithKey(previous.content) else { return nil }
        if found > expected {
            guard deeperOnlyIfContinued, IndentationScanner.hasInlineValue(previous.content) else { return nil }
        }
        let start = blockStart(keyIndent: expected, from: previous.number)
        return (number, found + 1,
                "line \(number) is indented \(IndentationScanner.spaces(found)); the other keys of the map that starts at "
                + "line \(start) are indented \(expected), expected \(expected) spaces here too")
    }

    /// Whether `key: value` has a value on the same line.
    static func hasInlineValue(_ content: Substring) -> Bool {
        guard let colon = content.firstIndex(of: ":") else { return false }
        let value = content[colon...].dropFirst().trimmingSpaces
        return !value.isEmpty && !value.hasPrefix("#") && !value.hasPrefix("|") && !value.hasPrefix(">")
    }

    /// Where `key` appears again in the same block map after its first copy at (line, column):
    /// the next line at the same key indent (before the block ends) whose key is `key`.
    func secondCopy(of key: String, after line: Int, column: Int) -> (line: Int, column: Int)? {
        // A flow map on one line: `{a: 1, a: 2}`.
        if let first = self.line(line) {
            let text = String(first.content)
            let offset = column - 1 - first.keyIndent
            if offset >= 0, offset < text.count {
                let tail = text.dropFirst(offset + key.count)
                if let range = tail.range(of: "\(key):") ?? tail.range(of: "\(key) :") {
                    let before = tail[..<range.lowerBound].last
                    if before == nil || before == " " || before == "," || before == "{" {
                        return (line, first.keyIndent + offset + key.count + tail.distance(from: tail.startIndex, to: range.lowerBound) + 1)
                    }
                }
            }
        }
        var index = line
        while index < lines.count {
            let candidate = lines[index]
            index += 1
            if candidate.isEmpty { continue }
            if candidate.keyIndent < column - 1 { break }
            guard candidate.keyIndent == column - 1 else { continue }
            let name = candidate.content.prefix { $0 != ":" }.trimmingSpaces
            if name == key || name == "\"\(key)\"" || name == "'\(key)'" { return (candidate.number, column) }
        }
        return nil
    }

    /// "1 space", "5 spaces".
    static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    var trimmingSpaces: Substring {
        let start = drop { $0 == " " }
        var end = start
        while end.last == " " { end = end.dropLast() }
        return end
    }
}
