import Lessons
import RNNCore
import Screen

/// Inspect mode on an lstm or gru step: the cursor visits the current stage's tensors
/// (`GatedTensors.order`), the drill-down explains gate units, c_t and h_t (`GatedDrillDown`), and
/// what-if edits change the Wx, Wh and bias blocks, x_t, and h0 and c0 at t = 1 (`GatedEdits`).
/// `.` and `,` move a whole timestep and keep the stage; `a` is refused (gates keep σ and tanh).
extension Player {
    /// The stage shown at the state's position (position ≥ 1).
    static func gatedStage(_ state: PlayerState) -> (cell: GatedCell, stage: GatedStage, t: Int)? {
        guard case .gated(let spec) = state.step.kind else { return nil }
        let stages = GatedStage.stages(spec.cell)
        let place = GatedStage.place(max(1, state.timestep), stages: stages.count)
        return (spec.cell, stages[max(1, place.stage) - 1], place.t)
    }

    /// `Enter` on a gated step: the cursor on the stage's gate (or c_t, h_t); at t = 0 it first
    /// moves to the first stage of t = 1.
    static func enterGatedInspect(_ state: inout PlayerState) {
        if state.timestep == 0 { state.timestep = 1 }
        state.playing = false
        guard let (_, stage, _) = gatedStage(state) else { return }
        state.inspect = InspectCursor(tensor: GatedTensors.start(stage))
    }

    /// Performs one inspect-mode action on a gated step.
    static func performGatedInspect(_ action: InspectAction, on state: inout PlayerState) {
        guard var cursor = state.inspect, let (cell, stage, t) = gatedStage(state),
              let p = state.gatedComputations[state.stepID]?.run.parameters else { return }
        let ko = state.language == .ko, s = state.stagesPerTimestep
        let order = GatedTensors.order(cell, stage: stage)
        if !order.contains(cursor.tensor) { cursor = InspectCursor(tensor: GatedTensors.start(stage)) }
        let size = GatedTensors.dims(cursor.tensor, p)
        switch action {
        case .leave:
            state.inspect = nil
            return
        case .up: cursor.row = max(0, cursor.row - 1)
        case .down: cursor.row = min(size.rows - 1, cursor.row + 1)
        case .left: cursor.col = max(0, cursor.col - 1)
        case .right: cursor.col = min(size.cols - 1, cursor.col + 1)
        case .nextTensor:
            let next = order[((order.firstIndex(of: cursor.tensor) ?? -1) + 1) % order.count]
            let nextSize = GatedTensors.dims(next, p)
            cursor = InspectCursor(tensor: next, row: min(cursor.row, nextSize.rows - 1), col: min(cursor.col, nextSize.cols - 1))
        case .nextTimestep:
            if state.timestep + s <= state.timestepCount { state.timestep += s } else { state.notice = noFurther(state) }
        case .previousTimestep:
            if state.timestep - s >= 1 { state.timestep -= s } else { state.notice = noFurther(state) }
        case .increase, .decrease, .zero, .double, .halve:
            gatedEdit(action, cursor: cursor, t: t, on: &state)
        case .reset:
            setGatedEdits(nil, on: &state)
        case .activation:
            state.notice = ko ? "a: 게이트는 σ와 tanh를 그대로 씁니다 (RNN 단계에서만)" : "a: gates keep σ and tanh (rnn steps only)"
        }
        state.inspect = cursor
    }

    private static func noFurther(_ state: PlayerState) -> String {
        state.language == .ko ? "더 갈 시점이 없습니다" : "no further timestep"
    }

    /// Where an editable cell is: which array, the flat index of the cell, the flat indices of the
    /// whole tensor shown (for `*` and `/`), and names for the report line.
    private struct EditTarget {
        var array: GatedArray
        var cell: Int
        var whole: [Int]
        var name: String
        var wholeName: String
    }

    /// The arrays of `GatedParameters` that edits change.
    private enum GatedArray { case inputs, wx, wh, b, h0, c0 }

