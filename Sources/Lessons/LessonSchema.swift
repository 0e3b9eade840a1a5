/// The JSON Schema (draft 2020-12) of lesson format version 1, printed by `rnnstep schema` and kept
/// in `lessons/schema.json` for editors (yaml-language-server).
///
/// It is strict like the parser: unknown keys, wrong types, sizes outside 1…limit (`LessonLimits`)
/// and unknown layer names are invalid; every step is a one-key map. What a schema cannot say
/// (array shapes against `timesteps`/`input_dim`/`hidden_units`, the numbers budget of an rnn
/// step, `answer` against the number of choices) only `rnnstep check` reports.
public enum LessonSchema {
    /// The `$schema` dialect.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as pretty-printed JSON text, ending with a newline.
    public static var text: String { json.rendered() + "\n" }

    /// The schema as a value.
    public static var json: JSONValue {
        .object([
            ("$schema", .string(dialect)),
            ("$id", .string("https://rnnstep.invalid/schema/lesson-v1.json")),
            ("title", .string("rnnstep lesson, format version 1")),
            ("description", .string("A lesson for rnnstep: a title and a list of steps. See docs/lesson-format.md.")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .array([.string("title"), .string("steps")])),
            ("properties", .object([
                ("version", .object([("description", .string("Format version; only 1 exists.")), ("const", .int(1))])),
                ("title", ref("text")),
                ("steps", .object([
                    ("description", .string("The steps, shown one at a time.")),
                    ("type", .string("array")),
                    ("minItems", .int(1)),
                    ("maxItems", .int(LessonLimits.maxSteps)),
                    ("items", ref("step")),
                ])),
            ])),
            ("$defs", .object(definitions)),
        ])
    }

