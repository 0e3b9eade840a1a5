import Lessons
import RNNCore
import Screen

/// The interactive session as a pure state machine: `update` applies an event, `view` draws.
public enum Player {
    /// Auto-advance speeds, in steps per second; `PlayerState.speedIndex` picks one.
    public static let speeds: [Double] = [0.5, 1, 2, 4, 8]

    /// The milliseconds between two auto-advance ticks at the state's speed.
    public static func tickInterval(_ state: PlayerState) -> Int {
        Int(1000 / speeds[state.speedIndex])
    }

    /// Applies one event, then brings the current step's computation up to date (`prepare`) and
    /// clamps scrolling to what the screen can show.
    public static func update(_ state: inout PlayerState, _ event: PlayerEvent) {
        apply(event, to: &state)
        prepare(&state)
        if state.scroll > 0 {
            state.scroll = min(state.scroll, render(state).facts.scrollBound)
        }
    }

    /// Computes what the current rnn step shows at the state's timestep and size: the forward pass
    /// through t, and the block means of heatmaps that average. Nothing for other steps.
    public static func prepare(_ state: inout PlayerState) {
        if case .gated(let spec) = state.step.kind {
            let id = state.stepID
            if state.gatedComputations[id] == nil {
                guard let parameters = try? GatedParameters(spec) else { return }
                let lesson = GatedComputation(parameters)
                state.gatedComputations[id] = state.gatedEdits[id].map(lesson.edited) ?? lesson
            }
            state.gatedComputations[id]?.prepare(position: state.timestep)
            state.gatedComputations[id]?.prepareInspect(cursor: state.inspect, position: state.timestep, trajectories: state.trajectories)
            return
        }
        if prepareStack(&state) { return }
        guard case .rnn(let spec) = state.step.kind else { return }
        let id = state.stepID
        if state.computations[id] == nil {
            guard let parameters = try? RNNParameters(spec) else { return }
            let lesson = StepComputation(parameters, output: spec.output)
            state.computations[id] = state.edits[id].map(lesson.edited) ?? lesson
        }
        let layout = state.computations[id].flatMap { rnnLayout(state, $0) }
        state.computations[id]?.prepare(through: state.timestep, layout: layout)
        state.computations[id]?.prepareInspect(cursor: state.inspect, t: state.timestep, trajectories: state.trajectories)
        if let t = state.backwardTimestep { state.computations[id]?.prepareBackward(at: t) }
    }

    private static func apply(_ event: PlayerEvent, to state: inout PlayerState) {
        switch event {
        case .resize(let size):
            state.size = size
        case .tick:
            guard state.playing else { return }
            autoAdvance(&state)
        case .key(let key):
            state.notice = nil
            if handleMenuKey(key, &state) { return }
            if handleInspectKey(key, &state) { return }
            guard let action = KeyBindings.action(for: key) else {
                if state.showHelp { state.showHelp = false }
                state.showProblems = false
                return
            }
            if state.showHelp, scrollHelp(action, &state) { return }
            if state.showHelp, action != .quit, action != .redraw, action != .toggleLanguage {
                state.showHelp = false
                if action == .help || action == .dismiss { return }
            }
            if state.showProblems, action != .quit, action != .redraw, action != .toggleLanguage {
                state.showProblems = false
                return
            }
            if action == .answer, case .char(let digit) = key, let n = digit.wholeNumberValue {
                answer(n - 1, on: &state)
                return
            }
            perform(action, on: &state)
        }
    }

    /// Applies a sequence of keys, as `render --keys` does; stops early after a quit.
    public static func update(_ state: inout PlayerState, keys: [Key]) {
        for key in keys where !state.quit {
            update(&state, .key(key))
        }
    }

