/// A word-embedding table: each word of a small vocabulary and its vector, all of one length D.
///
/// It is the `embedding` of an rnn step that reads `tokens`, Keras's `Embedding` layer in
/// miniature: row `i` of its weight matrix is the vector of word `i`. The words keep the order
/// they were written in.
public struct Embedding: Equatable, Sendable {
    /// The words, in the order given.
    public let words: [String]
    /// The vector of each word, in the same order; all of length `dimension`.
    public let vectors: [[Double]]
    /// The position of each word, so a look-up costs the same for any size of table.
    private let index: [String: Int]

    /// A table of `words` and their `vectors`; throws when the counts differ, a word repeats, the
    /// table is empty, or the vectors do not all have one positive length.
    public init(words: [String], vectors: [[Double]]) throws(RNNSpecError) {
        guard !words.isEmpty else {
            throw RNNSpecError(field: "embedding", message: "the embedding has no words")
        }
        guard words.count == vectors.count else {
            throw RNNSpecError(field: "embedding", message: "the embedding has \(words.count) words but \(vectors.count) vectors")
        }
        let index = Dictionary(words.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        guard index.count == words.count else {
            throw RNNSpecError(field: "embedding", message: "a word appears twice in the embedding")
        }
        let d = vectors[0].count
        guard d > 0, vectors.allSatisfy({ $0.count == d }) else {
            throw RNNSpecError(field: "embedding", message: "the embedding's vectors must all have one positive length")
        }
        self.words = words
        self.vectors = vectors
        self.index = index
    }

    /// D, the length of every vector.
    public var dimension: Int { vectors[0].count }

    /// The vector of `word`, or nil when the table does not have it.
    public func vector(for word: String) -> [Double]? {
        index[word].map { vectors[$0] }
    }
}
