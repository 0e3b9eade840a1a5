extension RNNSpec {
    /// Throws when the sentence or the output layer does not fit the sizes: T words, vectors of
    /// length D, W_y of H numbers; or when both `inputs` and a sentence are given.
    func checkSentence() throws(RNNSpecError) {
        if let sentence {
            guard inputs == nil else {
                throw RNNSpecError(field: "tokens", message: "tokens and inputs are both given; x_t comes from one of them")
            }
            guard sentence.timesteps == timesteps else {
                throw RNNSpecError(field: "tokens", message: "\(sentence.timesteps) tokens but timesteps is \(timesteps)")
            }
            guard sentence.embedding.dimension == inputDim else {
                throw RNNSpecError(field: "embedding",
                                   message: "the embedding's vectors have \(sentence.embedding.dimension) numbers but input_dim is \(inputDim)")
            }
        }
        if let output, output.hiddenUnits != hiddenUnits {
            throw RNNSpecError(field: "output", message: "W_y has \(output.hiddenUnits) numbers but hidden_units is \(hiddenUnits)")
        }
    }
}