    private static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    /// `{type: object, additionalProperties: false, required, properties}`.
    private static func map(_ description: String, required: [String] = [], _ properties: [(String, JSONValue)]) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("description", .string(description)), ("type", .string("object")),
                                            ("additionalProperties", .bool(false))]
        if !required.isEmpty { pairs.append(("required", .array(required.map(JSONValue.string)))) }
        pairs.append(("properties", .object(properties)))
        return .object(pairs)
    }

    /// A map with exactly one of `names` as its key.
    private static func oneKey(_ description: String, _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("object")),
                 ("minProperties", .int(1)), ("maxProperties", .int(1)),
                 ("additionalProperties", .bool(false)), ("properties", .object(properties))])
    }

    private static func integer(_ minimum: Int, _ maximum: Int, _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("integer")),
                 ("minimum", .int(minimum)), ("maximum", .int(maximum))])
    }

    private static func string(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("string")),
                 ("maxLength", .int(LessonLimits.maxTextLength))])
    }

    private static func list(_ items: JSONValue, min: Int, max: Int? = nil, _ description: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("description", .string(description)), ("type", .string("array")),
                                            ("minItems", .int(min))]
        if let max { pairs.append(("maxItems", .int(max))) }
        pairs.append(("items", items))
        return .object(pairs)
    }

    private static let boolean: JSONValue = .object([("type", .string("boolean"))])

    private static var definitions: [(String, JSONValue)] {
        let size = LessonLimits.maxLayerSize
        return [
            ("text", .object([
                ("description", .string("A plain string shown in every language, or a {ko, en} map (at least one).")),
                ("anyOf", .array([
                    .object([("type", .array([.string("string"), .string("number"), .string("boolean")])),
                             ("maxLength", .int(LessonLimits.maxTextLength))]),
                    .object([("type", .string("object")), ("additionalProperties", .bool(false)),
                             ("minProperties", .int(1)),
                             ("properties", .object([("ko", string("Korean")), ("en", string("English"))]))]),
                ])),
            ])),
            ("step", oneKey("A map with exactly one key naming the step's kind.", [
                ("text", ref("text")),
                ("code", ref("code")),
                ("summary", ref("summary")),
                ("rnn", ref("rnn")),
                ("quiz", ref("quiz")),
                ("diagram", ref("diagram")),
            ])),
            ("code", map("A code listing shown for reference.", required: ["source"], [
                ("language", string("Language for highlighting (default python).")),
                ("source", string("The listing.")),
            ])),
            ("summary", map("A Keras Sequential model, summarised as Keras 2 prints it.", required: ["input", "layers"], [
                ("name", string("Model name (default sequential).")),
                ("input", ref("input")),
                ("layers", list(ref("layer"), min: 1, max: LessonLimits.maxLayers, "The layers, in order.")),
            ])),
            ("dimension", .object([
                ("description", .string("A positive size, or null for an unknown one.")),
                ("anyOf", .array([
                    .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(size))]),
                    .object([("type", .string("null"))]),
                ])),
            ])),
            ("input", .object([
                ("description", .string("Exactly one of shape (Keras Input(shape=…)) or batch_shape.")),
                ("type", .string("object")), ("additionalProperties", .bool(false)),
                ("minProperties", .int(1)), ("maxProperties", .int(1)),
                ("properties", .object([
                    ("shape", list(ref("dimension"), min: 1, max: LessonLimits.maxInputRank, "Input(shape=…), batch size unknown.")),
                    ("batch_shape", list(ref("dimension"), min: 2, max: LessonLimits.maxInputRank + 1, "Batch size first.")),
                ])),
            ])),
            ("units", integer(1, size, "A positive layer size.")),
            ("recurrent", map("SimpleRNN or LSTM arguments.", required: ["units"], [
                ("name", string("Layer name (default: Keras's automatic name).")),
                ("units", ref("units")),
                ("return_sequences", boolean),
            ])),
            ("gru", map("GRU arguments.", required: ["units"], [
                ("name", string("Layer name.")),
                ("units", ref("units")),
                ("return_sequences", boolean),
                ("reset_after", boolean),
            ])),
            ("recurrentLayer", oneKey("A recurrent layer: one key, its name.", [
                ("SimpleRNN", ref("recurrent")), ("LSTM", ref("recurrent")), ("GRU", ref("gru")),
            ])),
            ("layer", oneKey("A layer: one key, its Keras name.", [
                ("SimpleRNN", ref("recurrent")),
                ("LSTM", ref("recurrent")),
                ("GRU", ref("gru")),
                ("Dense", map("Dense arguments.", required: ["units"], [
                    ("name", string("Layer name.")), ("units", ref("units")), ("activation", string("e.g. sigmoid")),
                ])),
                ("Embedding", map("Embedding arguments.", required: ["input_dim", "output_dim"], [
                    ("name", string("Layer name.")), ("input_dim", ref("units")), ("output_dim", ref("units")),
                ])),
                ("Bidirectional", map("Bidirectional wrapper.", required: ["layer"], [
                    ("name", string("Layer name.")),
                    ("layer", ref("recurrentLayer")),
                    ("merge_mode", .object([("enum", .array(["concat", "sum", "mul", "ave"].map(JSONValue.string)))])),
                ])),
            ])),
            ("number", .object([("type", .string("number"))])),
            ("vector", list(ref("number"), min: 1, "A list of numbers.")),
            ("matrix", list(ref("vector"), min: 1, "A list of rows of numbers.")),
            ("rnn", map("A step-through of h_t = tanh(Wx·x_t + Wh·h_{t-1} + b).",
                        required: ["timesteps", "input_dim", "hidden_units"], [
                ("timesteps", integer(1, LessonLimits.maxTimesteps, "T, the number of timesteps.")),
                ("input_dim", integer(1, LessonLimits.maxInputDim, "D, the size of x_t.")),
                ("hidden_units", integer(1, LessonLimits.maxHiddenUnits, "H, the size of h_t.")),
                ("seed", integer(0, 4_294_967_295, "np.random.seed (default 0).")),
                ("init", .object([("description", .string("uniform (np.random.random, default) or normal (np.random.randn * scale) for Wx, Wh, b.")),
                                  ("enum", .array([.string("uniform"), .string("normal")]))])),
                ("scale", .object([("description", .string("Factor of init: normal (default 1).")),
                                   ("type", .string("number")), ("exclusiveMinimum", .int(0)), ("maximum", .int(1000))])),
                ("inputs", ref("matrix")),
                ("Wx", ref("matrix")),
                ("Wh", ref("matrix")),
                ("b", ref("vector")),
                ("h0", ref("vector")),
            ])),
            ("quiz", map("A question with numbered choices.", required: ["question", "choices", "answer", "explain"], [
                ("question", ref("text")),
                ("choices", list(ref("text"), min: 2, max: LessonParser.maxChoices, "The choices, answered with the keys 1–9.")),
                ("answer", integer(1, LessonParser.maxChoices, "The number of the right choice, from 1.")),
                ("explain", ref("text")),
            ])),
            ("diagram", map("A preformatted drawing with an optional caption.", required: ["art"], [
                ("art", ref("text")),
                ("caption", ref("text")),
            ])),
        ]
    }
}
