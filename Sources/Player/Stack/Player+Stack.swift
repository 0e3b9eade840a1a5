import Lessons
import RNNCore
import Screen

/// A deep or bidirectional rnn step (`RNNSpec.isStack`) in the player: its prepared
/// computation, the header's place, and the rnn-step features it does not offer.
extension Player {
    /// Prepares the current step's `StackComputation` when it is a stack; false for any other step.
    static func prepareStack(_ state: inout PlayerState) -> Bool {
        guard case .rnn(let spec) = state.step.kind, spec.isStack else { return false }
        if state.stacks[state.stepID] == nil, let computation = try? StackComputation(spec) {
            state.stacks[state.stepID] = computation
        }
        // Keys that move without inspect mode's clamping (End, Space) may land on a cell whose x_t is
        // shorter: the cursor's row is kept inside its vector there.
        if var cursor = state.inspect, let computation = state.stacks[state.stepID],
           let id = CellDescription.TensorID(rawValue: cursor.tensor) {
            cursor.row = min(cursor.row, max(0, computation.length(id, at: state.timestep) - 1))
            state.inspect = cursor
        }
        state.stacks[state.stepID]?.prepareInspect(cursor: state.inspect, position: state.timestep)
        return true
    }

    /// The backward view (`b`) and the trajectory chart (`v`) work on single-layer forward rnn
    /// steps; on a stack these keys say so in the status line and change nothing. True when
    /// `action` was such a key on a stack. (`Enter` inspects a stack's cell: `Player+StackInspect`.)
    static func refusedOnStack(_ action: Action, on state: inout PlayerState) -> Bool {
        guard case .rnn(let spec) = state.step.kind, spec.isStack else { return false }
        let ko = state.language == .ko
        let key: String
        switch action {
        case .backwardView: key = "b"
        case .trajectories: key = "v"
        default: return false
        }
        state.notice = ko ? "\(key): 한 층·정방향 RNN 단계에서만 쓸 수 있습니다 (여기는 층 \(spec.layers)개, \(directionWord(spec.direction, ko: true)))"
            : "\(key) works on single-layer forward rnn steps (this one: \(spec.layers) layer\(spec.layers == 1 ? "" : "s"), \(spec.direction.rawValue))"
        return true
    }

    /// The header's place on a stack: `layer 1 → t = 2 · 2/8` (`1층 ←` for a backward pass), or
    /// `0/8` before the first cell; nil on other steps.
    static func stackPlaceText(_ state: PlayerState) -> String? {
        guard case .rnn(let spec) = state.step.kind, spec.isStack, let computation = state.stacks[state.stepID] else { return nil }
        let count = "\(state.timestep)/\(computation.positions)"
        guard let place = computation.place(state.timestep) else { return count }
        let pass = computation.stack.passes[place.pass]
        return passName(pass, language: state.language) + " t = \(place.t) · " + count
    }

    /// `layer 2 →` / `2층 ←`.
    static func passName(_ pass: RNNPass, language: Language) -> String {
        let arrow = pass.direction == .forward ? "→" : "←"
        return language == .ko ? "\(pass.layer)층 \(arrow)" : "layer \(pass.layer) \(arrow)"
    }

    /// `정방향`, `역방향`, `양방향` or the English word.
    static func directionWord(_ direction: RNNDirection, ko: Bool) -> String {
        guard ko else { return direction.rawValue }
        switch direction {
        case .forward: return "정방향"
        case .backward: return "역방향"
        case .bidirectional: return "양방향"
        }
    }

    /// The columns a deep or bidirectional step's grid needs (one column per number), for
    /// `check`'s fit warnings; nil for other steps.
    public static func stackGridWidth(_ spec: RNNSpec) -> Int? {
        guard spec.isStack else { return nil }
        let widest = max(spec.inputDim, spec.hiddenUnits * spec.direction.passes.count)
        return StackStepView.narrowestGrid(timesteps: spec.timesteps, widest: widest)
    }

    /// Draws the current stack step.
    static func drawStack(_ frame: inout Frame, _ area: Rect, _ state: PlayerState, halfBlocks: Bool) -> ViewFacts {
        guard case .rnn(let spec) = state.step.kind else { return ViewFacts() }
        let computation: StackComputation
        if let prepared = state.stacks[state.stepID] {
            computation = prepared
        } else if let fresh = try? StackComputation(spec) {
            computation = fresh
        } else {
            let message = state.language == .ko ? "이 RNN 단계를 계산할 수 없습니다" : "this rnn step cannot be computed"
            frame.put(message, x: area.x, y: area.y, clip: area)
            return ViewFacts()
        }
        return StackStepView(computation: computation, position: state.timestep, mode: state.colorMode,
                             language: state.language, halfBlocks: halfBlocks,
                             callouts: state.step.callouts.mapValues { $0.text(state.language) }, inspect: state.inspect)
            .render(into: &frame, area: area)
    }
}
