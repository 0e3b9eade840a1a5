import Yams

/// Reads the arguments of one layer (`{units: 3, return_sequences: true}`), reporting each problem
/// to the context and remembering whether all of them were valid.
/// (A value type rather than nested functions that share a captured `var ok`.)
struct LayerArguments {
    /// The context that collects diagnostics.
    let context: ParseContext
    /// The arguments given.
    let fields: Fields
    /// The layer's row of `LessonFormat.layerArguments` (its limits).
    let table: MapSchema
    /// False once any argument was missing or wrong.
    private(set) var ok = true

    /// Marks the layer invalid after an error reported elsewhere.
    mutating func fail() { ok = false }

    /// The value of a required argument, or nil when it is missing (`ParseContext.fields` reported it).
    mutating func required(_ field: String) -> Node? {
        if let node = fields[field] { return node }
        ok = false
        return nil
    }

    /// A required size in `1...maxLayerSize` (0 after an error).
    mutating func size(_ field: String) -> Int {
        guard let node = required(field) else { return 0 }
        guard let value = context.size(node, field: field, max: table[field].type.maximum ?? LessonLimits.maxLayerSize,
                                       limitName: "(the largest layer size)") else { ok = false; return 0 }
        return value
    }

    /// An optional boolean with its default.
    mutating func flag(_ field: String, default value: Bool) -> Bool {
        guard let node = fields[field] else { return value }
        guard let flag = context.bool(node, field: field) else { ok = false; return value }
        return flag
    }

    /// An optional string.
    mutating func text(_ field: String) -> String? {
        guard let node = fields[field] else { return nil }
        guard let text = context.string(node, field: field) else { ok = false; return nil }
        return text
    }
}
