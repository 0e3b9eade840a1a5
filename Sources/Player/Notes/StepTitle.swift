import Lessons
import RNNCore
import Screen

/// A step's title for the teacher's notes screen (`rnnstep notes`): steps carry no title of their
/// own, so one is read from what the step shows — a text's or a quiz question's first sentence, a
/// code listing's first line, a model's layers, a step-through's sizes (with its layers and
/// direction when stacked or not forward), the sentence a step reads, a diagram's caption.
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
            raw = rnn(spec, language)
        case .gated(let spec):
            raw = sizes(spec.timesteps, spec.inputDim, spec.hiddenUnits)
        case .quiz(let quiz):
            raw = firstSentence(quiz.question.text(language))
        case .diagram(let diagram):
            raw = diagram.caption.map { firstSentence($0.text(language)) } ?? firstLine(diagram.art.text(language))
        }
        return Player.cut(raw, to: maxWidth)
    }

    /// The longest quoted sentence, in columns: room for `next: lesson 8 (rnn) ` before it on an
    /// 80-column notes screen.
    public static let sentenceWidth = 52

    /// An rnn step: its sentence in quotes when it reads words, else its sizes after its layers and
    /// direction (`2 layers · bidirectional · T 4 · D 3 · H 3`, `층 2개 · 양방향 · …`), and
    /// `σ output` / `σ 출력` when it predicts without words.
    static func rnn(_ spec: RNNSpec, _ language: Language) -> String {
        if let sentence = spec.sentence { return quoted(sentence.tokens, width: sentenceWidth) }
        let ko = language == .ko
        var parts: [String] = []
        if spec.layers > 1 { parts.append(ko ? "층 \(spec.layers)개" : "\(spec.layers) layers") }
        if spec.direction != .forward { parts.append(Player.directionWord(spec.direction, ko: ko)) }
        parts.append(sizes(spec.timesteps, spec.inputDim, spec.hiddenUnits))
        if spec.output != nil { parts.append(ko ? "σ 출력" : "σ output") }
        return parts.joined(separator: " · ")
    }

    /// `"w1 w2 … wT"` within `width` columns. A longer sentence keeps its first words and its last
    /// one (`"the food was … bad"`: in a many-to-one sentence the end often decides), as many first
    /// words as fit; a last word too long for that is cut with `…` inside the quotes.
    static func quoted(_ tokens: [String], width: Int) -> String {
        let whole = "\"" + tokens.joined(separator: " ") + "\""
        guard TextWidth.width(of: whole) > width, let last = tokens.last else { return whole }
        let tail = " … " + last + "\""
        var head = "\"" + tokens[0]
        guard TextWidth.width(of: head + tail) <= width else {
            return Player.cut("\"" + tokens.joined(separator: " "), to: width - 1) + "\""
        }
        for word in tokens.dropFirst().dropLast() {
            guard TextWidth.width(of: head + " " + word + tail) <= width else { break }
            head += " " + word
        }
        return head + tail
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
