import LessonScan
import Yams

/// Turns the errors Yams (libyaml) throws into diagnostics with clear messages.
enum YAMLErrorTranslator {
    /// One diagnostic for an error thrown by `Yams.compose`.
    static func diagnostic(for error: Error, text: String, path: String) -> Diagnostic {
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(path: path, line: max(1, line), column: max(1, column), message: message)
        }
        guard let yamlError = error as? YamlError else {
            return at(1, 1, "cannot read the YAML: \(error)")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            if let structure = structureError(problem: problem, context: context, mark: mark, text: text) {
                return at(structure.line, structure.column, structure.message)
            }
            return at(mark.line, mark.column, message(problem: problem, context: context, mark: mark, text: text))
        case let .composer(context, problem, mark, _):
            if problem.contains("another document") {
                return at(mark.line, mark.column, "found a second YAML document (after `---`), expected one lesson per file")
            }
            if problem.contains("undefined alias") {
                return at(mark.line, mark.column, "found an alias (*name); aliases are not supported in lessons")
            }
            return at(mark.line, mark.column, message(problem: problem, context: context, mark: mark, text: text))
        case let .reader(problem, offset, value, _):
            let (line, column) = offset.map { SourceText.position(ofCharacter: $0, in: text) } ?? (1, 1)
            if problem.contains("control characters") {
                let code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
                return at(line, column, "found the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code), which YAML does not allow in a file")
            }
            return at(line, column, "cannot read the text: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams names the first copy; the author needs the second (usually the one pasted in).
            let first = context.mark
            if duplicates.count == 1, let key = duplicates.first,
               let second = IndentationScanner(text).secondCopy(of: key, after: first.line, column: first.column) {
                return at(second.line, second.column,
                          "found the key \(Node.quote(key)) a second time in this map (the first is at line \(first.line), "
                          + "column \(first.column)); each key may appear once, expected one of the two to be removed")
            }
            let keys = duplicates.map { Node.quote($0) }.joined(separator: ", ")
            return at(first.line, first.column,
                      "found the key \(keys) more than once in the same map; each key may appear once")
        default:
            return at(1, 1, "cannot read the YAML: \(yamlError)")
        }
    }

    /// Indentation and unclosed brackets, told in the author's terms at the line to fix; nil when
    /// the problem is something else.
    private static func structureError(problem: String, context: YamlError.Context?, mark: Mark,
                                       text: String) -> (line: Int, column: Int, message: String)? {
        if SourceText.scalar(in: text, line: mark.line, column: mark.column) == "\t" { return nil }
        let lines = IndentationScanner(text)
        if problem.contains("did not find expected key"),
           let found = lines.misindented(line: mark.line, deeperOnlyIfContinued: false) {
            return found
        }
        if problem.contains("mapping values are not allowed"),
           let line = lines.line(mark.line), mark.column - 1 - line.keyIndent == line.content.firstIndex(of: ":").map({ line.content.distance(from: line.content.startIndex, to: $0) }),
           let found = lines.misindented(line: mark.line, deeperOnlyIfContinued: true) {
            return found
        }
        if let context, problem.contains("did not find expected ','") {
            let isList = problem.contains("']'")
            let (open, close, what) = isList ? ("[", "]", "list") : ("{", "}", "map")
            if mark.line != context.mark.line {
                return (context.mark.line, context.mark.column,
                        "the \(what) opened with `\(open)` here is not closed, expected `\(close)` at its end (before line \(mark.line))")
            }
            return (mark.line, mark.column,
                    "found no `,` between two entries of the \(what) opened at column \(context.mark.column), expected `,` or `\(close)`")
        }
        if let context, context.text.contains("scanning a quoted scalar"), problem.contains("end of stream") {
            return (context.mark.line, context.mark.column,
                    "the quoted text that starts here is never closed, expected a closing quote at its end")
        }
        return nil
    }

    /// A clearer message for common libyaml scanner and parser problems.
    private static func message(problem: String, context: YamlError.Context?, mark: Mark, text: String) -> String {
        let scalar = SourceText.scalar(in: text, line: mark.line, column: mark.column)
        if scalar == "\t" {
            return "found a tab; YAML indents with spaces only, expected spaces instead of the tab"
        }
        if problem.contains("Maximum nesting level") {
            return "lists and maps are nested too deep (libyaml stops at 1000 levels), past the limit of \(LessonLimits.maxDepth) levels"
        }
        if let context, context.text.contains("scanning an alias") || context.text.contains("scanning an anchor") {
            let indicator = context.text.contains("alias") ? "*" : "&"
            return "found `\(indicator)` at the start of a value, where YAML expects an \(indicator == "*" ? "alias" : "anchor") name;"
                + " anchors and aliases are not supported in lessons (to start a text with `\(indicator)`, put it in quotes)"
        }
        var message = "YAML syntax error: \(problem)"
        if let context {
            message += " (\(context.text) started at line \(context.mark.line), column \(context.mark.column))"
        }
        if problem.contains("mapping values are not allowed") {
            message += "; a value that contains `: ` must be put in quotes (`text: \"Note: …\"`)"
        }
        return message
    }
}
