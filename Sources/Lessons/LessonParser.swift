import RNNCore
import Yams

/// Reads a composed YAML node tree into a `Lesson`, collecting diagnostics in a `ParseContext`.
///
/// Steps are parsed by a table keyed by the step's single key: a new kind is a row in
/// `LessonFormat.step`, its argument table, an entry in `stepReaders` and one function.
struct LessonParser {
    /// The context that collects diagnostics.
    let context: ParseContext

    /// A step parser: reads the value under the step's key (`keyNode` is the key, for positions).
    typealias StepParser = @Sendable (_ parser: LessonParser, _ value: Node, _ keyNode: Node) -> StepKind?

    /// The reader of each step kind of `LessonFormat.step` (which gives their names and order).
    static let stepReaders: [String: StepParser] = [
        "text": { parser, value, _ in parser.textStep(value) },
        "code": { parser, value, key in parser.codeStep(value, keyNode: key) },
        "summary": { parser, value, key in parser.summaryStep(value, keyNode: key) },
        "rnn": { parser, value, key in parser.rnnStep(value, keyNode: key) },
        "lstm": { parser, value, key in parser.gatedStep(value, keyNode: key, table: LessonFormat.lstm) },
        "gru": { parser, value, key in parser.gatedStep(value, keyNode: key, table: LessonFormat.gru) },
        "quiz": { parser, value, key in parser.quizStep(value, keyNode: key) },
        "diagram": { parser, value, key in parser.diagramStep(value, keyNode: key) },
    ]

    /// The lesson format versions this parser reads.
    static let supportedVersions = [1]

    /// Reads the whole lesson; nil when anything was wrong (see `context.diagnostics`).
    func lesson(_ root: Node) -> Lesson? {
        if case .scalar(let scalar) = root, scalar.string.isEmpty, case .null = ScalarValue(scalar) {
            context.error("the file has only an empty YAML document, expected a lesson with `title` and `steps`", line: 1, column: 1)
            return nil
        }
        guard case .mapping = root else {
            context.error("found \(root.found) at the top level, expected a map with `title` and `steps`", at: root)
            return nil
        }
        guard let fields = context.fields(root, LessonFormat.lesson, missingAt: root.mark) else { return nil }
        if let versionNode = fields["version"],
           let version = context.integer(versionNode, field: "version", expected: "the integer 1"),
           !LessonParser.supportedVersions.contains(version) {
            context.error("found version \(version), expected 1 (this rnnstep reads lesson format version 1)", at: versionNode)
        }
        let title = fields["title"].flatMap { context.localized($0, field: "title") }
        let steps = fields["steps"].flatMap { self.steps($0) }
        guard context.errorCount == 0, let title, let steps else { return nil }
        for (node, message) in context.languages.plainWarnings() { context.warning(message, at: node) }
        return Lesson(path: context.path, title: title, steps: steps, warnings: context.sortedWarnings)
    }

    /// The `steps` list.
    func steps(_ node: Node) -> [Step]? {
        guard case .sequence(let sequence) = node else {
            context.error("found \(node.found) for `steps`, expected a list of steps"
                          + (node.mapping != nil ? ", each starting with `- ` (`  - text: …`)" : ""), at: node)
            return nil
        }
        guard !sequence.isEmpty else {
            context.error("`steps` is empty, expected at least one step", at: node)
            return nil
        }
        guard sequence.count <= LessonLimits.maxSteps else {
            context.error("the lesson has \(sequence.count) steps, past the limit of \(LessonLimits.maxSteps) steps", at: node)
            return nil
        }
        var steps: [Step] = []
        var ok = true
        for item in sequence {
            if let step = step(item) { steps.append(step) } else { ok = false }
        }
        return ok ? steps : nil
    }

