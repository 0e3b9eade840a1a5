import RNNCore

/// The lesson format, version 1, as tables: one `MapSchema` per kind of map, one `KeySpec` row per
/// key. The parser's allow-lists and "is missing" messages, `rnnstep schema` and the test that
/// docs/lesson-format.md names every key all read these tables, so they cannot drift apart.
///
/// Adding a step kind (say `lstm`): a row in `step`, a `MapSchema` for its arguments listed in
/// `maps`, and its reader in `LessonParser.stepReaders`. Adding a key: a row here and the line
/// that reads it.
public enum LessonFormat {
    /// The top level of a lesson file.
    public static let lesson = MapSchema(
        "lesson", what: "the lesson (top level)", owner: "the lesson",
        help: "A lesson for rnnstep: a title and a list of steps. See docs/lesson-format.md.", keys: [
            .optional("version", .constant(1), default: .int(1), help: "Format version; only 1 exists."),
            .required("title", .text, help: "The lesson's title, shown in the header line.",
                      expected: "a string or a `{ko, en}` map"),
            .required("steps", .list(.ref("step"), min: 1, max: LessonLimits.maxSteps),
                      help: "The steps, shown one at a time.", expected: "a non-empty list of steps"),
        ])

    /// A step: a map with exactly one key naming its kind, and optionally the teacher's `notes` beside it.
    public static let step = MapSchema(
        "step", what: "a step", owner: "the step",
        help: "A map with exactly one key naming the step's kind, and optionally `notes` for the teacher.",
        exactlyOne: true, alongside: ["notes"], keys: [
            .optional("text", .text, help: "Prose, wrapped to the screen: **bold**, `code`, a blank line between paragraphs."),
            .optional("code", .ref("code"), help: "A code listing shown for reference."),
            .optional("summary", .ref("summary"), help: "A Keras Sequential model, summarised as Keras 2 prints it."),
            .optional("rnn", .ref("rnn"), help: "A step-through of h_t = tanh(Wx·x_t + Wh·h_{t-1} + b)."),
            .optional("lstm", .ref("lstm"), help: "A step-through of an LSTM cell, gate by gate (08-02)."),
            .optional("gru", .ref("gru"), help: "A step-through of a GRU cell, gate by gate (08-03)."),
            .optional("quiz", .ref("quiz"), help: "A question with numbered choices; the first answer counts."),
            .optional("diagram", .ref("diagram"), help: "A preformatted drawing with an optional caption."),
            .optional("notes", .text, help: "Speaker notes for the teacher, beside the step's kind: shown only by "
                      + "`rnnstep notes` while `rnnstep play --present` runs, never to students."),
        ])

    /// A text written as a `{ko, en}` map (at least one of the two).
    public static let localized = MapSchema(
        "localized", what: "a text", owner: "the text", help: "A text in Korean and/or English.", keys: [
            .optional("ko", .string, help: "Korean"),
            .optional("en", .string, help: "English"),
        ])

    /// `code: {language, source}`.
    public static let code = MapSchema(
        "code", what: "a code step", owner: "the code step", help: "A code listing shown for reference.", keys: [
            .optional("language", .string, default: .string("python"), help: "Language for highlighting (default python)."),
            .required("source", .string, help: "The listing.", expected: "the listing as a string"),
        ])

    /// `summary: {name, input, layers}`.
    public static let summary = MapSchema(
        "summary", what: "a summary step", owner: "the summary step",
        help: "A Keras Sequential model, summarised as Keras 2 prints it.", keys: [
            .optional("name", .string, default: .string("sequential"), help: "Model name (default sequential)."),
            .required("input", .ref("input"), help: "The model's input: exactly one of shape or batch_shape.",
                      expected: "`{shape: [...]}` or `{batch_shape: [...]}`"),
            .required("layers", .list(.ref("layer"), min: 1, max: LessonLimits.maxLayers),
                      help: "The layers, in order.", expected: "a non-empty list of layers"),
        ])

    /// A summary's `input`: exactly one of `shape` and `batch_shape`.
    public static let input = MapSchema(
        "input", what: "`input`", owner: "`input`",
        help: "Exactly one of shape (Keras Input(shape=…)) or batch_shape.", exactlyOne: true, keys: [
            .optional("shape", .list(.ref("dimension"), min: 1, max: LessonLimits.maxInputRank),
                      help: "Input(shape=…), batch size unknown."),
            .optional("batch_shape", .list(.ref("dimension"), min: 2, max: LessonLimits.maxInputRank + 1),
                      help: "Batch size first."),
        ])

    /// A layer: a map with one key, its Keras name.
    public static let layer = MapSchema(
        "layer", what: "a layer", owner: "the layer", help: "A layer: one key, its Keras name.", exactlyOne: true,
        keys: layerArguments.map { .optional($0.name, .ref($0.name), help: $0.help) })

