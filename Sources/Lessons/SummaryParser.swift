import RNNCore
import Yams

/// The `summary` step: a Keras Sequential model given by its input and layers.
extension LessonParser {
    /// Layer names a model may use, in the order messages list them.
    static let layerNames = LessonFormat.layer.allowed
    /// Layers `Bidirectional` may wrap.
    static let recurrentLayerNames = LessonFormat.recurrentLayer.allowed

    /// `summary: {name, input, layers}`.
    func summaryStep(_ value: Node, keyNode: Node) -> StepKind? {
        // A layer with Keras's `input_shape` gets told where the input goes; `input` missing is then
        // not a second error.
        var schema = LessonFormat.summary
        if case .sequence(let items)? = value.mapping?["layers"],
           items.contains(where: { $0.mapping?.first?.value.mapping?["input_shape"] != nil }) {
            schema.keys = schema.keys.map { var key = $0; if key.name == "input" { key.required = false }; return key }
        }
        guard let fields = context.fields(value, schema, missingAt: keyNode.mark) else { return nil }
        var name: String? = "sequential"
        if let node = fields["name"] { name = context.string(node, field: "name") }
        let input = fields["input"].flatMap { self.input($0) }
        let layers = fields["layers"].flatMap { self.layers($0) }
        guard let name, let input, let layers else { return nil }
        let spec = ModelSpec(name: name, input: input, layers: layers)
        do {
            _ = try KerasModel(spec)
        } catch {
            // The layer that cannot take its input, e.g. SimpleRNN after a layer that returns (None, 3).
            var at = keyNode
            if case .sequence(let items)? = fields["layers"], items.indices.contains(error.layerIndex) {
                at = items[error.layerIndex]
            }
            context.error(error.message + LessonParser.returnSequencesHint(spec.layers, error.layerIndex, fields["layers"]), at: at)
            return nil
        }
        return .summary(spec)
    }

    /// "; give the SimpleRNN before it (line 6) `return_sequences: true` …" when the layer that
    /// failed is recurrent and follows a recurrent layer that returns only its last state.
    static func returnSequencesHint(_ layers: [LayerSpec], _ index: Int, _ node: Node?) -> String {
        guard index > 0, layers.indices.contains(index), isRecurrent(layers[index].kind) else { return "" }
        let previous = layers[index - 1].kind
        guard let name = recurrentName(previous), !returnsSequences(previous) else { return "" }
        var line = ""
        if case .sequence(let items)? = node, let mark = items[index - 1].mark { line = " (line \(mark.line))" }
        return "; give the \(name) before it\(line) `return_sequences: true` so that it passes on the whole sequence"
    }

    private static func isRecurrent(_ kind: LayerKind) -> Bool { recurrentName(kind) != nil }

    private static func recurrentName(_ kind: LayerKind) -> String? {
        switch kind {
        case .simpleRNN: "SimpleRNN"
        case .lstm: "LSTM"
        case .gru: "GRU"
        case .bidirectional(let inner, _): recurrentName(inner).map { "Bidirectional(\($0))" }
        default: nil
        }
    }

    private static func returnsSequences(_ kind: LayerKind) -> Bool {
        switch kind {
        case .simpleRNN(_, let flag), .lstm(_, let flag), .gru(_, let flag, _): flag
        case .bidirectional(let inner, _): returnsSequences(inner)
        default: true
        }
    }

    /// `input: {shape: [2, 10]}` or `input: {batch_shape: [8, 2, 10]}`.
    func input(_ node: Node) -> InputSpec? {
        guard let fields = context.fields(node, LessonFormat.input, missingAt: nil) else { return nil }
        switch (fields["shape"], fields["batch_shape"]) {
        case (nil, nil):
            context.error("`input` has neither `shape` nor `batch_shape`, expected exactly one of them", at: node)
            return nil
        case (.some, .some):
            context.error("`input` has both `shape` and `batch_shape`, expected exactly one of them", at: fields.keys["batch_shape"]!)
            return nil
        case (let shape?, nil):
            guard let sizes = sizes(shape, field: "shape", minimum: 1) else { return nil }
            return InputSpec(batchSize: nil, shape: sizes)
        case (nil, let batchShape?):
            guard let sizes = sizes(batchShape, field: "batch_shape", minimum: 2) else { return nil }
            return InputSpec(batchSize: sizes[0], shape: Array(sizes.dropFirst()))
        }
    }

