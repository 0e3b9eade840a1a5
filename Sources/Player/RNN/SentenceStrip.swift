import Lessons
import RNNCore
import Screen

/// The rows an rnn step that reads a sentence or predicts shows under its caption: the words
/// beside their timesteps (the current one highlighted) and the prediction σ(W_y·h_t + b_y) so far,
/// which at t = T is the model's answer, with what it means (positive or negative). Every number is
/// read from the step's `PredictionTrack` (prepared in `StepComputation`).
struct SentenceStrip {
    /// The words, x_1 … x_T (nil: the step has no `tokens`).
    var sentence: Sentence?
    /// The running prediction (nil: the step has no `output`, or it is not prepared yet).
    var track: PredictionTrack?
    /// Whether the step has an output layer (its row is kept even before it is prepared).
    var hasOutput: Bool
    /// The timestep shown.
    var t: Int
    /// T: at t = T the prediction row is the model's answer.
    var timesteps: Int
    /// Language of the labels.
    var language: Language

    /// Rows it takes: one for the words, one for the prediction.
    var rows: Int { (sentence == nil ? 0 : 1) + (hasOutput ? 1 : 0) }

    /// Word `t` as shown: sanitised (a lesson's bytes never reach the terminal raw).
    static func shown(_ word: String) -> String { TextWidth.sanitized(word) }

    /// Draws the rows into `area` (its top `rows` rows).
    func render(into frame: inout Frame, area: Rect) {
        var y = area.y
        if let sentence, y < area.maxY {
            drawWords(sentence, &frame, Rect(x: area.x, y: y, width: area.width, height: 1))
            y += 1
        }
        if hasOutput, y < area.maxY, let track, track.computedSteps >= t {
            let text = predictionText(track, width: area.width)
            frame.put(text, x: area.x, y: y, style: t == timesteps ? .bold : .plain,
                      clip: Rect(x: area.x, y: y, width: area.width, height: 1))
        }
    }

    /// `words  1 the  2 food  [3 was]  4 really  5 bad`, scrolled so that the current word shows.
    private func drawWords(_ sentence: Sentence, _ frame: inout Frame, _ row: Rect) {
        let label = language == .ko ? "단어 " : "words "
        let pieces = sentence.tokens.enumerated().map { " \($0.offset + 1) " + SentenceStrip.shown($0.element) + " " }
        let widths = pieces.map { TextWidth.width(of: $0) }
        let room = row.width - TextWidth.width(of: label)
        // The first word shown: the earliest that still lets the current one (or the first) fit.
        var first = 0
        let last = max(0, min(t, sentence.timesteps) - 1)
        while first < last, widths[first...last].reduce(0, +) + (first > 0 ? 1 : 0) > room { first += 1 }
        var x = row.x + frame.put(label, x: row.x, y: row.y, style: .bold, clip: row)
        if first > 0 { x += frame.put("…", x: x, y: row.y, style: .dim, clip: row) }
        for index in first..<pieces.count {
            let style: Style = index == t - 1 ? .reverse : (index < t ? .bold : .plain)
            x += frame.put(pieces[index], x: x, y: row.y, style: style, clip: row)
            if x >= row.maxX { break }
        }
    }

    /// The prediction line at `t`, the longest wording that fits `width`.
    func predictionText(_ track: PredictionTrack, width: Int) -> String {
        let ko = language == .ko
        let p = NumberFormat.fixed(track.predictions[t], decimals: 3)
        let formula = "σ(W_y·h_\(t) + b_y)"
        let word = { (s: Int) in self.sentence.map { "\"" + SentenceStrip.shown($0.word(at: s)) + "\"" } ?? "t = \(s)" }
        var options: [String] = []
        if t == 0 {
            options = ko ? ["예측 p_0 = \(formula) = \(p)  (단어를 읽기 전)", "p_0 = \(p)  (단어를 읽기 전)"]
                : ["prediction p_0 = \(formula) = \(p)  (before any word)", "p_0 = \(p)  (before any word)"]
        } else {
            let change = NumberFormat.signed(track.change(at: t), decimals: 3)
            let end = t == timesteps
            let most = track.largestChange(through: t).map { s in
                (s, NumberFormat.signed(track.change(at: s), decimals: 3))
            }
            let meaning = track.predictions[t] >= 0.5 ? (ko ? "긍정 (≥ 0.5)" : "positive (≥ 0.5)") : (ko ? "부정 (< 0.5)" : "negative (< 0.5)")
            let moved = sentence == nil ? (ko ? "  이번 시점: \(change)" : "  this step: \(change)")
                : (ko ? "  이번 단어 \(word(t)): \(change)" : "  this word \(word(t)): \(change)")
            let mostLabel = ko ? (sentence == nil ? "가장 크게 움직인 시점" : "가장 크게 움직인 단어") : "moved most"
            let mostText = most.map { "  \(mostLabel): \(word($0.0)) \($0.1)" } ?? ""
            if end {
                let head = ko ? "최종 예측 p = \(formula) = \(p) → \(meaning)" : "prediction p = \(formula) = \(p) → \(meaning)"
                let short = ko ? "p = \(p) → \(meaning)" : "p = \(p) → \(meaning)"
                options = [head + moved + mostText, head + mostText, short + mostText, head, short]
            } else {
                let head = ko ? "지금까지의 예측 p_\(t) = \(formula) = \(p)" : "prediction so far p_\(t) = \(formula) = \(p)"
                let short = "p_\(t) = \(p)"
                options = [head + moved + mostText, short + moved + mostText, head + moved, short + moved, short]
            }
        }
        return options.first { TextWidth.width(of: $0) <= width } ?? options.last ?? ""
    }
}

extension RNNStepView {
    /// The strip of words and predictions of this step (empty for a plain rnn step).
    var strip: SentenceStrip {
        SentenceStrip(sentence: sentence, track: computation.predictions, hasOutput: computation.output != nil, t: t,
                      timesteps: computation.run.timesteps, language: language)
    }

    /// The caption at t ≥ 1 of a step that reads words: which word x_t is, then the equation.
    func sentenceCaption(width: Int) -> String? {
        guard let sentence, t >= 1, t <= sentence.timesteps else { return nil }
        let f = cell.activation
        let word = "\"" + SentenceStrip.shown(sentence.word(at: t)) + "\""
        let lookup = language == .ko ? "x_\(t) = \(word)의 임베딩 벡터" : "x_\(t) = the embedding of \(word)"
        let options = [
            "t = \(t)/\(sentence.timesteps)   \(lookup)   h_\(t) = \(f)(Wx·x_\(t) + Wh·h_\(t - 1) + b)",
            "t = \(t)/\(sentence.timesteps)   \(lookup)",
            "t = \(t)/\(sentence.timesteps)   x_\(t) = \(word)",
        ]
        return options.first { TextWidth.width(of: $0) <= width } ?? options.last
    }
}

extension Step {
    /// The words of an rnn step that reads `tokens` (nil for every other step).
    var sentence: Sentence? {
        if case .rnn(let spec) = kind { return spec.sentence }
        return nil
    }
}
