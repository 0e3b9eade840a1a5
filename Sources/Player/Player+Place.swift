import Screen

extension Player {
    /// Where the current step stands, as its header says: `t = 3/10` on an rnn step (what
    /// `timestepText` gives, e.g. in the backward view), `t = 3/10 · forget gate f (2/5)` on an
    /// lstm or gru step; empty on a step without timesteps. Reads a state prepared by `update` or
    /// `prepare`, as the header does (`rnnstep handout` labels its screens with it).
    public static func placeText(_ state: PlayerState) -> String {
        if let gated = state.gatedComputations[state.stepID], case .gated = state.step.kind {
            return GatedStepView.placeText(gated, position: state.timestep, language: state.language)
        }
        return state.timestepCount > 0 ? timestepText(state) : ""
    }
}
