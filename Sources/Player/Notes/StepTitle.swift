import Lessons
import RNNCore
import Screen

/// A step's title for the teacher's notes screen (`rnnstep notes`): steps carry no title of their
/// own, so one is read from what the step shows — a text's or a quiz question's first sentence, a
/// code listing's first line, a model's layers, a step-through's sizes, a diagram's caption.
public enum StepTitle {
    /// The longest title, in columns; longer ones end with `…`.
    public static let maxWidth = 72

    /// The title of `step` in `language`, without markup, at most `maxWidth` columns.
    public static func of(_ step: Step, _ language: Language) -> String {
        let raw: String
        switch step.kind {
        case .text(let text):
            raw = firstSentence(text.text(language))
        case .code(let listing):
            raw = firstLine(listing.source)
        case .summary(let model):
            raw = model.name + ": " + model.layers.map(\.kind.typeName).joined(separator: " → ")
        case .rnn(let spec):
            raw = sizes(spec.timesteps, spec.inputDim, spec.hiddenUnits)
        case .gated(let spec):
            raw = sizes(spec.timesteps, spec.inputDim, spec.hiddenUnits)
        case .quiz(let quiz):
            raw = firstSentence(quiz.question.text(language))
        case .diagram(let diagram):
            raw = diagram.caption.map { firstSentence($0.text(language)) } ?? firstLine(diagram.art.text(language))
        }
        return Player.cut(raw, to: maxWidth)
    }

    /// `T 10 · D 4 · H 8`.
    private static func sizes(_ t: Int, _ d: Int, _ h: Int) -> String {
        "T \(t) · D \(d) · H \(h)"
    }

    /// The first non-blank line, trimmed.
    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return trimmed(line)
    }

    /// `text` without spaces and tabs at either end.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// The first sentence of the first paragraph, with `**`, backticks and a list marker removed:
    /// the paragraph's lines joined as `TextBlock` flows them, cut after the first `.`, `?` or `!`
    /// that a space or the end follows.
    static func firstSentence(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = trimmed(line)
            if words.isEmpty { if lines.isEmpty { continue } else { break } }
            lines.append(words)
        }
        var flowing = String(lines.joined(separator: " ").split(separator: "**", omittingEmptySubsequences: false).joined())
        flowing.removeAll { $0 == "`" }
        for marker in ["- ", "* ", "• "] where flowing.hasPrefix(marker) { flowing.removeFirst(marker.count) }
        let characters = Array(flowing)
        for (i, ch) in characters.enumerated() where ".?!".contains(ch) {
            if i + 1 == characters.count || characters[i + 1] == " " { return String(characters[...i]) }
        }
        return flowing
    }
}
