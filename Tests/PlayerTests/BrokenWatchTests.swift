import Lessons
import Screen
import Testing
@testable import Player

/// `play --watch` started from a broken file: the loop starts on a placeholder lesson that lists
/// the errors, `e` opens the panel with every error and its position, and the first good save
/// (the watch closure) puts the real lesson in its place.
@Suite struct BrokenWatchTests {
    let size = Size(width: 100, height: 30)
    let problems = [
        "lesson.yaml:6:6: error: line 6 is indented 5 spaces; the other keys of the map that starts at line 4 are indented 6, expected 6 spaces here too",
        "lesson.yaml:9:3: error: unknown step kind `txt`, expected one of `text`, `code`; did you mean `text`?",
    ]

    func brokenState(language: Language = .en) -> PlayerState {
        var state = PlayerState(deck: [Player.placeholderLesson(path: "/tmp/x/lesson.yaml", problems: problems)],
                                language: language, size: size)
        state.problem = problems[0] + " (e: all 2 errors)"
        state.problems = problems
        return state
    }

    func text(_ frame: Frame) -> String {
        (0..<frame.size.height).map { frame.line($0) }.joined(separator: "\n")
    }

    @Test func thePlaceholderListsTheErrorsAndTheStatusLineTheRootCause() {
        let screen = text(Player.view(brokenState()))
        #expect(screen.contains("✗ lesson.yaml"), "the header names the broken file")
        #expect(screen.contains("lesson.yaml cannot be shown yet: it has 2 errors"))
        #expect(screen.contains("lesson.yaml:9:3: error: unknown step kind"))
        #expect(screen.contains("✗ lesson.yaml:6:6: error: line 6 is indented 5 spaces"), "status line")
        let korean = text(Player.view(brokenState(language: .ko)))
        #expect(korean.contains("오류가 2개 있어"))
    }

    @Test func eOpensThePanelWithEveryErrorAndAnyKeyClosesIt() {
        var state = brokenState()
        Player.update(&state, .key(.char("e")))
        #expect(state.showProblems)
        let screen = text(Player.view(state))
        #expect(screen.contains("2 problems (any key closes)"))
        #expect(screen.contains("lesson.yaml:6:6: error: line 6 is indented 5 spaces; the other keys of the map"))
        #expect(screen.contains("lesson.yaml:9:3: error: unknown step kind `txt`"), "backticks shown as written")
        Player.update(&state, .key(.char("x")))
        #expect(!state.showProblems)
        Player.update(&state, .key(.char("e")))
        Player.update(&state, .key(.right))
        #expect(!state.showProblems, "a key closes the panel and does nothing else")
        #expect(state.stepIndex == 0)
        var korean = brokenState(language: .ko)
        Player.update(&korean, .key(.char("e")))
        #expect(text(Player.view(korean)).contains("오류 2개"))
    }

    @Test func eWithoutErrorsSaysSo() {
        var state = PlayerState(deck: Decks.two, language: .en, size: size)
        Player.update(&state, .key(.char("e")))
        #expect(!state.showProblems)
        #expect(state.notice == "no errors")
    }

    @Test func theLoopStartsBrokenAndTheFirstGoodSaveReplacesThePlaceholder() throws {
        // The watch closure plays the watcher: broken until 1000 ms, then the fixed lesson.
        let backend = MemoryBackend(size: size, script: [(300, .event(.key(.char("e")))), (600, .event(.key(.char("e")))),
                                                          (1500, .event(.key(.right))), (1800, .event(.key(.char("q"))))])
        var fixed = false
        let clock = backend
        let loop = PlayLoop(watch: { state in
            guard !fixed, clock.now() >= 1000 else { return false }
            fixed = true
            Player.reload(&state, lesson: Decks.chapterRNN[0], at: 0)
            state.problem = nil
            state.problems = []
            state.showProblems = false
            return true
        }, watchInterval: 200)
        var state = brokenState()
        #expect(try loop.run(&state, on: backend) == .quit)
        #expect(text(backend.frames[0]).contains("cannot be shown yet"), "the loop starts on the placeholder")
        #expect(backend.frames.contains { text($0).contains("2 problems (any key closes)") }, "e opened the panel")
        #expect(state.lesson.title.text(.en) == "NumPy RNN", "the good save replaced the placeholder")
        #expect(state.problem == nil)
        #expect(state.timestep == 1, "keys work on the real lesson")
        #expect(!text(backend.lastFrame!).contains("✗"))
    }

    @Test func aDeckChangeKeepsTheCurrentLessonByPath() {
        var state = PlayerState(deck: Decks.two, language: .en, size: size)
        Player.update(&state, .key(.char("]")))
        let current = state.lesson.path
        let added = Player.placeholderLesson(path: "00-new.yaml", problems: ["00-new.yaml:1:1: error: x"])
        Player.replaceDeck(&state, with: [added] + Decks.two)
        #expect(state.lesson.path == current)
        #expect(state.lessonIndex == 2)
        Player.replaceDeck(&state, with: [Decks.two[0]])
        #expect(state.lessonIndex == 0, "the current lesson was removed: the nearest one")
    }
}