    private static func target(_ cursor: InspectCursor, t: Int, _ p: GatedParameters) -> EditTarget? {
        let h = p.hiddenUnits, d = p.inputDim, name = cursor.tensor, i = cursor.row, c = cursor.col
        if let gate = GatedTensors.blockGate(name), let index = p.cell.gates.firstIndex(of: gate) {
            let rows = p.rows(ofGate: index)
            if name.hasPrefix("Wx_") {
                return EditTarget(array: .wx, cell: (rows.lowerBound + i) * d + c, whole: Array((rows.lowerBound * d)..<(rows.upperBound * d)),
                                  name: "Wx_\(gate)[\(i),\(c)]", wholeName: "Wx_\(gate)")
            }
            if name.hasPrefix("Wh_") {
                return EditTarget(array: .wh, cell: (rows.lowerBound + i) * h + c, whole: Array((rows.lowerBound * h)..<(rows.upperBound * h)),
                                  name: "Wh_\(gate)[\(i),\(c)]", wholeName: "Wh_\(gate)")
            }
            let width = p.b.cols, two = p.cell.hasTwoBiases
            let whole = (0..<p.b.rows).flatMap { r in rows.map { r * width + $0 } }
            let label = two ? (c == 1 ? "bh_" : "bx_") : "b_"
            return EditTarget(array: .b, cell: (two ? c : 0) * width + rows.lowerBound + i, whole: whole,
                              name: "\(label)\(gate)[\(i)]", wholeName: "b_\(gate)")
        }
        switch name {
        case "x_t": return EditTarget(array: .inputs, cell: (t - 1) * d + i, whole: Array(((t - 1) * d)..<(t * d)),
                                      name: "x_\(t)[\(i)]", wholeName: "x_\(t)")
        case "h_{t-1}" where t == 1: return EditTarget(array: .h0, cell: i, whole: Array(0..<h), name: "h_0[\(i)]", wholeName: "h_0")
        case "c_{t-1}" where t == 1: return EditTarget(array: .c0, cell: i, whole: Array(0..<h), name: "c_0[\(i)]", wholeName: "c_0")
        default: return nil
        }
    }

    private static func gatedEdit(_ action: InspectAction, cursor: InspectCursor, t: Int, on state: inout PlayerState) {
        guard let computation = state.gatedComputations[state.stepID] else { return }
        let ko = state.language == .ko, p = computation.run.parameters
        guard let target = target(cursor, t: t, p) else {
            state.notice = cursor.tensor == "h_{t-1}" || cursor.tensor == "c_{t-1}"
                ? (ko ? "\(cursor.tensor)은 계산된 값입니다: t = 1에서 h_0, c_0을 바꾸세요" : "\(cursor.tensor) is computed: edit h_0, c_0 at t = 1")
                : (ko ? "계산된 값: Wx, x_t, Wh, b 블록이나 t = 1의 h_0, c_0을 바꾸세요" : "computed: edit a Wx, Wh or b block, x_t, or h_0, c_0 at t = 1")
            return
        }
        var values: [Double]
        switch target.array {
        case .inputs: values = p.inputs.values
        case .wx: values = p.wx.values
        case .wh: values = p.wh.values
        case .b: values = p.b.values
        case .h0: values = p.h0
        case .c0: values = p.c0
        }
        var edits = state.gatedEdits[state.stepID] ?? GatedEdits()
        let old = values[target.cell]
        switch action {
        case .increase: values[target.cell] = old + 0.1
        case .decrease: values[target.cell] = old - 0.1
        case .zero: values[target.cell] = 0
        default:
            let factor = action == .double ? 2.0 : 0.5
            for k in target.whole { values[k] *= factor }
        }
        switch target.array {
        case .inputs: edits.inputs = Matrix(rows: p.inputs.rows, cols: p.inputs.cols, values: values)
        case .wx: edits.wx = Matrix(rows: p.wx.rows, cols: p.wx.cols, values: values)
        case .wh: edits.wh = Matrix(rows: p.wh.rows, cols: p.wh.cols, values: values)
        case .b: edits.b = Matrix(rows: p.b.rows, cols: p.b.cols, values: values)
        case .h0: edits.h0 = values
        case .c0: edits.c0 = values
        }
        edits.last = action == .double || action == .halve
            ? .init(target: target.wholeName + (action == .double ? " ×2" : " ×½"))
            : .init(target: target.name, old: old, new: values[target.cell])
        setGatedEdits(edits, on: &state)
    }

    /// Replaces the current gated step's edits (nil or empty: none) and rebuilds its computation.
    static func setGatedEdits(_ edits: GatedEdits?, on state: inout PlayerState) {
        let id = state.stepID
        guard let computation = state.gatedComputations[id] else { return }
        var kept = edits
        kept?.normalise(against: computation.lessonParameters)
        if let k = kept, k.isEmpty { kept = nil }
        state.gatedEdits[id] = kept
        state.gatedComputations[id] = computation.edited(kept ?? GatedEdits())
    }

    /// The status line in inspect mode on a gated step.
    static func gatedInspectHints(_ state: PlayerState) -> String {
        state.language == .ko
            ? " 살펴보기 ←↑↓→ Tab  ., 시점  +-0*/ 바꾸기  r 되돌리기  Esc 나가기"
            : " inspect ←↑↓→ Tab  ., t  +-0*/ edit  r reset  Esc leave"
    }
}