    /// Performs one action.
    public static func perform(_ action: Action, on state: inout PlayerState) {
        if performBackward(action, on: &state) || refusedOnStack(action, on: &state) { return }
        switch action {
        case .next:
            if !advance(&state) { state.notice = endNotice(state) }
        case .back:
            if state.timestep > 0 {
                state.timestep -= 1
            } else if !goBack(&state) {
                state.notice = startNotice(state)
            }
        case .firstTimestep:
            state.timestep = 0
        case .lastTimestep:
            state.timestep = state.timestepCount
        case .nextTimestep:
            // A whole timestep: to the end of the current one (or of the next, at an end).
            let s = state.stagesPerTimestep
            if state.timestep < state.timestepCount {
                state.timestep = min(state.timestepCount, (state.timestep / s + 1) * s)
            } else if !advance(&state) {
                state.notice = endNotice(state)
            }
        case .previousTimestep:
            let s = state.stagesPerTimestep
            if state.timestep > 0 {
                state.timestep = state.timestep % s == 0 ? state.timestep - s : state.timestep / s * s
            } else if !goBack(&state) {
                state.notice = startNotice(state)
            }
        case .nextStep:
            if !enterStep(&state, lesson: state.lessonIndex, step: state.stepIndex + 1, forward: true),
               !enterStep(&state, lesson: state.lessonIndex + 1, step: 0, forward: true) {
                state.notice = endNotice(state)
            }
        case .previousStep:
            if !goBack(&state) { state.notice = startNotice(state) }
        case .firstStep:
            _ = enterStep(&state, lesson: state.lessonIndex, step: 0, forward: true)
        case .lastStep:
            _ = enterStep(&state, lesson: state.lessonIndex, step: state.lesson.steps.count - 1, forward: true)
        case .nextLesson:
            if !enterStep(&state, lesson: state.lessonIndex + 1, step: 0, forward: true) {
                state.notice = endNotice(state)
            }
        case .previousLesson:
            if !enterStep(&state, lesson: state.lessonIndex - 1, step: 0, forward: true) {
                state.notice = startNotice(state)
            }
        case .scrollDown:
            state.scroll += 1
        case .scrollUp:
            state.scroll = max(0, state.scroll - 1)
        case .playPause:
            state.playing.toggle()
        case .faster:
            state.speedIndex = min(speeds.count - 1, state.speedIndex + 1)
        case .slower:
            state.speedIndex = max(0, state.speedIndex - 1)
        case .toggleLanguage:
            state.language = state.language == .ko ? .en : .ko
        case .help:
            state.showHelp.toggle()
            state.helpScroll = 0
        case .problems:
            if state.problems.isEmpty {
                state.notice = state.language == .ko ? "오류가 없습니다" : "no errors"
            } else {
                state.showProblems = true
            }
        case .dismiss:
            state.showHelp = false
            state.playing = false
        case .redraw:
            state.redrawRequested = true
        case .backwardView:
            toggleBackward(&state)
        case .inspect:
            if enterMeansNext(state) { perform(.next, on: &state) } else { enterInspect(&state) }
        case .lessonMenu:
            toggleMenu(&state)
        case .trajectories:
            toggleTrajectories(&state)
        case .answer:
            break
        case .quit:
            state.quit = true
        }
    }

    /// Records the answer `choice` (0-based) to the current step's quiz; the first answer is final.
    public static func answer(_ choice: Int, on state: inout PlayerState) {
        guard case .quiz(let quiz) = state.step.kind else {
            state.notice = state.language == .ko ? "이 단계에는 퀴즈가 없습니다" : "no quiz on this step"
            return
        }
        guard state.answers[state.stepID] == nil else {
            state.notice = state.language == .ko ? "이미 답했습니다" : "already answered"
            return
        }
        guard quiz.choices.indices.contains(choice) else {
            state.notice = state.language == .ko
                ? "1부터 \(quiz.choices.count)까지 고르세요" : "choose 1 to \(quiz.choices.count)"
            return
        }
        state.answers[state.stepID] = choice
    }