    /// A list of positive sizes or nulls (unknown sizes).
    func sizes(_ node: Node, field: String, minimum: Int) -> [Int?]? {
        guard case .sequence(let sequence) = node else {
            context.error("found \(node.found) for `\(field)`, expected a list of sizes such as [2, 10]", at: node)
            return nil
        }
        let maximum = LessonLimits.maxInputRank + minimum - 1
        guard sequence.count >= minimum else {
            context.error("`\(field)` has \(Plural.count(sequence.count, "entry", "entries")), expected at least \(minimum)", at: node)
            return nil
        }
        guard sequence.count <= maximum else {
            context.error("`\(field)` has \(sequence.count) entries, past the limit of \(maximum) entries", at: node)
            return nil
        }
        var sizes: [Int?] = []
        var ok = true
        for item in sequence {
            if case .scalar(let scalar) = item, case .null = ScalarValue(scalar) {
                sizes.append(nil)
            } else if let size = context.size(item, field: field, max: LessonLimits.maxLayerSize, limitName: "(the largest input size)") {
                sizes.append(size)
            } else {
                ok = false
            }
        }
        return ok ? sizes : nil
    }

    /// The `layers` list.
    func layers(_ node: Node) -> [LayerSpec]? {
        guard case .sequence(let sequence) = node else {
            context.error("found \(node.found) for `layers`, expected a list of layers such as `- SimpleRNN: {units: 3}`", at: node)
            return nil
        }
        guard !sequence.isEmpty else {
            context.error("`layers` is empty, expected at least one layer", at: node)
            return nil
        }
        guard sequence.count <= LessonLimits.maxLayers else {
            context.error("the model has \(sequence.count) layers, past the limit of \(LessonLimits.maxLayers) layers", at: node)
            return nil
        }
        var layers: [LayerSpec] = []
        var ok = true
        for item in sequence {
            if let layer = layer(item, allowed: LessonParser.layerNames) { layers.append(layer) } else { ok = false }
        }
        return ok ? layers : nil
    }

    /// One layer: a one-key map `{LayerName: {args}}`.
    func layer(_ node: Node, allowed: [String]) -> LayerSpec? {
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        guard case .mapping(let mapping) = node, mapping.count == 1, let (keyNode, args) = mapping.first else {
            context.error("found \(node.found) as a layer, expected a map with one key naming the layer (\(list)), "
                          + "such as `SimpleRNN: {units: 3}`", at: node)
            return nil
        }
        guard let name = context.stringKey(keyNode) else { return nil }
        guard allowed.contains(name) else {
            let hint = LessonParser.layerNames.contains(name) ? " (Bidirectional wraps a recurrent layer)" : ""
            context.error("unknown layer \(Node.quote(name)), expected one of \(list)\(hint)"
                          + Suggestion.phrase(for: name, in: allowed), at: keyNode)
            return nil
        }
        if case .scalar(let scalar) = args, case .int(let size) = ScalarValue(scalar), name != "Bidirectional" {
            let example = name == "Embedding" ? "{input_dim: \(size), output_dim: 8}" : "{units: \(size)}"
            context.error("found \(args.found) for the \(name) layer, expected its arguments as a map by name: "
                          + "`\(name): \(example)` (Keras's positional arguments have names here)", at: args)
            return nil
        }
        guard let table = LessonFormat.arguments(ofLayer: name),
              let fields = context.fields(args, table, missingAt: keyNode.mark) else { return nil }
        var reader = LayerArguments(context: context, fields: fields, table: table)
        let layerName = reader.text("name")
        let kind: LayerKind
        switch name {
        case "SimpleRNN":
            kind = .simpleRNN(units: reader.size("units"), returnSequences: reader.flag("return_sequences", default: false))
        case "LSTM":
            kind = .lstm(units: reader.size("units"), returnSequences: reader.flag("return_sequences", default: false))
        case "GRU":
            kind = .gru(units: reader.size("units"), returnSequences: reader.flag("return_sequences", default: false),
                        resetAfter: reader.flag("reset_after", default: true))
        case "Dense":
            kind = .dense(units: reader.size("units"), activation: reader.text("activation"))
        case "Embedding":
            kind = .embedding(inputDim: reader.size("input_dim"), outputDim: reader.size("output_dim"))
        default:
            var mode = MergeMode.concat
            if let node = fields["merge_mode"], let raw = context.string(node, field: "merge_mode") {
                if let parsed = MergeMode(rawValue: raw) {
                    mode = parsed
                } else {
                    let modes = MergeMode.allCases.map(\.rawValue)
                    context.error("found \(Node.quote(raw)) for `merge_mode`, expected one of "
                                  + modes.map { "`\($0)`" }.joined(separator: ", ")
                                  + Suggestion.phrase(for: raw, in: modes), at: node)
                    reader.fail()
                }
            } else if fields["merge_mode"] != nil {
                reader.fail()
            }
            var inner: LayerSpec?
            if let node = reader.required("layer") {
                inner = layer(node, allowed: LessonParser.recurrentLayerNames)
            }
            guard let inner else { return nil }
            kind = .bidirectional(layer: inner.kind, mergeMode: mode)
        }
        return reader.ok ? LayerSpec(kind, name: layerName) : nil
    }
}
