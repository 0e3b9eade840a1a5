import RNNCore

/// The tensors inspect mode visits on an lstm or gru step, by stage, in equation order, and their
/// shapes. Names are the cursor's `InspectCursor.tensor`: `Wx_f`, `x_t`, `Wh_f`, `h_{t-1}`, `b_f`,
/// `f`, `c_{t-1}`, `c_t`, `h_t` (gate names as `GatedCell.gates` writes them).
enum GatedTensors {
    /// `Tab`'s order on `stage` of `cell`: for each gate of the stage its Wx block, x_t, its Wh
    /// block, h_{t−1} (x_t and h_{t−1} once), its bias block and the gate; the GRU candidate also
    /// visits r; the element-wise stages visit their operands and result.
    static func order(_ cell: GatedCell, stage: GatedStage) -> [String] {
        if stage.gates.isEmpty {
            switch (stage.symbol, cell) {
            case ("c_t", _): return ["f", "c_{t-1}", "i", "g", "c_t"]
            case (_, .lstm): return ["o", "c_t", "h_t"]
            default: return ["z", "h_{t-1}", "g", "h_t"]
            }
        }
        var order: [String] = []
        for (n, gate) in stage.gates.enumerated() {
            order += n == 0 ? ["Wx_\(gate)", "x_t", "Wh_\(gate)", "h_{t-1}"] : ["Wx_\(gate)", "Wh_\(gate)"]
            if case .gru = cell, gate == "g" { order.append("r") }
            order += ["b_\(gate)", gate]
        }
        return order
    }

    /// Where `Enter` puts the cursor on `stage`: its first gate, else its result (c_t or h_t).
    static func start(_ stage: GatedStage) -> String {
        stage.gates.first ?? stage.symbol
    }

    /// The gate a tensor name belongs to (`Wx_f` → `f`), nil for x_t, h_{t−1}, c_{t−1}, c_t, h_t and gates.
    static func blockGate(_ name: String) -> String? {
        for prefix in ["Wx_", "Wh_", "b_"] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return nil
    }

    /// Rows and columns of tensor `name`: H×D for a Wx block, H×H for a Wh block, H×1 for a bias
    /// block (H×2 with two biases: input, recurrent), D×1 for x_t, H×1 for the vectors.
    static func dims(_ name: String, _ p: GatedParameters) -> (rows: Int, cols: Int) {
        let h = p.hiddenUnits
        if name.hasPrefix("Wx_") { return (h, p.inputDim) }
        if name.hasPrefix("Wh_") { return (h, h) }
        if name.hasPrefix("b_") { return (h, p.cell.hasTwoBiases ? 2 : 1) }
        if name == "x_t" { return (p.inputDim, 1) }
        return (h, 1)
    }
}