    /// Replaces lesson `index` of the deck with a new version of it (a watched file changed),
    /// keeping the place: the same step and timestep, clamped when they no longer exist. The
    /// forward passes are recomputed; quiz answers and remembered timesteps of the lesson's steps
    /// that no longer exist are dropped.
    public static func reload(_ state: inout PlayerState, lesson: Lesson, at index: Int) {
        guard state.deck.indices.contains(index) else { return }
        state.deck[index] = lesson
        state.computations = state.computations.filter { $0.key.lesson != index }
        state.gatedComputations = state.gatedComputations.filter { $0.key.lesson != index }
        state.stacks = state.stacks.filter { $0.key.lesson != index }
        state.edits = state.edits.filter { $0.key.lesson != index }
        state.gatedEdits = state.gatedEdits.filter { $0.key.lesson != index }
        if state.lessonIndex == index { state.inspect = nil }
        let count = lesson.steps.count
        func timesteps(_ step: Int) -> Int? {
            guard step < count else { return nil }
            if case .rnn(let spec) = lesson.steps[step].kind { return spec.stepPositions }
            if case .gated(let spec) = lesson.steps[step].kind { return spec.timesteps * GatedStage.stages(spec.cell).count }
            return 0
        }
        func choices(_ step: Int) -> Int {
            guard step < count, case .quiz(let quiz) = lesson.steps[step].kind else { return 0 }
            return quiz.choices.count
        }
        state.remembered = state.remembered.compactMapValuesWithKeys { id, t in
            guard id.lesson == index else { return t }
            return timesteps(id.step).map { min(t, $0) }
        }
        state.answers = state.answers.filter { $0.key.lesson != index || $0.value < choices($0.key.step) }
        guard state.lessonIndex == index else { return }
        if state.stepIndex >= count {
            state.stepIndex = count - 1
            state.scroll = 0
        }
        state.timestep = min(state.timestep, state.timestepCount)
        state.backwardTimestep = state.backwardTimestep.flatMap { state.timestepCount > 0 ? min($0, state.timestepCount) : nil }
        prepare(&state)
    }

    /// One step forward: a timestep, else the next step, else the next lesson. False at the end.
    @discardableResult
    static func advance(_ state: inout PlayerState) -> Bool {
        if state.backwardTimestep != nil { return stepBackInTime(&state) }
        if state.timestep < state.timestepCount {
            state.timestep += 1
            return true
        }
        return enterStep(&state, lesson: state.lessonIndex, step: state.stepIndex + 1, forward: true)
            || enterStep(&state, lesson: state.lessonIndex + 1, step: 0, forward: true)
    }

    /// Back to the previous step (or the last step of the previous lesson). False at the start.
    static func goBack(_ state: inout PlayerState) -> Bool {
        if enterStep(&state, lesson: state.lessonIndex, step: state.stepIndex - 1, forward: false) { return true }
        let previous = state.lessonIndex - 1
        guard previous >= 0 else { return false }
        return enterStep(&state, lesson: previous, step: state.deck[previous].steps.count - 1, forward: false)
    }

    /// Moves to a step if it exists. Going forward an rnn step starts at t = 0; going back it
    /// shows the timestep it was left at (its last one if it was never visited).
    static func enterStep(_ state: inout PlayerState, lesson: Int, step: Int, forward: Bool) -> Bool {
        guard state.deck.indices.contains(lesson), state.deck[lesson].steps.indices.contains(step) else {
            return false
        }
        state.remembered[state.stepID] = state.timestep
        state.backwardTimestep = nil
        state.inspect = nil
        state.lessonIndex = lesson
        state.stepIndex = step
        state.scroll = 0
        let id = state.stepID
        state.timestep = forward ? 0 : (state.remembered[id] ?? state.timestepCount)
        return true
    }

    private static func endNotice(_ state: PlayerState) -> String {
        state.language == .ko ? "마지막입니다" : "end of the deck"
    }

    private static func startNotice(_ state: PlayerState) -> String {
        state.language == .ko ? "처음입니다" : "start of the deck"
    }
}

private extension Dictionary {
    /// The entries for which `transform` returns a value, with that value.
    func compactMapValuesWithKeys(_ transform: (Key, Value) -> Value?) -> [Key: Value] {
        var result: [Key: Value] = [:]
        for (key, value) in self {
            if let new = transform(key, value) { result[key] = new }
        }
        return result
    }
}
