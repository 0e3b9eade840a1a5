import RNNCore

/// The keys of an rnn step that reads a sentence (`tokens` looked up in `embedding`) and predicts
/// with a sigmoid `output` layer: lesson 07's Embedding + SimpleRNN + Dense(1, sigmoid) in miniature.
extension LessonFormat {
    /// `tokens`, `embedding`, `output`: rows of the `rnn` table (not of `lstm`, `gru`).
    static let sentenceKeys: [KeySpec] = [
        .optional("tokens", .list(.string, min: 1, max: LessonLimits.maxTimesteps),
                  help: "The words read one per timestep (T is their number); x_t is word t's vector in embedding. Not with inputs."),
        .optional("embedding", .ref("embedding"),
                  help: "Word → vector, D numbers each: the table tokens are looked up in (Keras's Embedding)."),
        .optional("output", .ref("output"),
                  help: "A Dense(1, sigmoid) layer on the hidden state: the prediction is σ(W_y·h_T + b_y)."),
    ]

    /// `output: {W_y, b_y}` of an rnn step.
    public static let output = MapSchema(
        "output", what: "`output`", owner: "`output`",
        help: "A sigmoid output layer: p = σ(W_y·h + b_y).", keys: [
            .required("W_y", .ref("matrix"), help: "1 row of H numbers (Keras's Dense kernel, transposed).",
                      expected: "1 row of hidden_units numbers, e.g. `[[0.5, -1.2]]`"),
            .required("b_y", .ref("vector"), help: "1 number, the output's bias.", expected: "1 number in a list, e.g. `[0.1]`"),
        ])
}
