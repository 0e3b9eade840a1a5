import RNNCore

/// What inspect mode's drill-down panel explains about the cursor cell of an lstm or gru step at
/// timestep t, read from the run (`GateTerms`, `StateTerms`): built by `Player.prepare`, drawn by
/// `GatedDrillDownView`.
public struct GatedDrillDown: Equatable, Sendable {
    /// The cell explained, with the numbers the panel shows.
    public enum Subject: Equatable, Sendable {
        /// A gate unit: every product, both sums, the bias (or biases), the pre-activation, the gate.
        case gate(GateTerms)
        /// c_t[i] or h_t[i]: the element-wise terms.
        case state(StateTerms)
        /// Wx_g[i,j]: it feeds unit i of gate g; its product with x_t[j] at this t.
        case inputWeight(gate: String, row: Int, col: Int, weight: Double, input: Double, product: Double)
        /// Wh_g[i,k]: it feeds unit i of gate g; its product with h_{t−1}[k] (or (r⊙h_{t−1})[k]).
        case recurrentWeight(gate: String, row: Int, col: Int, weight: Double, state: Double, product: Double, resetInside: Bool)
        /// b_g[i] (with reset_after bx_g[i] in column 0, the recurrent bias bh_g[i] in column 1),
        /// added to the pre-activation; `label` is its name.
        case bias(gate: String, index: Int, label: String, value: Double, preactivation: Double)
        /// x_t[j].
        case input(index: Int, value: Double)
        /// h_{t−1}[k] (h0 at t = 1).
        case previous(index: Int, value: Double)
        /// c_{t−1}[k] (c0 at t = 1).
        case previousCell(index: Int, value: Double)
    }

    /// The cursor it explains.
    public var cursor: InspectCursor
    /// The timestep (1…T).
    public var t: Int
    /// The explanation.
    public var subject: Subject

    /// The drill-down of `cursor` at `t` (1…run.computedSteps).
    public init(_ run: GatedRun, cursor: InspectCursor, t: Int) {
        self.cursor = cursor
        self.t = t
        let p = run.parameters, h = p.hiddenUnits
        let i = min(max(0, cursor.row), h - 1)
        let name = cursor.tensor
        let hPrev = run.state(at: t - 1)
        if let gate = GatedTensors.blockGate(name), let index = p.cell.gates.firstIndex(of: gate),
           let terms = run.gateTerms(gate, at: t, unit: i) {
            let row = index * h + i
            if name.hasPrefix("Wx_") {
                let j = min(cursor.col, p.inputDim - 1)
                subject = .inputWeight(gate: gate, row: i, col: j, weight: p.wx[row, j], input: terms.inputVector[j],
                                       product: terms.inputProducts[j])
            } else if name.hasPrefix("Wh_") {
                let k = min(cursor.col, h - 1)
                subject = .recurrentWeight(gate: gate, row: i, col: k, weight: p.wh[row, k], state: terms.recurrentVector[k],
                                           product: terms.recurrentProducts[k], resetInside: terms.resetInside)
            } else {
                let two = p.cell.hasTwoBiases, recurrent = two && cursor.col == 1
                let label = (recurrent ? "bh_" : two ? "bx_" : "b_") + "\(gate)[\(i)]"
                subject = .bias(gate: gate, index: i, label: label, value: recurrent ? terms.recurrentBias ?? 0 : terms.bias,
                                preactivation: terms.preactivation)
            }
            return
        }
        switch name {
        case "x_t":
            let j = min(max(0, cursor.row), p.inputDim - 1)
            subject = .input(index: j, value: p.inputs[t - 1, j])
        case "h_{t-1}": subject = .previous(index: i, value: hPrev[i])
        case "c_{t-1}": subject = .previousCell(index: i, value: run.cell(at: t - 1)?[i] ?? 0)
        case "c_t": subject = run.cellTerms(at: t, unit: i).map(Subject.state) ?? .state(run.stateTerms(at: t, unit: i))
        case "h_t": subject = .state(run.stateTerms(at: t, unit: i))
        default:
            if let terms = run.gateTerms(name, at: t, unit: i) {
                subject = .gate(terms)
            } else {
                subject = .state(run.stateTerms(at: t, unit: i))
            }
        }
    }
}
