import Lessons
import Player
import RNNCore
import Screen

extension FitWarnings {
    /// Warnings for a deep or bidirectional rnn step at 80×24: a grid wider than the screen (its
    /// right timesteps cut off) or more rows than it has (the longest vectors cut, `↓N`), as drawn
    /// by the player's own view.
    static func stackProblems(_ lesson: Lesson, _ index: Int, _ spec: RNNSpec) -> [String] {
        var messages: [String] = []
        let sizes = "T \(spec.timesteps), D \(spec.inputDim), H \(spec.hiddenUnits), \(spec.layers) layer(s), \(spec.direction.rawValue)"
        if let width = Player.stackGridWidth(spec), width > contentWidth {
            messages.append("at 80×24 this rnn step's grid needs \(width) columns, more than the \(contentWidth) shown, so its last "
                            + "timesteps are cut off (\(sizes)); fewer timesteps or units fit")
        }
        var state = PlayerState(deck: [lesson], language: .en, size: screen)
        state.stepIndex = index
        let facts = Player.render(state).facts
        if facts.contentHeight > facts.visibleHeight {
            messages.append("at 80×24 this rnn step needs \(facts.contentHeight) rows, more than the \(facts.visibleHeight) shown, so the "
                            + "longest vectors are cut (\(sizes)); fewer units, layers or shorter callouts fit")
        }
        return messages
    }
}
