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
            let keys = duplicates.map { Node.quote($0) }.joined(separator: ", ")
            return at(context.mark.line, context.mark.column,
                      "found the key \(keys) more than once in the same map; each key may appear once")
        default:
            return at(1, 1, "cannot read the YAML: \(yamlError)")
        }
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
            message += "; a value that contains `: ` must be put in quotes"
        }
        return message
    }
}