    /// The layer `Bidirectional` wraps: one key, a recurrent layer's name.
    public static let recurrentLayer = MapSchema(
        "recurrentLayer", what: "a recurrent layer", owner: "the recurrent layer",
        help: "A recurrent layer: one key, its name.", exactlyOne: true,
        keys: layer.keys.filter { ["SimpleRNN", "LSTM", "GRU"].contains($0.name) })

    /// A layer size: `units`, `input_dim`, `output_dim`.
    private static let layerSize = ValueType.integer(1...LessonLimits.maxLayerSize)

    /// The arguments every layer takes.
    private static func layerMap(_ name: String, _ help: String, _ keys: [KeySpec]) -> MapSchema {
        MapSchema(name, what: "the \(name) layer", owner: "the \(name) layer", help: help, keys: [
            .optional("name", .string, help: "Layer name (default: Keras's automatic name)."),
        ] + keys)
    }

    private static let units = KeySpec.required("units", layerSize, help: "A positive layer size.", expected: "a positive integer")
    /// Accepted as Keras writes it; it changes neither shapes nor parameter counts.
    private static let recurrentActivation = KeySpec.optional(
        "activation", .string, help: "Keras's activation (e.g. tanh); shapes and parameter counts do not depend on it.")
    private static let returnSequences = KeySpec.optional(
        "return_sequences", .boolean, default: .bool(false), help: "Return the whole sequence of states (default false).")

    /// Each layer's arguments (Keras names), in the order messages list the layers.
    public static let layerArguments: [MapSchema] = [
        layerMap("SimpleRNN", "SimpleRNN arguments.", [units, returnSequences, recurrentActivation]),
        layerMap("LSTM", "LSTM arguments.", [units, returnSequences, recurrentActivation]),
        layerMap("GRU", "GRU arguments.", [
            units, returnSequences, recurrentActivation,
            .optional("reset_after", .boolean, default: .bool(true), help: "Keras's reset_after (default true)."),
        ]),
        layerMap("Dense", "Dense arguments.", [units, .optional("activation", .string, help: "e.g. sigmoid")]),
        layerMap("Embedding", "Embedding arguments.", [
            .required("input_dim", layerSize, help: "Vocabulary size.", expected: "a positive integer"),
            .required("output_dim", layerSize, help: "Size of each embedding vector.", expected: "a positive integer"),
        ]),
        layerMap("Bidirectional", "Bidirectional wrapper.", [
            .required("layer", .ref("recurrentLayer"), help: "The wrapped recurrent layer.",
                      expected: "the wrapped layer, such as `{LSTM: {units: 8}}`"),
            .optional("merge_mode", .oneOf(MergeMode.allCases.map(\.rawValue)), default: .string("concat"),
                      help: "How the two directions are combined (default concat)."),
        ]),
    ]

    /// The arguments of the layer `name` (one of `layer`'s keys).
    public static func arguments(ofLayer name: String) -> MapSchema? {
        layerArguments.first { $0.name == name }
    }

    /// `rnn: {timesteps, input_dim, hidden_units, seed, init, scale, inputs, Wx, Wh, b, h0}`.
    public static let rnn = MapSchema(
        "rnn", what: "an rnn step", owner: "the rnn step",
        help: "A step-through of h_t = tanh(Wx·x_t + Wh·h_{t-1} + b).", keys: [
            .required("timesteps", .integer(1...LessonLimits.maxTimesteps), help: "T, the number of timesteps.",
                      expected: "a positive integer").unlessGiven("tokens"),
            .required("input_dim", .integer(1...LessonLimits.maxInputDim), help: "D, the size of x_t.",
                      expected: "a positive integer").unlessGiven("tokens"),
            .required("hidden_units", .integer(1...LessonLimits.maxHiddenUnits), help: "H, the size of h_t.",
                      expected: "a positive integer"),
            .optional("seed", .integer(0...4_294_967_295), default: .int(0), help: "np.random.seed (default 0)."),
            .optional("init", .oneOf(["uniform", "normal"]), default: .string("uniform"),
                      help: "uniform (np.random.random, default) or normal (np.random.randn * scale) for Wx, Wh, b."),
            .optional("scale", .number(above: 0, max: 1000), default: .int(1), help: "Factor of init: normal (default 1)."),
            .optional("inputs", .ref("matrix"), help: "x_1 … x_T: T rows of D numbers (default: drawn)."),
            .optional("Wx", .ref("matrix"), help: "H rows of D numbers (default: drawn)."),
            .optional("Wh", .ref("matrix"), help: "H rows of H numbers (default: drawn)."),
            .optional("b", .ref("vector"), help: "H numbers (default: drawn)."),
            .optional("h0", .ref("vector"), help: "The initial state, H numbers (default: zeros)."),
        ] + sentenceKeys + [
            .optional("callouts", .ref("callouts"),
                      help: "Remarks shown at given timesteps, e.g. {0: text, 2: {ko, en}}: t from 0 to T, one or two lines each."),
            .optional("layers", .integer(1...LessonParser.maxStackLayers), default: .int(1),
                      help: "Stacked layers (default 1); layer k reads layer k−1's states. Above 1: only inputs may be given."),
            .optional("direction", .oneOf(RNNDirection.allCases.map(\.rawValue)), default: .string("forward"),
                      help: "forward (default), backward (x_T … x_1) or bidirectional (both; outputs [h_fwd; h_bwd], 2H)."),
        ])

