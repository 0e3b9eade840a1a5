import Yams

/// Collects diagnostics while a lesson's node tree is read, so that one pass reports
/// every independent problem it can.
final class ParseContext {
    /// The file name used in diagnostics.
    let path: String
    /// Problems found so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Errors found so far, including those past `maxDiagnostics` that were not kept.
    private(set) var errorCount = 0
    /// Warnings found so far (a lesson that works but teaches badly), in the order found; they are
    /// kept apart from the errors and reported only for a lesson without errors.
    private(set) var warnings: [Diagnostic] = []

    /// The languages of the texts read so far (for the language warnings).
    var languages = LanguageCheck()

    /// Numbers of the rnn steps materialised so far (see `LessonParser.engineCheckBudget`).
    var engineCheckedNumbers = 0

    /// At most this many diagnostics are kept per file; the rest would only repeat the same mistake.
    static let maxDiagnostics = 100

    init(path: String) {
        self.path = path
    }

    /// Records an error at a node's position (1:1 when the node has none).
    func error(_ message: String, at node: Node) {
        error(message, at: node.mark)
    }

    /// Records an error at a mark.
    func error(_ message: String, at mark: Mark?) {
        error(message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records an error at a 1-based line and column.
    func error(_ message: String, line: Int, column: Int) {
        errorCount += 1
        guard diagnostics.count < ParseContext.maxDiagnostics else { return }
        diagnostics.append(Diagnostic(path: path, line: max(1, line), column: max(1, column), message: message))
    }

    /// Records a warning at a node's position.
    func warning(_ message: String, at node: Node) {
        guard warnings.count < ParseContext.maxDiagnostics else { return }
        warnings.append(Diagnostic(path: path, line: max(1, node.mark?.line ?? 1), column: max(1, node.mark?.column ?? 1),
                                   severity: .warning, message: message))
    }

    /// Warnings sorted by position (stable).
    var sortedWarnings: [Diagnostic] {
        warnings.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }

    /// Diagnostics sorted by position, duplicates removed.
    var sortedDiagnostics: [Diagnostic] {
        var seen = Set<String>()
        return diagnostics.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
            .filter { seen.insert($0.description).inserted }
    }

    /// Reads a map whose keys are the rows of `schema`, reporting non-string keys, duplicates,
    /// unknown keys (with a suggestion) and missing required keys (at `missingAt`, usually the key
    /// that holds the map). Returns nil (after an error) when `node` is not a map.
    ///
    /// Root cause first: a required key that is missing because it was misspelt (an unknown key
    /// whose suggestion names it) is not reported again; the typo's error says it all.
    /// `what` names the map in messages when it differs from `schema.what` (`` `title` ``).
    func fields(_ node: Node, _ schema: MapSchema, what: String? = nil, missingAt mark: Mark?) -> Fields? {
        let what = what ?? schema.what
        guard case .mapping(let mapping) = node else {
            error("found \(node.found), expected a map (\(what))", at: node)
            return nil
        }
        let allowed = schema.allowed
        var fields = Fields(node: node)
        var misspelt = Set<String>()
        for (keyNode, value) in mapping {
            guard let key = stringKey(keyNode) else { continue }
            if fields.values[key] != nil {
                error("found \(Node.quote(key)) a second time in \(what); each key may appear once", at: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
                if let advice = KeyAdvice.advice(for: key, in: schema) {
                    if let replaced = advice.replaces { misspelt.insert(replaced) }
                    error("unknown key \(Node.quote(key)) in \(what): \(advice.text)", at: keyNode)
                    continue
                }
                let suggestion = Suggestion.closest(to: key, in: allowed)
                if let suggestion { misspelt.insert(suggestion) }
                error("unknown key \(Node.quote(key)) in \(what), expected one of \(list)"
                      + (suggestion.map { "; did you mean `\($0)`?" } ?? ""), at: keyNode)
                continue
            }
            fields.values[key] = value
            fields.keys[key] = keyNode
        }
        for spec in schema.keys where spec.required && fields.values[spec.name] == nil && !misspelt.contains(spec.name)
            && spec.unlessKey.map({ fields.values[$0] == nil }) ?? true {
            missing(spec.name, in: schema.owner, expected: spec.expected, at: mark)
        }
        return fields
    }

    /// The text of a key that is a string; otherwise reports it and returns nil.
    func stringKey(_ keyNode: Node) -> String? {
        if case .scalar(let scalar) = keyNode, case .string(let text) = ScalarValue(scalar) {
            return text
        }
        error("found a key that is not a string (\(keyNode.found)); keys are names such as `title`", at: keyNode)
        return nil
    }

    /// Reports a required field that is absent.
    func missing(_ field: String, in what: String, expected: String, at mark: Mark?) {
        error("\(what) is missing `\(field)` (\(expected))", at: mark)
    }
}

/// The known fields of a map, by key, with the key nodes for positions.
struct Fields {
    /// The map itself.
    let node: Node
    /// Values by key.
    var values: [String: Node] = [:]
    /// Key nodes by key.
    var keys: [String: Node] = [:]

    init(node: Node) {
        self.node = node
    }

    /// The value of `key`, if present.
    subscript(_ key: String) -> Node? { values[key] }
}
