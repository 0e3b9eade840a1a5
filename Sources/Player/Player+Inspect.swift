import Lessons
import RNNCore
import Screen

/// Inspect mode (`Enter` on an rnn step): a cursor on a cell of the equation, its drill-down, and
/// what-if edits of Wx, Wh, b, x_t and h_0. Its keys (`InspectKeys`) apply only while inspecting.
///
/// Everything here reads the step's `CellDescription` (tensor order, shapes), so a gated cell kind
/// (lstm, gru) can reuse it with its own description and its own editable arrays.
extension Player {
    /// Performs `key` as inspect mode does; false when not inspecting or the key is not one of
    /// inspect mode's (it then keeps its usual meaning).
    static func handleInspectKey(_ key: Key, _ state: inout PlayerState) -> Bool {
        guard state.inspect != nil, let action = InspectKeys.action(for: key) else { return false }
        if state.showHelp {
            state.showHelp = false
            return true
        }
        performInspect(action, on: &state)
        return true
    }

    /// `Enter`: inspect mode with the cursor on h_t[0]; at t = 0 it first moves to t = 1.
    static func enterInspect(_ state: inout PlayerState) {
        let ko = state.language == .ko
        guard state.timestepCount > 0 else {
            state.notice = ko ? "Enter: RNN, LSTM, GRU 단계에서만 쓸 수 있습니다" : "Enter works on rnn, lstm and gru steps"
            return
        }
        if case .gated = state.step.kind {
            enterGatedInspect(&state)
            return
        }
        if isStack(state) {
            enterStackInspect(&state)
            return
        }
        guard state.backwardTimestep == nil else {
            state.notice = ko ? "Enter: 순전파 보기에서 쓸 수 있습니다 (b)" : "Enter works in the forward view (b)"
            return
        }
        if state.timestep == 0 { state.timestep = 1 }
        state.playing = false
        state.inspect = InspectCursor(tensor: CellDescription.TensorID.h.rawValue)
    }

    /// `v`: the history as lines per unit, or as a heatmap again.
    static func toggleTrajectories(_ state: inout PlayerState) {
        guard state.timestepCount > 0, state.backwardTimestep == nil else {
            state.notice = state.language == .ko ? "v: RNN, LSTM, GRU 단계의 순전파 보기에서 쓸 수 있습니다" : "v works on rnn, lstm and gru steps (forward view)"
            return
        }
        state.trajectories.toggle()
    }

    /// The rows and columns of `tensor` for the current step's run.
    static func dims(_ tensor: CellDescription.TensorID, _ run: RNNRun) -> (rows: Int, cols: Int) {
        let shape = CellDescription.simpleRNN.tensors.first { $0.id == tensor }?
            .shape(.init(timesteps: run.timesteps, inputDim: run.inputDim, hiddenUnits: run.hiddenUnits)) ?? [1]
        return (shape[0], shape.count > 1 ? shape[1] : 1)
    }

    /// Performs one inspect-mode action.
    static func performInspect(_ action: InspectAction, on state: inout PlayerState) {
        if case .gated = state.step.kind {
            performGatedInspect(action, on: &state)
            return
        }
        if isStack(state) {
            performStackInspect(action, on: &state)
            return
        }
        guard var cursor = state.inspect, let run = state.computation?.run else { return }
        let id = CellDescription.TensorID(rawValue: cursor.tensor) ?? .h
        let size = dims(id, run)
        switch action {
        case .leave:
            state.inspect = nil
            return
        case .up: cursor.row = max(0, cursor.row - 1)
        case .down: cursor.row = min(size.rows - 1, cursor.row + 1)
        case .left: cursor.col = max(0, cursor.col - 1)
        case .right: cursor.col = min(size.cols - 1, cursor.col + 1)
        case .nextTensor:
            let order = CellDescription.simpleRNN.inspectOrder
            let next = order[((order.firstIndex(of: id) ?? -1) + 1) % order.count]
            let nextSize = dims(next, run)
            cursor = InspectCursor(tensor: next.rawValue, row: min(cursor.row, nextSize.rows - 1), col: min(cursor.col, nextSize.cols - 1))
        case .nextTimestep:
            if state.timestep < state.timestepCount { state.timestep += 1 } else { state.notice = endOfRunNotice(state) }
        case .previousTimestep:
            if state.timestep > 1 { state.timestep -= 1 } else { state.notice = endOfRunNotice(state) }
        case .increase, .decrease, .zero, .double, .halve:
            edit(action, id: id, cursor: cursor, on: &state)
        case .reset:
            setEdits(nil, on: &state)
        case .activation:
            var edits = state.edits[state.stepID] ?? WhatIfEdits()
            edits.activation = edits.activation.next
            edits.last = .init(target: (state.language == .ko ? "활성화 " : "activation ")
                               + RNNStepView.cell(edits.activation, state.language).activation)
            setEdits(edits, on: &state)
        }
        state.inspect = cursor
    }

