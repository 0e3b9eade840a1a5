/// The JSON printed by `rnnstep trace`: one object per `rnn`, `lstm` or `gru` step of a lesson.
///
/// Each rnn object has, in this order: `kind` (`"rnn"`), `step` (the step's index in the lesson), `timesteps`, `input_dim`,
/// `hidden_units`, `inputs` (T×D), `Wx` (H×D), `Wh` (H×H), `b` (H), `h0` (H), `preactivations` (T×H),
/// `states` (T×H). An rnn step with `tokens` or an `output` layer then has the keys of
/// `SentenceTrace` (`tokens`, `W_y`, `b_y`, `initial_prediction`, `logits`, `predictions`, `logit`,
/// `prediction`); a plain one has none of them. With `gradients: true` (`trace --grad`) the backward pass of L = Σᵢ h_T[i] follows
/// (see `BackwardPass`): `loss`, `dstates` (T×H, ∂L/∂h_t), `dpreactivations` (T×H, δ_t = ∂L/∂z_t),
/// `dWx` (H×D), `dWh` (H×H), `db` (H), `dinputs` (T×D, ∂L/∂x_t), `dh0` (H), `input_grad_norms`
/// (T, ‖∂L/∂x_t‖₂). Matrices are arrays of rows, one row per line. Numbers use Swift's shortest
/// round-trip form (`0.5488135039273248`, `1.0`, `1e-05`), so they read back to the same double;
/// a non-finite value (only reachable by overflow with enormous explicit arrays, or gradients that
/// explode past the largest double) is written `null`. lstm and gru objects are written by
/// `GatedTrace`, and rnn steps with `layers` or `direction` by `StackTrace` (`kind`, `step`, the
/// sizes, `layers`, `direction`, `inputs`, `passes` — one object per layer and direction — and
/// `outputs`); `json(entries:)` mixes all kinds in lesson order.
public enum RNNTrace {
    /// One traced step: its index in the lesson and its run.
    public enum Entry: Sendable {
        /// An rnn step.
        case rnn(step: Int, run: RNNRun)
        /// An lstm or gru step.
        case gated(step: Int, run: GatedRun)
        /// A deep, backward or bidirectional rnn step (written by `StackTrace`).
        case stack(step: Int, run: RNNStack)
        /// An rnn step that reads `tokens` or has an `output` layer (see `SentenceTrace`).
        case sentence(step: Int, run: RNNRun, sentence: Sentence?, output: OutputLayer?)
    }

    /// The JSON text for steps of every kind, in the given order; `gradients` adds the backward
    /// pass to single-layer forward rnn objects only (lstm, gru and deep or bidirectional rnn
    /// steps have no backward pass yet).
    public static func json(entries: [Entry], gradients: Bool = false) -> String {
        var out = "["
        for (i, entry) in entries.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            switch entry {
            case .rnn(let step, let run): write(step, run, gradients: gradients, into: &out)
            case .gated(let step, let run): GatedTrace.write(step, run, into: &out)
            case .stack(let step, let run): StackTrace.write(step, run, into: &out)
            case .sentence(let step, let run, nil, nil):
                write(step, run, gradients: gradients, into: &out)
            case .sentence(let step, let run, let sentence, let output):
                write(step, run, gradients: gradients, into: &out) { last, out in
                    SentenceTrace.write(sentence, output, run: run, last: last, into: &out)
                }
            }
        }
        out += entries.isEmpty ? "]\n" : "\n]\n"
        return out
    }

    /// The JSON text (ending with a newline) for the given (lesson step index, run) pairs; computes every
    /// run fully, and its backward pass too when `gradients` is true.
    public static func json(_ steps: [(step: Int, run: RNNRun)], gradients: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(steps.reduce(0) { $0 + estimate($1.run, gradients: gradients) })
        out += "["
        for (i, entry) in steps.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            write(entry.step, entry.run, gradients: gradients, into: &out)
        }
        out += steps.isEmpty ? "]\n" : "\n]\n"
        return out
    }

    /// A rough byte count for one run's object, to reserve capacity once.
    static func estimate(_ run: RNNRun, gradients: Bool = false) -> Int {
        let t = run.timesteps, d = run.inputDim, h = run.hiddenUnits
        let forward = 24 * (t * d + h * d + h * h + 2 * h + 2 * t * h) + 256
        return gradients ? 2 * forward + 24 * t : forward
    }

    /// `extra` writes keys after `states` (told whether they end the object).
    static func write(_ step: Int, _ run: RNNRun, gradients: Bool = false, into out: inout String,
                      extra: ((Bool, inout String) -> Void)? = nil) {
        let run = run.completed()
        let p = run.parameters
        header(kind: "rnn", step: step, timesteps: p.timesteps, inputDim: p.inputDim, hiddenUnits: p.hiddenUnits, into: &out)
        field("inputs", p.inputs, into: &out)
        field("Wx", p.wx, into: &out)
        field("Wh", p.wh, into: &out)
        out += "    \"b\": "
        vector(p.b[...], into: &out)
        out += ",\n    \"h0\": "
        vector(p.h0[...], into: &out)
        out += ",\n"
        field("preactivations", run.preactivations, into: &out)
        field("states", run.states, into: &out, last: !gradients && extra == nil)
        extra?(!gradients, &out)
        if gradients {
            writeGradients(BackwardPass(run).completed(), into: &out)
        }
        out += "  }"
    }

    /// The backward pass's keys, after `states`; the last one ends the object.
    static func writeGradients(_ pass: BackwardPass, into out: inout String) {
        let g = pass.gradients
        out += "    \"loss\": \(number(pass.loss)),\n"
        field("dstates", pass.dStates, into: &out)
        field("dpreactivations", pass.dPreactivations, into: &out)
        field("dWx", g.dWx, into: &out)
        field("dWh", g.dWh, into: &out)
        out += "    \"db\": "
        vector(g.db[...], into: &out)
        out += ",\n"
        field("dinputs", pass.dInputs, into: &out)
        out += "    \"dh0\": "
        vector(pass.dh0[...], into: &out)
        out += ",\n    \"input_grad_norms\": "
        vector(pass.inputGradNorms[...], into: &out)
        out += "\n"
    }

    /// Opens an object with the keys every traced step starts with: `kind`, `step`, `timesteps`,
    /// `input_dim`, `hidden_units`.
    static func header(kind: String, step: Int, timesteps: Int, inputDim: Int, hiddenUnits: Int, into out: inout String) {
        out += "  {\n"
        out += "    \"kind\": \"\(kind)\",\n"
        out += "    \"step\": \(step),\n"
        out += "    \"timesteps\": \(timesteps),\n"
        out += "    \"input_dim\": \(inputDim),\n"
        out += "    \"hidden_units\": \(hiddenUnits),\n"
    }

    static func field(_ name: String, _ m: Matrix, into out: inout String, last: Bool = false) {
        out += "    \"\(name)\": ["
        for r in 0..<m.rows {
            out += r == 0 ? "\n      " : ",\n      "
            vector(m.values[(r * m.cols)..<((r + 1) * m.cols)], into: &out)
        }
        out += m.rows == 0 ? "]" : "\n    ]"
        out += last ? "\n" : ",\n"
    }

    static func vector(_ values: ArraySlice<Double>, into out: inout String) {
        out += "["
        var first = true
        for v in values {
            if !first { out += ", " }
            first = false
            out += number(v)
        }
        out += "]"
    }

    /// A JSON number that reads back to `v` exactly; `null` for a non-finite value.
    public static func number(_ v: Double) -> String {
        v.isFinite ? v.description : "null"
    }
}
