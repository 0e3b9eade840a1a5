/// The trace objects of lstm and gru steps (see `RNNTrace`).
///
/// Keys, in order: `kind` (`"lstm"` or `"gru"`), `step`, `timesteps`, `input_dim`, `hidden_units`,
/// `reset_after` (gru), `inputs` (T×D), `Wx` (G·H×D), `Wh` (G·H×H), `b` (G·H, or 2×3H for gru
/// with reset_after), `h0` (H), `c0` (H, lstm), `gates` (an object: `i`, `f`, `g`, `o` or `z`, `r`,
/// `g`, each T×H, the activations after σ or tanh), `cells` (T×H, lstm), `states` (T×H).
enum GatedTrace {
    static func write(_ step: Int, _ run: GatedRun, into out: inout String) {
        let run = run.completed()
        let p = run.parameters
        RNNTrace.header(kind: p.cell.name, step: step, timesteps: p.timesteps, inputDim: p.inputDim,
                        hiddenUnits: p.hiddenUnits, into: &out)
        if case .gru(let resetAfter) = p.cell {
            out += "    \"reset_after\": \(resetAfter),\n"
        }
        RNNTrace.field("inputs", p.inputs, into: &out)
        RNNTrace.field("Wx", p.wx, into: &out)
        RNNTrace.field("Wh", p.wh, into: &out)
        if p.b.rows == 1 {
            out += "    \"b\": "
            RNNTrace.vector(p.b.values[...], into: &out)
            out += ",\n"
        } else {
            RNNTrace.field("b", p.b, into: &out)
        }
        out += "    \"h0\": "
        RNNTrace.vector(p.h0[...], into: &out)
        out += ",\n"
        if p.cell == .lstm {
            out += "    \"c0\": "
            RNNTrace.vector(p.c0[...], into: &out)
            out += ",\n"
        }
        out += "    \"gates\": {\n"
        for (index, name) in p.cell.gates.enumerated() {
            let m = run.gateHistory(name)
            var inner = ""
            RNNTrace.field(name, m, into: &inner, last: index == p.cell.gateCount - 1)
            // One level deeper than the object's own keys.
            out += inner.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        out += "    },\n"
        if let cells = run.computedCells {
            RNNTrace.field("cells", cells, into: &out)
        }
        RNNTrace.field("states", run.computedStates, into: &out, last: true)
        out += "  }"
    }
}
