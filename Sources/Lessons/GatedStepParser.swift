import RNNCore
import Yams

/// The `lstm` and `gru` steps: the rnn step's sizes, seed and init, weights stacked in Keras's gate
/// order (`GatedCell`), `c0` for lstm and `reset_after` for gru.
extension LessonParser {
    /// `lstm: {…}` or `gru: {…}`, read with its table (`LessonFormat.lstm` or `.gru`).
    func gatedStep(_ value: Node, keyNode: Node, table: MapSchema) -> StepKind? {
        guard let fields = context.fields(value, table, missingAt: keyNode.mark) else { return nil }
        let before = context.errorCount
        func size(_ field: String, limitName: String) -> Int? {
            guard let node = fields[field] else { return nil }
            return context.size(node, field: field, max: table[field].type.maximum ?? Int.max, limitName: limitName)
        }
        let t = size("timesteps", limitName: "timesteps")
        let d = size("input_dim", limitName: "(the largest input_dim)")
        let h = size("hidden_units", limitName: "(the largest hidden_units)")
        var seed: UInt32 = 0
        if let node = fields["seed"],
           let value = context.integer(node, field: "seed", expected: "an integer from 0 to 4294967295") {
            if let valid = UInt32(exactly: value) {
                seed = valid
            } else {
                context.error("`seed` is \(value), expected an integer from 0 to 4294967295 (numpy's seed range)", at: node)
            }
        }
        var cell = GatedCell.lstm
        if table.name == LessonFormat.gru.name {
            let resetAfter = fields["reset_after"].flatMap { context.bool($0, field: "reset_after") } ?? false
            cell = .gru(resetAfter: resetAfter)
        }
        let g = cell.gateCount
        if let t, let d, let h {
            let numbers = LessonLimits.gatedNumbers(timesteps: t, inputDim: d, hiddenUnits: h, gates: g) ?? Int.max
            if numbers > LessonLimits.maxRNNNumbers {
                context.error("this \(cell.name) step holds \(numbers) numbers (T·D + \(g)·(H·D + H·H + 2·H + 2·T·H) with T \(t), D \(d), H \(h)), "
                              + "past the limit of \(LessonLimits.maxRNNNumbers) numbers", at: keyNode)
                return nil
            }
        }
        let layout = h.map { cell.layout(hiddenUnits: $0) } ?? "gate blocks \(cell.gates.joined(separator: ", ")), Keras's order"
        let gh = h.map { g * $0 }
        func note(_ name: String, cols: Int?) -> String {
            let shape = gh.map { rows in "(\(rows), \(cols.map(String.init) ?? "?"))" } ?? "(\(g)·H, …)"
            return "\(name) is \(shape): \(layout)"
        }
        let inputsShape = "inputs is (\(t.map(String.init) ?? "T"), \(d.map(String.init) ?? "D")), one row per timestep"
        let inputs = fields["inputs"].map { context.matrix($0, field: "inputs", rows: t.map { ($0, "timesteps; " + inputsShape) },
                                                           cols: d.map { ($0, "input_dim; " + inputsShape) }) }
        let wx = fields["Wx"].map {
            context.matrix($0, field: "Wx", rows: gh.map { ($0, "\(g)·hidden_units; " + note("Wx", cols: d)) },
                           cols: d.map { ($0, "input_dim; " + note("Wx", cols: d)) })
        }
        let wh = fields["Wh"].map {
            context.matrix($0, field: "Wh", rows: gh.map { ($0, "\(g)·hidden_units; " + note("Wh", cols: h)) },
                           cols: h.map { ($0, "hidden_units; " + note("Wh", cols: h)) })
        }
        let b = fields["b"].map { bias($0, cell: cell, width: gh, layout: layout) }
        let h0 = fields["h0"].map { context.vector($0, field: "h0", count: h.map { ($0, "hidden_units; h0 is (\($0),)") }) }
        let c0 = fields["c0"].map { context.vector($0, field: "c0", count: h.map { ($0, "hidden_units; c0 is (\($0),)") }) }
        let weightInit = self.weightInit(fields)
        guard context.errorCount == before, let t, let d, let h, let weightInit else { return nil }
        let spec = GatedSpec(cell: cell, timesteps: t, inputDim: d, hiddenUnits: h, seed: seed,
                             inputs: inputs ?? nil, wx: wx ?? nil, wh: wh ?? nil, b: b ?? nil,
                             h0: h0 ?? nil, c0: c0 ?? nil, weightInit: weightInit)
        let numbers = LessonLimits.gatedNumbers(timesteps: t, inputDim: d, hiddenUnits: h, gates: g) ?? Int.max
        guard numbers <= LessonParser.engineCheckBudget - context.engineCheckedNumbers else { return .gated(spec) }
        context.engineCheckedNumbers += numbers
        do {
            _ = try GatedParameters(spec)
        } catch {
            context.error("the \(cell.name) step cannot be computed: \(error.message)", at: keyNode)
            return nil
        }
        return .gated(spec)
    }

    /// `b`: G·H numbers, or for gru with `reset_after: true` two rows of 3·H (input bias, recurrent bias).
    private func bias(_ node: Node, cell: GatedCell, width: Int?, layout: String) -> Matrix? {
        let isRows: Bool
        if case .sequence(let items) = node, let first = items.first, case .sequence = first { isRows = true } else { isRows = false }
        let shape = width.map { cell.hasTwoBiases ? "(2, \($0))" : "(\($0),)" } ?? (cell.hasTwoBiases ? "(2, 3·H)" : "(\(cell.gateCount)·H,)")
        if cell.hasTwoBiases {
            guard isRows else {
                if case .sequence(let items) = node {
                    context.error("found a list of \(Plural.count(items.count, "number")) for `b`, expected 2 rows: shape \(shape) with reset_after: true "
                                  + "(row 0 the input bias, row 1 the recurrent bias; \(layout))", at: node)
                } else {
                    context.error("found \(node.found) for `b`, expected 2 rows of numbers: shape \(shape) with reset_after: true", at: node)
                }
                return nil
            }
            let why = "b is \(shape) with reset_after: true: row 0 the input bias, row 1 the recurrent bias; \(layout)"
            return context.matrix(node, field: "b", rows: (2, why), cols: width.map { ($0, "3·hidden_units; " + why) })
        }
        if isRows {
            let hint = cell == .lstm ? "" : "; two rows are for reset_after: true"
            context.error("found a list of rows for `b`, expected one list of numbers: shape \(shape) (\(layout))\(hint)", at: node)
            return nil
        }
        let why = "\(cell.gateCount)·hidden_units; b is \(shape): \(layout)"
        return context.vector(node, field: "b", count: width.map { ($0, why) }).map { Matrix(rows: 1, cols: $0.count, values: $0) }
    }
}