    /// The keys an lstm or gru step shares with rnn (sizes, seed, init, inputs, h0), with the weights
    /// described for `gates` (`i, f, g, o` or `z, r, g`) stacked in Keras's order.
    private static func gatedKeys(_ gates: [String]) -> [KeySpec] {
        let g = gates.count, order = gates.joined(separator: ", ")
        var keys = rnn.keys.filter { !(["Wx", "Wh", "b", "callouts", "layers", "direction"] + sentenceKeys.map(\.name)).contains($0.name) }
            .map { $0.unlessGiven(nil) }
        let at = keys.firstIndex { $0.name == "h0" } ?? keys.count
        keys.insert(contentsOf: [
            .optional("Wx", .ref("matrix"), help: "\(g)·H rows of D numbers: gate blocks \(order) of H rows each, Keras's order (default: drawn)."),
            .optional("Wh", .ref("matrix"), help: "\(g)·H rows of H numbers: gate blocks \(order) (default: drawn)."),
        ], at: at)
        return keys
    }

    /// `lstm: {…the rnn keys…, c0}` with Wx (4H×D), Wh (4H×H), b (4H) in gate order i, f, g, o.
    public static let lstm = MapSchema(
        "lstm", what: "an lstm step", owner: "the lstm step",
        help: "A step-through of an LSTM cell: i, f, g, o, c_t = f⊙c_{t-1} + i⊙g, h_t = o⊙tanh(c_t).",
        keys: {
            var keys = gatedKeys(GatedCell.lstm.gates)
            let at = keys.firstIndex { $0.name == "h0" } ?? keys.count
            keys.insert(.optional("b", .ref("vector"), help: "4·H numbers: gate blocks i, f, g, o (default: drawn)."), at: at)
            keys.append(.optional("c0", .ref("vector"), help: "The initial cell state, H numbers (default: zeros)."))
            return keys
        }())

    /// `gru: {…the rnn keys…, reset_after}` with Wx (3H×D), Wh (3H×H), b (3H or 2×3H) in gate order z, r, g.
    public static let gru = MapSchema(
        "gru", what: "a gru step", owner: "the gru step",
        help: "A step-through of a GRU cell: z, r, g, h_t = z⊙h_{t-1} + (1−z)⊙g.",
        keys: {
            var keys = gatedKeys(GatedCell.gru(resetAfter: false).gates)
            let at = keys.firstIndex { $0.name == "h0" } ?? keys.count
            keys.insert(.optional("b", .ref("bias"), help: "3·H numbers (gate blocks z, r, g), or with reset_after: true "
                                  + "2 rows of 3·H: the input bias, then the recurrent bias (default: drawn)."), at: at)
            keys.append(.optional("reset_after", .boolean, default: .bool(false),
                                  help: "false (default): the book's g = tanh(Wx_g·x + Wh_g·(r⊙h) + b_g); "
                                  + "true: Keras's default, r applied after Wh_g·h, two biases."))
            return keys
        }())

    /// The most lines a callout may have.
    public static let maxCalloutLines = 2

    /// The most choices a quiz may have (answered with the keys 1–9).
    public static let maxChoices = 9

    /// `quiz: {question, choices, answer, explain}`.
    public static let quiz = MapSchema(
        "quiz", what: "a quiz step", owner: "the quiz step", help: "A question with numbered choices.", keys: [
            .required("question", .text, help: "The question.", expected: "a text or a {ko, en} map"),
            .required("choices", .list(.text, min: 2, max: maxChoices), help: "The choices, answered with the keys 1–9.",
                      expected: "a list of 2 to \(maxChoices) texts"),
            .required("answer", .integer(1...maxChoices), help: "The number of the right choice, from 1.",
                      expected: "the number of the right choice, from 1"),
            .required("explain", .text, help: "The explanation shown after answering.",
                      expected: "the explanation shown after answering"),
        ])

    /// `diagram: {art, caption}`.
    public static let diagram = MapSchema(
        "diagram", what: "a diagram step", owner: "the diagram step",
        help: "A preformatted drawing with an optional caption.", keys: [
            .required("art", .text, help: "The drawing, shown as written (use `|`).",
                      expected: "the drawing as a block string (`art: |`)"),
            .optional("caption", .text, help: "Wrapped below the drawing."),
        ])

    /// Every map of the format, in the order the schema defines them.
    public static var maps: [MapSchema] {
        [lesson, step, localized, code, summary, input, layer, recurrentLayer] + layerArguments + [rnn, output, lstm, gru, quiz, diagram]
    }
}
