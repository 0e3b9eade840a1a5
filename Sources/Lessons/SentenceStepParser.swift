import RNNCore
import Yams

/// The sentence keys of an `rnn` step: `tokens` (the words, one per timestep), `embedding`
/// (word → vector) and `output` (`W_y`, `b_y`: a sigmoid on the hidden state).
extension LessonParser {
    /// The sentence of `fields`, nil when it has no `tokens` (or after an error). `tokens` gives T
    /// and the embedding's vectors give D: `timesteps` and `input_dim`, when given too, must agree
    /// (reported here). `tokens` and `inputs` exclude each other; `embedding` needs `tokens`.
    func sentence(_ fields: Fields, timesteps: inout Int?, inputDim: inout Int?) -> Sentence? {
        guard let tokensNode = fields["tokens"] else {
            if let key = fields.keys["embedding"] {
                context.error("found `embedding` without `tokens`, expected `tokens` (the words to look up) beside it", at: key)
            }
            return nil
        }
        if let key = fields.keys["inputs"] {
            context.error("found `inputs` beside `tokens`, expected one of them: with `tokens`, x_t is the embedding of word t", at: key)
        }
        let tokens = words(tokensNode)
        guard let embeddingNode = fields["embedding"] else {
            context.missing("embedding", in: LessonFormat.rnn.owner,
                            expected: "a map from each word of `tokens` to its vector, e.g. `{good: [0.5, -1.0]}`",
                            at: fields.keys["tokens"]?.mark)
            return nil
        }
        guard let tokens, let table = embedding(embeddingNode) else { return nil }
        let embedding = table
        var ok = true
        let known = embedding.words
        var suggested = 0
        for (node, word) in tokens where embedding.vector(for: word) == nil {
            // Suggestions compare with every word: only for the first few unknown tokens of a small table.
            suggested += 1
            let hint = suggested <= Self.maxSuggestions && known.count <= Self.maxSuggestionTable ? Suggestion.phrase(for: word, in: known) : ""
            context.error("found the word \(Node.quote(word)) in `tokens`, expected a word of `embedding` (which has \(Self.list(known)))"
                          + hint, at: node)
            ok = false
        }
        if let t = timesteps, t != tokens.count, let node = fields["timesteps"] {
            context.error("`timesteps` is \(t), expected \(tokens.count) (the number of `tokens`), or leave it out", at: node)
            ok = false
        }
        if let d = inputDim, d != embedding.dimension, let node = fields["input_dim"] {
            context.error("`input_dim` is \(d), expected \(embedding.dimension) (the length of the `embedding` vectors), or leave it out",
                          at: node)
            ok = false
        }
        // The arrays are checked against the sentence's sizes, even when a given size disagrees.
        timesteps = tokens.count
        inputDim = embedding.dimension
        guard ok, fields["inputs"] == nil else { return nil }
        return try? Sentence(tokens: tokens.map(\.word), embedding: embedding)
    }

    /// The output layer of `fields` for H = `hiddenUnits`, nil when it has none (or after an error).
    func outputLayer(_ fields: Fields, hiddenUnits: Int?) -> OutputLayer? {
        guard let node = fields["output"],
              let layer = context.fields(node, LessonFormat.output, missingAt: fields.keys["output"]?.mark) else { return nil }
        let sizeH = hiddenUnits.map { ($0, "hidden_units") }
        let wy = layer["W_y"].flatMap { context.matrix($0, field: "W_y", rows: (1, "one output unit"), cols: sizeH) }
        let by = layer["b_y"].flatMap { context.vector($0, field: "b_y", count: (1, "one output unit")) }
        guard let wy, let by else { return nil }
        return OutputLayer(weights: wy.values, bias: by[0])
    }

    /// The words of `tokens`, each with its node; any scalar is a word as written (`1`, `yes`).
    private func words(_ node: Node) -> [(node: Node, word: String)]? {
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            let found = node.isEmptySequence ? "an empty list" : node.found
            context.error("found \(found) for `tokens`, expected a list of words, e.g. `[the, movie, was, great]`", at: node)
            return nil
        }
        if sequence.count > LessonLimits.maxTimesteps {
            context.error("`tokens` has \(sequence.count) words, past the limit of \(LessonLimits.maxTimesteps) timesteps", at: node)
            return nil
        }
        var items: [(node: Node, word: String)] = []
        for item in sequence {
            guard let word = word(item, in: "`tokens`") else { return nil }
            items.append((item, word))
        }
        return items
    }

    /// The table of `embedding` as the engine's `Embedding`.
    private func embedding(_ node: Node) -> Embedding? {
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            context.error("found \(node.found) for `embedding`, expected a map from words to vectors, e.g. `{good: [0.5, -1.0]}`", at: node)
            return nil
        }
        var entries: [(node: Node, word: String)] = [], vectors: [[Double]] = []
        var first: (node: Node, word: String, count: Int)?
        var seen: [String: Node] = [:]
        var ok = true
        for (keyNode, value) in mapping {
            guard let word = word(keyNode, in: "the keys of `embedding`") else { ok = false; continue }
            if let earlier = seen[word] {
                let at = earlier.mark.map { " (the first is at line \($0.line), column \($0.column))" } ?? ""
                context.error("found the word \(Node.quote(word)) a second time in `embedding`\(at), expected each word once", at: keyNode)
                ok = false
                continue
            }
            seen[word] = keyNode
            let field = "embedding: \(word)"
            guard let vector = context.vector(value, field: field, count: first.map { ($0.count, "the length of `\($0.word)`'s vector") })
            else { ok = false; continue }
            if first == nil { first = (keyNode, word, vector.count) }
            entries.append((keyNode, word))
            vectors.append(vector)
        }
        guard ok else { return nil }
        return try? Embedding(words: entries.map(\.word), vectors: vectors)
    }

    /// A word: a scalar's text as written (Korean and English alike); a list, map or null is an error.
    private func word(_ node: Node, in place: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            context.error("found \(node.found) in \(place), expected a word", at: node)
            return nil
        }
        let text = scalar.string
        guard text.count <= LessonLimits.maxWordLength else {
            context.error("found a word of \(text.count) characters in \(place), expected at most \(LessonLimits.maxWordLength)", at: node)
            return nil
        }
        return text
    }

    /// Unknown tokens that get a did-you-mean, at most.
    static let maxSuggestions = 20
    /// The largest table whose words are searched for a did-you-mean.
    static let maxSuggestionTable = 10_000

    /// `a`, `b`, `c` — or the first few and how many more.
    static func list(_ words: [String]) -> String {
        let shown = words.prefix(6).map { "`\($0)`" }.joined(separator: ", ")
        return words.count > 6 ? shown + " and \(words.count - 6) more" : shown
    }
}

extension LessonLimits {
    /// The longest word of `tokens` or `embedding`, in characters (a word is one screen label).
    static let maxWordLength = 40
}

private extension Node {
    /// True for `[]`.
    var isEmptySequence: Bool {
        if case .sequence(let sequence) = self { return sequence.isEmpty }
        return false
    }
}
