import TextSafety

/// The keys `rnnstep trace` adds to an rnn object whose step reads `tokens` or has an `output`
/// layer, after `states` (and before the `--grad` keys):
///
/// - `tokens` (T strings, with a sentence): word t is row t−1 of `inputs`;
/// - with an output layer: `W_y` (1×H), `b_y` (1), `initial_prediction` (σ(W_y·h_0 + b_y), before
///   any word), `logits` (T, W_y·h_t + b_y for t = 1…T), `predictions` (T, σ of each logit), and
///   `logit` and `prediction` at t = T: the model's answer.
///
/// A plain rnn step has none of them, so its object is unchanged.
public enum SentenceTrace {
    /// Writes the keys for `sentence` and `output` (either may be nil); `last` ends the object.
    public static func write(_ sentence: Sentence?, _ output: OutputLayer?, run: RNNRun, last: Bool, into out: inout String) {
        var lines: [String] = []
        if let sentence {
            lines.append("    \"tokens\": [" + sentence.tokens.map(string).joined(separator: ", ") + "]")
        }
        if let output {
            let track = PredictionTrack(run.completed(), output: output)
            var wy = "", by = "", logits = "", predictions = ""
            RNNTrace.vector(output.weights[...], into: &wy)
            RNNTrace.vector([output.bias][...], into: &by)
            RNNTrace.vector(track.logits.dropFirst(), into: &logits)
            RNNTrace.vector(track.predictions.dropFirst(), into: &predictions)
            lines += [
                "    \"W_y\": [\n      \(wy)\n    ]",
                "    \"b_y\": \(by)",
                "    \"initial_prediction\": \(RNNTrace.number(track.predictions[0]))",
                "    \"logits\": \(logits)",
                "    \"predictions\": \(predictions)",
                "    \"logit\": \(RNNTrace.number(track.logits[track.computedSteps]))",
                "    \"prediction\": \(RNNTrace.number(track.predictions[track.computedSteps]))",
            ]
        }
        for (i, line) in lines.enumerated() {
            out += line + (last && i == lines.count - 1 ? "\n" : ",\n")
        }
    }

    /// `text` as a JSON string (`JSONString.quoted`: every scalar of `UnsafeScalar`'s table escaped).
    static func string(_ text: String) -> String { JSONString.quoted(text) }
}
