/// The words an rnn step reads, one per timestep, and the embedding that turns each into x_t.
///
/// `inputs` is the T×D matrix whose row t−1 is the vector of word t, exactly what Keras's
/// `Embedding` layer passes to `SimpleRNN` for one sentence (`embedding[token_ids]` in numpy).
public struct Sentence: Equatable, Sendable {
    /// The words, x_1 … x_T in order.
    public let tokens: [String]
    /// The word → vector table.
    public let embedding: Embedding

    /// A sentence of `tokens` over `embedding`; throws when it is empty or a word is not in the table.
    public init(tokens: [String], embedding: Embedding) throws(RNNSpecError) {
        guard !tokens.isEmpty else {
            throw RNNSpecError(field: "tokens", message: "the sentence has no words")
        }
        if let unknown = tokens.first(where: { embedding.vector(for: $0) == nil }) {
            throw RNNSpecError(field: "tokens", message: "the word \"\(unknown)\" is not in the embedding")
        }
        self.tokens = tokens
        self.embedding = embedding
    }

    /// T, the number of words.
    public var timesteps: Int { tokens.count }

    /// The word read at timestep `t` (1…T).
    public func word(at t: Int) -> String {
        precondition(t >= 1 && t <= tokens.count, "timestep \(t) outside 1...\(tokens.count)")
        return tokens[t - 1]
    }

    /// x_1 … x_T as rows (T×D): each word's vector, looked up in the embedding.
    public var inputs: Matrix {
        var values: [Double] = []
        values.reserveCapacity(tokens.count * embedding.dimension)
        for token in tokens {
            // `init` proved every token is in the table.
            values += embedding.vector(for: token) ?? []
        }
        return Matrix(rows: tokens.count, cols: embedding.dimension, values: values)
    }
}
