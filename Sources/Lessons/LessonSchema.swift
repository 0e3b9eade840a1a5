/// The JSON Schema (draft 2020-12) of lesson format version 1, printed by `rnnstep schema` and kept
/// in `lessons/schema.json` for editors (yaml-language-server).
///
/// Every map's definition is built from its table in `LessonFormat` (the parser's allow-lists), so
/// it is strict like the parser: unknown keys, wrong types, sizes outside their limits and unknown
/// layer names are invalid; every step has one kind key (and may have `notes`). What a schema cannot say (array shapes
/// against `timesteps`/`input_dim`/`hidden_units`, the numbers budget of an rnn step, `answer`
/// against the number of choices) only `rnnstep check` reports.
public enum LessonSchema {
    /// The `$schema` dialect.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as pretty-printed JSON text, ending with a newline.
    public static var text: String { json.rendered() + "\n" }

    /// The schema as a value: the top-level map with the other maps in `$defs`.
    public static var json: JSONValue {
        let top = LessonFormat.lesson
        return .object([
            ("$schema", .string(dialect)),
            ("$id", .string("https://rnnstep.invalid/schema/lesson-v1.json")),
            ("title", .string("rnnstep lesson, format version 1")),
        ] + mapPairs(top) + [("$defs", .object(definitions))])
    }

    /// The definition of one map of the format.
    public static func definition(of map: MapSchema) -> JSONValue {
        .object(mapPairs(map))
    }

    /// The schema of one key's value: its description, type and limits, and default.
    public static func property(_ key: KeySpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("description", .string(key.help))]
        pairs += typePairs(key.type)
        if let value = key.defaultValue { pairs.append(("default", value)) }
        return .object(pairs)
    }

    /// `{description, type: object, additionalProperties: false, [min/maxProperties: 1], [required], properties}`.
    private static func mapPairs(_ map: MapSchema) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [("description", .string(map.help)), ("type", .string("object")),
                                            ("additionalProperties", .bool(false))]
        if map.exactlyOne && map.alongside.isEmpty {
            pairs += [("minProperties", .int(1)), ("maxProperties", .int(1))]
        } else if map.exactlyOne {
            // Exactly one of the choices, with the `alongside` keys free to join it.
            pairs.append(("oneOf", .array(map.choices.map { .object([("required", .array([.string($0)]))]) })))
        }
        let required = map.keys.filter { $0.required && $0.unlessKey == nil }.map { JSONValue.string($0.name) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        // Keys required unless another is given (an rnn step's sizes, unless it has `tokens`).
        let unless = Dictionary(grouping: map.keys.filter { $0.required && $0.unlessKey != nil }, by: { $0.unlessKey! })
        for (other, keys) in unless.sorted(by: { $0.key < $1.key }) {
            pairs.append(("anyOf", .array([.object([("required", .array([.string(other)]))]),
                                           .object([("required", .array(keys.map { .string($0.name) }))])])))
        }
        pairs.append(("properties", .object(map.keys.map { ($0.name, property($0)) })))
        return pairs
    }

    /// The keywords that state a value type.
    private static func typePairs(_ type: ValueType) -> [(String, JSONValue)] {
        switch type {
        case .text:
            return ref("text")
        case .string:
            return [("type", .string("string")), ("maxLength", .int(LessonLimits.maxTextLength))]
        case .integer(let range):
            return [("type", .string("integer")), ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))]
        case .number(let above, let max):
            return [("type", .string("number")), ("exclusiveMinimum", .int(above)), ("maximum", .int(max))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .oneOf(let words):
            return [("enum", .array(words.map(JSONValue.string)))]
        case .constant(let value):
            return [("const", .int(value))]
        case .ref(let name):
            return ref(name)
        case .list(let items, let min, let max):
            var pairs: [(String, JSONValue)] = [("type", .string("array")), ("minItems", .int(min))]
            if let max { pairs.append(("maxItems", .int(max))) }
            pairs.append(("items", .object(typePairs(items))))
            return pairs
        }
    }

    private static func ref(_ name: String) -> [(String, JSONValue)] { [("$ref", .string("#/$defs/\(name)"))] }

    /// Value types that are not maps: text, a size or null, numbers, vectors and matrices.
    private static var valueDefinitions: [(String, JSONValue)] {
        [
            ("text", .object([
                ("description", .string("A plain string shown in every language, or a {ko, en} map (at least one).")),
                ("anyOf", .array([
                    .object([("type", .array([.string("string"), .string("number"), .string("boolean")])),
                             ("maxLength", .int(LessonLimits.maxTextLength))]),
                    .object([("type", .string("object")), ("additionalProperties", .bool(false)),
                             ("minProperties", .int(1)),
                             ("properties", .object(LessonFormat.localized.keys.map { ($0.name, property($0)) }))]),
                ])),
            ])),
            ("dimension", .object([
                ("description", .string("A positive size, or null for an unknown one.")),
                ("anyOf", .array([
                    .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(LessonLimits.maxLayerSize))]),
                    .object([("type", .string("null"))]),
                ])),
            ])),
            ("number", .object([("type", .string("number"))])),
            ("callouts", .object([
                ("description", .string("Remarks by timestep: keys are t from 0 to T, values texts of one or two lines.")),
                ("type", .string("object")), ("minProperties", .int(1)),
                ("patternProperties", .object([("^(0|[1-9][0-9]*)$", .object(ref("text")))])),
                ("additionalProperties", .bool(false)),
            ])),
            ("embedding", .object([
                ("description", .string("Word → vector: every vector has the same number of numbers (D).")),
                ("type", .string("object")), ("minProperties", .int(1)),
                ("additionalProperties", .object(ref("vector"))),
            ])),
            ("vector", .object([("description", .string("A list of numbers."))] + typePairs(.list(.ref("number"), min: 1, max: nil)))),
            ("matrix", .object([("description", .string("A list of rows of numbers."))] + typePairs(.list(.ref("vector"), min: 1, max: nil)))),
            ("bias", .object([
                ("description", .string("A list of numbers, or a list of rows of numbers (a gru bias with reset_after: true).")),
                ("anyOf", .array([.object(ref("vector")), .object(ref("matrix"))])),
            ])),
        ]
    }

    /// Every map but the top level and the `{ko, en}` text (part of `text`), then the value types.
    private static var definitions: [(String, JSONValue)] {
        let maps = LessonFormat.maps.filter { $0.name != LessonFormat.lesson.name && $0.name != LessonFormat.localized.name }
        return maps.map { ($0.name, definition(of: $0)) } + valueDefinitions
    }
}
