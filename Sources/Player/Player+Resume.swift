import Lessons

extension Player {
    /// Moves a fresh session to a saved place: the lesson, step and timestep (clamped to what the
    /// deck has now) and the answers that still fit a quiz of the deck. Returns false, changing
    /// nothing, when the place's lesson or step is not in the deck (the deck changed).
    @discardableResult
    public static func restore(_ state: inout PlayerState, to place: SavedPlace) -> Bool {
        guard state.deck.indices.contains(place.lesson), state.deck[place.lesson].steps.indices.contains(place.step)
        else { return false }
        for answer in place.answers {
            guard state.deck.indices.contains(answer.lesson),
                  state.deck[answer.lesson].steps.indices.contains(answer.step),
                  case .quiz(let quiz) = state.deck[answer.lesson].steps[answer.step].kind,
                  quiz.choices.indices.contains(answer.choice) else { continue }
            state.answers[StepID(lesson: answer.lesson, step: answer.step)] = answer.choice
        }
        state.lessonIndex = place.lesson
        state.stepIndex = place.step
        state.timestep = min(max(0, place.timestep), state.timestepCount)
        state.scroll = 0
        prepare(&state)
        return true
    }
}
