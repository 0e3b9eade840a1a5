import RNNCore
import Yams

/// The `rnn` step: sizes, seed and optional explicit arrays of `h_t = tanh(Wx·x_t + Wh·h_{t-1} + b)`.
extension LessonParser {
    /// `rnn: {timesteps, input_dim, hidden_units, seed, inputs, Wx, Wh, b, h0, layers, direction}`.
    func rnnStep(_ value: Node, keyNode: Node) -> StepKind? {
        let table = LessonFormat.rnn
        guard let fields = context.fields(value, table, missingAt: keyNode.mark) else { return nil }
        let before = context.errorCount
        // A missing size was reported by `fields`; the limits are the table's.
        func size(_ field: String, limitName: String) -> Int? {
            guard let node = fields[field] else { return nil }
            return context.size(node, field: field, max: table[field].type.maximum ?? Int.max, limitName: limitName)
        }
        var t = size("timesteps", limitName: "timesteps")
        var d = size("input_dim", limitName: "(the largest input_dim)")
        let h = size("hidden_units", limitName: "(the largest hidden_units)")
        let sentence = self.sentence(fields, timesteps: &t, inputDim: &d)
        let output = outputLayer(fields, hiddenUnits: h)
        var seed: UInt32 = 0
        if let node = fields["seed"],
           let value = context.integer(node, field: "seed", expected: "an integer from 0 to 4294967295") {
            if let valid = UInt32(exactly: value) {
                seed = valid
            } else {
                context.error("`seed` is \(value), expected an integer from 0 to 4294967295 (numpy's seed range)", at: node)
            }
        }
        if let t, let d, let h {
            let numbers = LessonLimits.rnnNumbers(timesteps: t, inputDim: d, hiddenUnits: h) ?? Int.max
            if numbers > LessonLimits.maxRNNNumbers {
                context.error("this rnn step holds \(numbers) numbers (T·D + H·D + H·H + 2·H + 2·T·H with T \(t), D \(d), H \(h)), "
                              + "past the limit of \(LessonLimits.maxRNNNumbers) numbers", at: keyNode)
                return nil
            }
        }
        let rowsT = t.map { ($0, "timesteps") }, colsD = d.map { ($0, "input_dim") }, sizeH = h.map { ($0, "hidden_units") }
        let inputs = fields["inputs"].map { context.matrix($0, field: "inputs", rows: rowsT, cols: colsD) }
        let wx = fields["Wx"].map { context.matrix($0, field: "Wx", rows: sizeH, cols: colsD) }
        let wh = fields["Wh"].map { context.matrix($0, field: "Wh", rows: sizeH, cols: sizeH) }
        let b = fields["b"].map { context.vector($0, field: "b", count: sizeH) }
        let h0 = fields["h0"].map { context.vector($0, field: "h0", count: sizeH) }
        let weightInit = self.weightInit(fields)
        let stack = stackKeys(fields, keyNode: keyNode, t: t, d: d, h: h)
        guard context.errorCount == before, let t, let d, let h, let weightInit, let stack else { return nil }
        var spec = RNNSpec(timesteps: t, inputDim: d, hiddenUnits: h, seed: seed,
                           inputs: inputs ?? nil, wx: wx ?? nil, wh: wh ?? nil, b: b ?? nil, h0: h0 ?? nil,
                           weightInit: weightInit)
        (spec.layers, spec.direction) = stack
        (spec.sentence, spec.output) = (sentence, output)
        let numbers = spec.isStack
            ? LessonParser.stackNumbers(timesteps: t, inputDim: d, hiddenUnits: h, layers: spec.layers, passes: spec.direction.passes.count)
            : LessonLimits.rnnNumbers(timesteps: t, inputDim: d, hiddenUnits: h)
        return checkedByEngine(spec, numbers: numbers ?? Int.max, keyNode: keyNode)
    }

    /// `init: uniform` (default, `np.random.random`) or `init: normal` with `scale` (default 1):
    /// `np.random.randn(...) * scale` for the weights that are drawn.
    func weightInit(_ fields: Fields) -> WeightInit? {
        var kind = "uniform"
        let kinds = LessonFormat.rnn["init"].type.words ?? []
        if let node = fields["init"] {
            guard let text = context.string(node, field: "init") else { return nil }
            guard kinds.contains(text) else {
                context.error("unknown `init` \(Node.quote(text)), expected `uniform` (np.random.random, the chapter's) or `normal` (np.random.randn * scale)"
                              + Suggestion.phrase(for: text, in: kinds), at: node)
                return nil
            }
            kind = text
        }
        guard let node = fields["scale"] else { return kind == "normal" ? .normal(scale: 1) : .uniform }
        guard kind == "normal" else {
            context.error("`scale` applies only with `init: normal`, expected `init: normal` beside it", at: node)
            return nil
        }
        guard let scale = context.number(node, field: "scale") else { return nil }
        let (above, most) = LessonFormat.rnn["scale"].type.bounds ?? (0, 1000)
        guard scale > Double(above), scale <= Double(most) else {
            context.error("`scale` is \(scale), expected a number above \(above) and at most \(most)", at: node)
            return nil
        }
        return .normal(scale: scale)
    }

    /// Most numbers (see `LessonLimits.rnnNumbers`) of all the rnn steps in one lesson that are
    /// materialised with `RNNParameters` while parsing. The checks above already cover every size
    /// and shape `RNNParameters` checks; building it as well proves it for ordinary lessons, and the
    /// budget keeps a file of many huge steps from drawing billions of random numbers in `check`.
    static let engineCheckBudget = 1_000_000

    /// `spec`, or nil after an error at the step when RNNCore cannot materialise it.
    private func checkedByEngine(_ spec: RNNSpec, numbers: Int, keyNode: Node) -> StepKind? {
        guard numbers <= LessonParser.engineCheckBudget - context.engineCheckedNumbers else { return .rnn(spec) }
        context.engineCheckedNumbers += numbers
        do {
            if spec.isStack { _ = try RNNStack(spec: spec) } else { _ = try RNNParameters(spec) }
        } catch {
            context.error("the rnn step cannot be computed: \(error.message)", at: keyNode)
            return nil
        }
        return .rnn(spec)
    }
}
