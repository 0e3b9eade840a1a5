import Lessons
import Screen

/// Self-study navigation: the `m` lesson menu, Enter as "next" on steps without inspect mode,
/// and auto-advance that waits at an unanswered quiz and stops at the end of a lesson.
extension Player {
    /// Opens the lesson menu on the current lesson (or closes it).
    static func toggleMenu(_ state: inout PlayerState) {
        state.menu = state.menu == nil ? state.lessonIndex : nil
        state.playing = false
    }

    /// Handles a key while the lesson menu is open; true when the key was the menu's.
    static func handleMenuKey(_ key: Key, _ state: inout PlayerState) -> Bool {
        guard let selected = state.menu else { return false }
        let last = state.deck.count - 1
        switch key {
        case .up, .char("k"): state.menu = max(0, selected - 1)
        case .down, .char("j"): state.menu = min(last, selected + 1)
        case .home, .char("g"): state.menu = 0
        case .end, .char("G"): state.menu = last
        case .pageUp: state.menu = max(0, selected - 10)
        case .pageDown: state.menu = min(last, selected + 10)
        case .enter, .right, .char("l"):
            state.menu = nil
            if selected != state.lessonIndex {
                _ = enterStep(&state, lesson: selected, step: 0, forward: true)
            }
        case .char("q"), .ctrl("c"):
            state.menu = nil
            state.quit = true
        case .ctrl("l"):
            state.redrawRequested = true
        default:
            state.menu = nil
        }
        return true
    }

    /// True when the current step is one without inspect mode, where Enter means next:
    /// a text, code, summary or diagram step.
    static func enterMeansNext(_ state: PlayerState) -> Bool {
        switch state.step.kind {
        case .text, .code, .summary, .diagram: return true
        case .rnn, .gated, .quiz: return false
        }
    }

    /// One auto-advance tick: waits (stays playing, does not move) on an unanswered quiz, stops at
    /// the end of a lesson instead of running into the next one, and else advances as → does.
    static func autoAdvance(_ state: inout PlayerState) {
        let ko = state.language == .ko
        if state.backwardTimestep == nil {
            if case .quiz = state.step.kind, state.answers[state.stepID] == nil {
                state.notice = ko ? "퀴즈에 답하면 (1–9) 계속 재생합니다" : "answer the quiz (1–9) to go on playing"
                return
            }
            let atLessonEnd = state.stepIndex == state.lesson.steps.count - 1 && state.timestep >= state.timestepCount
            if atLessonEnd {
                state.playing = false
                state.notice = ko ? "레슨 끝: → 다음 레슨, m 레슨 목록" : "end of the lesson: → next lesson, m lessons"
                return
            }
        }
        if !advance(&state) { state.playing = false }
    }
}

extension Player {
    /// Scrolls the key overlay with ↓ ↑ (j k) where it scrolls (screens too small for it in two
    /// columns); true when the key was used so. Elsewhere those keys close it as any key does.
    static func scrollHelp(_ action: Action, _ state: inout PlayerState) -> Bool {
        let size = state.size
        guard action == .scrollDown || action == .scrollUp,
              size.width >= minimumSize.width, size.height >= minimumSize.height else { return false }
        // The body between the header and the status line, where the overlay is drawn.
        let area = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let bound = HelpOverlay(language: state.language).maxScroll(in: area)
        guard bound > 0 else { return false }
        state.helpScroll = min(bound, max(0, state.helpScroll + (action == .scrollDown ? 1 : -1)))
        return true
    }
}