    /// One step: a map with exactly one key naming its kind, and optionally `notes` beside it
    /// (before or after the kind).
    func step(_ node: Node) -> Step? {
        let names = LessonFormat.step.choices
        // Only error messages need it (joining the names at every step cost 0.27 M instructions
        // before the first frame, most of it the runtime resolving `joined` for the first time).
        var list: String { names.map { "`\($0)`" }.joined(separator: ", ") }
        guard case .mapping(let mapping) = node else {
            context.error("found \(node.found) as a step, expected a map with one key: \(list)", at: node)
            return nil
        }
        guard !mapping.isEmpty else {
            context.error("found an empty map as a step, expected one key: \(list)", at: node)
            return nil
        }
        let alongside = LessonFormat.step.alongside
        let isCompanion = { (key: Node) in key.scalar.map { alongside.contains($0.string) } ?? false }
        let entries = Array(mapping)
        guard let kindEntry = entries.first(where: { !isCompanion($0.key) }) else {
            context.error("found a step with only `notes`, expected a step kind beside it: one of \(list)", at: node)
            return nil
        }
        let (keyNode, value) = (kindEntry.key, kindEntry.value)
        let others = entries.filter { $0.key != keyNode }
        let extras = others.filter { !isCompanion($0.key) }
        if let misplaced = misindentedStepKey(extras.map(\.key), kind: keyNode, value: value) {
            context.error(misplaced.message, line: misplaced.line, column: misplaced.column)
            return nil
        }
        for (extra, _) in extras {
            let name = extra.scalar?.string ?? "?"
            if !names.contains(name), let near = Suggestion.closest(to: name, in: alongside) {
                context.error("unknown key \(Node.quote(name)) beside \(Node.quote(keyNode.scalar?.string ?? "?")) in a step, "
                              + "expected `\(near)` (the teacher's notes) or a new step starting with `- `; did you mean `\(near)`?", at: extra)
                continue
            }
            context.error("found the key \(Node.quote(name)) in a step that already has \(Node.quote(keyNode.scalar?.string ?? "?")); "
                          + "each step has exactly one key (\(list)) besides `notes`; start a new step with `- `", at: extra)
        }
        guard let key = context.stringKey(keyNode) else { return nil }
        guard names.contains(key), let read = LessonParser.stepReaders[key] else {
            context.error("unknown step kind \(Node.quote(key)), expected one of \(list)"
                          + Suggestion.phrase(for: key, in: names + alongside), at: keyNode)
            return nil
        }
        let before = context.errorCount
        let notes = others.first(where: { isCompanion($0.key) }).flatMap { context.localized($0.value, field: "notes") }
        let parsed = read(self, value, keyNode)
        guard extras.isEmpty, context.errorCount == before, let parsed else { return nil }
        let mark = node.mark ?? keyNode.mark
        var step = Step(kind: parsed, position: SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1), notes: notes)
        if case .rnn(let spec) = parsed, let callouts = value.mapping?["callouts"] {
            let read = self.callouts(callouts, timesteps: spec.stepPositions,
                                     passes: spec.isStack ? spec.layers * spec.direction.passes.count : nil)
            guard context.errorCount == before else { return nil }
            step.callouts = read
        }
        return step
    }

    /// A step's key indented like the step kind instead of under it: the whole body (`rnn:` then
    /// `timesteps:` at the same column, so `rnn` is empty) or one key of it (`answer` dedented
    /// out of a quiz). Told as indentation at the misplaced line; nil for a second step kind
    /// (a forgotten `- `), which keeps its own message.
    private func misindentedStepKey(_ extras: [Node], kind keyNode: Node, value: Node)
        -> (line: Int, column: Int, message: String)? {
        guard !extras.isEmpty, let kind = keyNode.scalar?.string, let kindMark = keyNode.mark else { return nil }
        guard let extra = extras.first(where: { $0.mark.map { $0.line > kindMark.line && $0.column == kindMark.column } ?? false }),
              let mark = extra.mark, let name = extra.scalar?.string else { return nil }
        let indent = IndentationScanner.spaces(mark.column - 1)
        if case .scalar(let scalar) = value, case .null = ScalarValue(scalar) {
            return (mark.line, mark.column,
                    "line \(mark.line) is indented \(indent), the same as `\(kind)` (line \(kindMark.line)), so `\(kind)` is empty; "
                    + "expected the keys of `\(kind)` indented more than it (\(mark.column + 1) spaces)")
        }
        guard let schema = LessonFormat.maps.first(where: { $0.name == kind }), schema.allowed.contains(name),
              case .mapping(let body) = value, let sibling = body.first?.key.mark else { return nil }
        return (mark.line, mark.column,
                "line \(mark.line) is indented \(indent), the same as `\(kind)` (line \(kindMark.line)); the other keys of "
                + "`\(kind)` (from line \(sibling.line)) are indented \(sibling.column - 1), expected \(sibling.column - 1) spaces here too")
    }

    /// `text: "…"` or `text: {ko, en}`.
    func textStep(_ value: Node) -> StepKind? {
        context.localized(value, field: "text").map(StepKind.text)
    }

    /// `code: {language: python, source: "…"}`.
    func codeStep(_ value: Node, keyNode: Node) -> StepKind? {
        guard let fields = context.fields(value, LessonFormat.code, missingAt: keyNode.mark) else { return nil }
        var language: String? = "python"
        if let node = fields["language"] {
            language = context.string(node, field: "language")
        }
        let source = fields["source"].flatMap { context.string($0, field: "source") }
        guard let language, let source else { return nil }
        return .code(CodeListing(language: language, source: source))
    }
}
