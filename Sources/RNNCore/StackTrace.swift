/// The `rnnstep trace` object of a deep, backward or bidirectional rnn step (`RNNStack`).
///
/// Keys, in order: `kind` (`"rnn"`), `step`, `timesteps`, `input_dim`, `hidden_units`, `layers`,
/// `direction` (`"forward"`, `"backward"` or `"bidirectional"`), `inputs` (T×D), `passes` — one
/// object per layer and direction in draw order (layer 1 forward, layer 1 backward, layer 2 …),
/// each with `layer`, `direction`, `input_dim` (D, H or 2H), `Wx` (H×input_dim), `Wh` (H×H), `b` (H),
/// `h0` (H), `preactivations` (T×H) and `states` (T×H), rows by timestep (row t − 1 is timestep t,
/// for a backward pass too) — then `outputs` (the top layer's outputs by timestep, T×H or T×2H
/// rows [h_fwd_t; h_bwd_t]) and `last_output` (what `return_sequences=False` returns). Numbers
/// are written as `RNNTrace` writes them. `--grad` adds nothing to these objects.
enum StackTrace {
    static func write(_ step: Int, _ stack: RNNStack, into out: inout String) {
        RNNTrace.header(kind: "rnn", step: step, timesteps: stack.timesteps, inputDim: stack.inputDim,
                        hiddenUnits: stack.hiddenUnits, into: &out)
        out += "    \"layers\": \(stack.layers),\n"
        out += "    \"direction\": \"\(stack.direction.rawValue)\",\n"
        matrix("inputs", stack.inputs, indent: "    ", into: &out)
        out += ",\n    \"passes\": ["
        for (i, pass) in stack.passes.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            write(pass, into: &out)
        }
        out += "\n    ],\n"
        matrix("outputs", stack.outputs, indent: "    ", into: &out)
        out += ",\n    \"last_output\": "
        RNNTrace.vector(stack.lastOutput[...], into: &out)
        out += "\n  }"
    }

    private static func write(_ pass: RNNPass, into out: inout String) {
        let p = pass.parameters, pad = "        "
        out += "      {\n"
        out += "\(pad)\"layer\": \(pass.layer),\n"
        out += "\(pad)\"direction\": \"\(pass.direction.rawValue)\",\n"
        out += "\(pad)\"input_dim\": \(pass.inputDim),\n"
        matrix("Wx", p.wx, indent: pad, into: &out)
        out += ",\n"
        matrix("Wh", p.wh, indent: pad, into: &out)
        out += ",\n\(pad)\"b\": "
        RNNTrace.vector(p.b[...], into: &out)
        out += ",\n\(pad)\"h0\": "
        RNNTrace.vector(p.h0[...], into: &out)
        out += ",\n"
        matrix("preactivations", pass.preactivations, indent: pad, into: &out)
        out += ",\n"
        matrix("states", pass.states, indent: pad, into: &out)
        out += "\n      }"
    }

    /// `"name": [rows…]`, one row per line, without the comma after it.
    private static func matrix(_ name: String, _ m: Matrix, indent: String, into out: inout String) {
        out += "\(indent)\"\(name)\": ["
        for r in 0..<m.rows {
            out += r == 0 ? "\n\(indent)  " : ",\n\(indent)  "
            RNNTrace.vector(m.values[(r * m.cols)..<((r + 1) * m.cols)], into: &out)
        }
        out += m.rows == 0 ? "]" : "\n\(indent)]"
    }
}
