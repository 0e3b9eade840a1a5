import Lessons
import Screen

/// The backward view's keys and status texts. In the backward view → goes one timestep further
/// back in time (T, T−1, …, 1), ← returns toward T, Home shows t = T and End t = 1; every other
/// key does what it does in the forward view (leaving the step leaves the backward view).
extension Player {
    /// `b`: switches the current rnn step between the forward view (which keeps its timestep) and
    /// the backward view, which starts at t = T, where the loss L = Σ h_T is.
    static func toggleBackward(_ state: inout PlayerState) {
        guard state.timestepCount > 0 else {
            state.notice = state.language == .ko ? "b: RNN 단계에서만 쓸 수 있습니다" : "b works on rnn steps"
            return
        }
        state.backwardTimestep = state.backwardTimestep == nil ? state.timestepCount : nil
        state.scroll = 0
    }

    /// Performs `action` as the backward view does; false when not in the backward view or the
    /// action is not one it changes.
    static func performBackward(_ action: Action, on state: inout PlayerState) -> Bool {
        guard let t = state.backwardTimestep else { return false }
        let ko = state.language == .ko
        switch action {
        case .next:
            if !stepBackInTime(&state) {
                state.notice = ko ? "t = 1: 첫 입력까지 왔습니다 (b: 순전파로)" : "t = 1 is the first input (b: forward view)"
            }
        case .back:
            if t < state.timestepCount {
                state.backwardTimestep = t + 1
            } else {
                state.notice = ko ? "t = \(t): 손실이 시작되는 곳입니다 (b: 순전파로)" : "t = \(t) is where the loss starts (b: forward view)"
            }
        case .firstTimestep:
            state.backwardTimestep = state.timestepCount
        case .lastTimestep:
            state.backwardTimestep = 1
        default:
            return false
        }
        return true
    }

    /// One timestep further back in time in the backward view; false at t = 1.
    static func stepBackInTime(_ state: inout PlayerState) -> Bool {
        guard let t = state.backwardTimestep, t > 1 else { return false }
        state.backwardTimestep = t - 1
        return true
    }

    /// The header's timestep: `t = 3/10`, or in the backward view `역전파 t = 3/10` / `backward t = 3/10`.
    static func timestepText(_ state: PlayerState) -> String {
        if let text = stackPlaceText(state) { return text }
        guard let t = state.backwardTimestep else { return "t = \(state.timestep)/\(state.timestepCount)" }
        return (state.language == .ko ? "역전파 " : "backward ") + "t = \(t)/\(state.timestepCount)"
    }

    /// The status line's key hints in the backward view.
    static func backwardHints(_ state: PlayerState, unicode: Bool) -> String {
        state.language == .ko
            ? " 역전파: → 한 시점 더 과거로  ← 되돌리기  b 순전파로  ? 도움말  q 끝내기"
            : " backward: → one step further back  ← return  b forward view  ? help  q quit"
    }
}
