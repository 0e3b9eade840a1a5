import Yams
import RNNCore

/// Readers for the step kinds added after the first four: `quiz` and `diagram`.
extension LessonParser {
    /// The most choices a quiz may have (answered with the keys 1–9).
    static let maxChoices = LessonFormat.maxChoices

    /// `quiz: {question, choices: [...], answer: N, explain}`; `answer` counts from 1.
    func quizStep(_ value: Node, keyNode: Node) -> StepKind? {
        guard let fields = context.fields(value, LessonFormat.quiz, missingAt: keyNode.mark) else { return nil }
        let question = fields["question"].flatMap { context.localized($0, field: "question") }
        let explain = fields["explain"].flatMap { context.localized($0, field: "explain") }
        let choices = fields["choices"].flatMap { quizChoices($0) }
        var answer: Int?
        if let node = fields["answer"] {
            answer = context.integer(node, field: "answer", expected: "the number of the right choice (1 or more)")
            if let n = answer, let count = choices?.count, !(1...count).contains(n) {
                context.error("`answer` is \(n), expected the number of one of the \(count) choices (1 to \(count))", at: node)
                answer = nil
            }
        }
        guard let question, let explain, let choices, let answer else { return nil }
        return .quiz(Quiz(question: question, choices: choices, answer: answer - 1, explain: explain))
    }

    /// A list of 2 to 9 texts.
    private func quizChoices(_ node: Node) -> [LocalizedText]? {
        guard case .sequence(let sequence) = node else {
            context.error("found \(node.found) for `choices`, expected a list of 2 to \(Self.maxChoices) texts", at: node)
            return nil
        }
        guard (2...Self.maxChoices).contains(sequence.count) else {
            context.error("`choices` has \(Plural.count(sequence.count, "entry", "entries")), expected 2 to \(Self.maxChoices) (they are answered with the keys 1–9)", at: node)
            return nil
        }
        let parsed = sequence.map { context.localized($0, field: "choices") }
        guard parsed.allSatisfy({ $0 != nil }) else { return nil }
        let texts = parsed.compactMap { $0 }
        for (index, choice) in texts.enumerated() {
            guard let earlier = texts[..<index].firstIndex(where: { Self.readSame($0, choice) }) else { continue }
            context.warning("choice \(index + 1) repeats choice \(earlier + 1) (\(Node.quote(Self.normalized(choice.text(.ko)))));"
                            + " students cannot tell them apart, expected different choices", at: sequence[index])
        }
        return texts
    }

    /// True when two choices read the same in either language, ignoring case and spacing.
    private static func readSame(_ a: LocalizedText, _ b: LocalizedText) -> Bool {
        Language.allCases.contains { normalized(a.text($0)) == normalized(b.text($0)) }
    }

    /// Lowercased, with runs of white space as one space and none at the ends.
    private static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// `diagram: {art: "…", caption: …}`; `art` is preformatted (a string or a {ko, en} map).
    func diagramStep(_ value: Node, keyNode: Node) -> StepKind? {
        guard let fields = context.fields(value, LessonFormat.diagram, missingAt: keyNode.mark) else { return nil }
        let art = fields["art"].flatMap { context.localized($0, field: "art") }
        let caption = fields.values["caption"].flatMap { context.localized($0, field: "caption") }
        if fields.values["caption"] != nil, caption == nil { return nil }
        guard let art else { return nil }
        return .diagram(Diagram(art: art, caption: caption))
    }
}