    private static func endOfRunNotice(_ state: PlayerState) -> String {
        state.language == .ko ? "t = \(state.timestep): 더 갈 시점이 없습니다" : "t = \(state.timestep): no further timestep"
    }

    /// Changes the cursor cell (`+ - 0`) or the whole current tensor (`* /`) of the edited arrays.
    private static func edit(_ action: InspectAction, id: CellDescription.TensorID, cursor: InspectCursor, on state: inout PlayerState) {
        guard let computation = state.computation else { return }
        let ko = state.language == .ko, t = state.timestep
        if id == .hPrev && t != 1 {
            state.notice = ko ? "h_\(t - 1)은 계산된 값입니다: t = 1에서 h_0을 바꾸세요" : "h_\(t - 1) is computed: edit h_0 at t = 1"
            return
        }
        var edits = state.edits[state.stepID] ?? WhatIfEdits()
        let current = computation.run.parameters
        guard var array = WhatIfEdits.array(id, in: current) else {
            state.notice = ko ? "계산된 값: Wx, x_t, Wh, h_0, b를 바꾸세요" : "computed: edit Wx, x_t, Wh, h_0 or b"
            return
        }
        // x_t is row t-1 of the inputs; its cursor moves along the row.
        let (r, c) = id == .x ? (t - 1, cursor.row) : (cursor.row, cursor.col)
        let name = id == .x ? "x_\(t)[\(c)]" : id == .hPrev ? "h_0[\(r)]" : id == .b ? "b[\(r)]" : "\(id.rawValue)[\(r),\(c)]"
        let old = array[r, c]
        switch action {
        case .increase: array[r, c] = old + 0.1
        case .decrease: array[r, c] = old - 0.1
        case .zero: array[r, c] = 0
        case .double, .halve:
            let factor = action == .double ? 2.0 : 0.5
            let range = id == .x ? (r * array.cols)..<((r + 1) * array.cols) : array.values.indices
            for k in range { array.values[k] *= factor }
            let whole = id == .x ? "x_\(t)" : id == .hPrev ? "h_0" : id.rawValue
            edits.store(id, array)
            edits.last = .init(target: whole + (action == .double ? " ×2" : " ×½"))
            setEdits(edits, on: &state)
            return
        default: return
        }
        edits.store(id, array)
        edits.last = .init(target: name, old: old, new: array[r, c])
        setEdits(edits, on: &state)
    }

    /// Replaces the current step's edits (nil or empty: none) and rebuilds its computation.
    static func setEdits(_ edits: WhatIfEdits?, on state: inout PlayerState) {
        let id = state.stepID
        guard let computation = state.computations[id] else { return }
        var kept = edits
        kept?.normalise(against: computation.lessonParameters)
        if let k = kept, k.isEmpty { kept = nil }
        state.edits[id] = kept
        state.computations[id] = computation.edited(kept ?? WhatIfEdits())
    }

    /// The status line in inspect mode.
    static func inspectHints(_ state: PlayerState) -> String {
        if case .gated = state.step.kind { return gatedInspectHints(state) }
        if isStack(state) { return stackInspectHints(state) }
        return state.language == .ko
            ? " 살펴보기 ←↑↓→ Tab  ., 시점  +-0*/ 바꾸기  r 되돌리기  a 활성화  Esc 나가기"
            : " inspect ←↑↓→ Tab  ., t  +-0*/ edit  r reset  a activation  Esc leave"
    }

    /// The badge shown in the status line while the current step has what-if edits.
    static func whatIfBadge(_ state: PlayerState) -> String? {
        guard state.timestepCount > 0, state.edits[state.stepID] != nil || state.gatedEdits[state.stepID] != nil else { return nil }
        return state.language == .ko ? " ✎ 가정 " : " ✎ what-if "
    }
}
