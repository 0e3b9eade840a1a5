import Lessons
import RNNCore
import Screen

/// Inspect mode on a deep or bidirectional rnn step: a cursor over the seven vectors of the cell
/// just computed (x_t, the previous state, Wx·x_t, Wh·h, b, z_t, h_t) with the drill-down of its
/// unit, read from that pass's `RNNRun`; `.` and `,` move cell by cell in the stack's key order.
/// What-if edits are single-layer only: on a stack their keys say so and change nothing.
extension Player {
    /// True when the current step is a deep or bidirectional rnn step.
    static func isStack(_ state: PlayerState) -> Bool {
        guard case .rnn(let spec) = state.step.kind else { return false }
        return spec.isStack
    }

    /// `Enter` on a stack: inspect mode on the cell just computed, the cursor on h_t[0]; at
    /// position 0 it first computes the first cell.
    static func enterStackInspect(_ state: inout PlayerState) {
        if state.timestep == 0 { state.timestep = 1 }
        state.playing = false
        state.inspect = InspectCursor(tensor: CellDescription.TensorID.h.rawValue)
    }

    /// Performs one inspect-mode action on a stack.
    static func performStackInspect(_ action: InspectAction, on state: inout PlayerState) {
        guard var cursor = state.inspect, let computation = state.stacks[state.stepID] else { return }
        let order = StackComputation.inspectOrder
        let id = CellDescription.TensorID(rawValue: cursor.tensor) ?? .h
        let index = order.firstIndex(of: id) ?? order.count - 1
        let length = computation.length(id, at: state.timestep)
        /// The cursor on vector `next`, at the same row where it has one.
        func onto(_ next: CellDescription.TensorID) -> InspectCursor {
            InspectCursor(tensor: next.rawValue, row: min(cursor.row, computation.length(next, at: state.timestep) - 1))
        }
        switch action {
        case .leave:
            state.inspect = nil
            return
        case .up: cursor.row = max(0, cursor.row - 1)
        case .down: cursor.row = min(length - 1, cursor.row + 1)
        case .left: cursor = onto(order[max(0, index - 1)])
        case .right: cursor = onto(order[min(order.count - 1, index + 1)])
        case .nextTensor: cursor = onto(order[(index + 1) % order.count])
        case .nextTimestep, .previousTimestep:
            let next = state.timestep + (action == .nextTimestep ? 1 : -1)
            guard next >= 1, next <= computation.positions else {
                state.notice = state.language == .ko ? "\(state.timestep)/\(computation.positions): 더 갈 칸이 없습니다"
                    : "\(state.timestep)/\(computation.positions): no further cell"
                return
            }
            state.timestep = next
            // The same vector and unit in the next cell; x_t may be shorter or longer there.
            cursor.row = min(cursor.row, computation.length(id, at: next) - 1)
        case .increase, .decrease, .zero, .double, .halve, .reset, .activation:
            state.notice = state.language == .ko
                ? "바꾸기(+-0*/ r a)는 한 층·정방향 RNN 단계에서만 됩니다: 여기는 숫자를 살펴보기만 합니다"
                : "edits (+-0*/ r a) work on single-layer forward rnn steps; here inspect only reads the numbers"
        }
        state.inspect = cursor
    }

    /// The status line in inspect mode on a stack.
    static func stackInspectHints(_ state: PlayerState) -> String {
        state.language == .ko
            ? " 살펴보기 ←→ 벡터  ↑↓ 유닛  Tab  ., 칸  Esc 나가기"
            : " inspect ←→ vector  ↑↓ unit  Tab  ., cell  Esc leave"
    }
}
