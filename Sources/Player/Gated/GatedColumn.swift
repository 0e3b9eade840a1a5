import RNNCore

/// One column of a gated step's vector table: a vector of the current timestep (a row per hidden
/// unit), the stage that reveals it and the scale it is coloured on.
struct GatedColumn {
    /// Which colour scale the column uses.
    enum Scale: Equatable, Sendable {
        /// Weights and states: diverging around 0.
        case states
        /// The cell state: diverging, with c's own range.
        case cells
        /// Gates in (0, 1): sequential.
        case gate
    }

    /// The tensor name inspect mode's cursor uses for this column (`h_{t-1}`, `f`, `c_t`, `r⊙h`).
    var id: String
    /// The header at timestep `t`.
    var label: (Int) -> String
    /// The first stage (1-based) that shows the column; 0: shown from the start of the timestep.
    var stage: Int
    /// The colour scale.
    var scale: Scale
    /// The values at timestep `t` (1…computed), read from the run's record.
    var values: (GatedRun, Int) -> [Double]

    /// The columns of `cell`, in reveal order.
    static func columns(_ cell: GatedCell) -> [GatedColumn] {
        func gate(_ name: String, stage: Int, scale: Scale = .gate) -> GatedColumn {
            GatedColumn(id: name, label: { _ in name }, stage: stage, scale: scale) { run, t in run.gate(name, at: t) }
        }
        let hPrev = GatedColumn(id: "h_{t-1}", label: { "h_\($0 - 1)" }, stage: 0, scale: .states) { run, t in run.state(at: t - 1) }
        let h = GatedColumn(id: "h_t", label: { "h_\($0)" }, stage: cell.gateCount == 4 ? 5 : 4, scale: .states) { run, t in run.state(at: t) }
        switch cell {
        case .lstm:
            return [
                hPrev,
                GatedColumn(id: "c_{t-1}", label: { "c_\($0 - 1)" }, stage: 0, scale: .cells) { run, t in run.cell(at: t - 1) ?? [] },
                gate("i", stage: 1), gate("g", stage: 1, scale: .states), gate("f", stage: 2),
                GatedColumn(id: "c_t", label: { "c_\($0)" }, stage: 3, scale: .cells) { run, t in run.cell(at: t) ?? [] },
                gate("o", stage: 4), h,
            ]
        case .gru(let resetAfter):
            var columns = [hPrev, gate("r", stage: 1)]
            if !resetAfter {
                columns.append(GatedColumn(id: "r⊙h", label: { _ in "r⊙h" }, stage: 1, scale: .states) { run, t in
                    if case .gru(let gru) = run { return gru.record(at: t).reset }
                    return []
                })
            }
            return columns + [gate("z", stage: 2), gate("g", stage: 3, scale: .states), h]
        }
    }
}
