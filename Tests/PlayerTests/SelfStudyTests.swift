import Lessons
import Screen
import Testing
@testable import Player

/// Self-study navigation: Enter as next on plain steps, auto-advance stopping at a quiz and at a
/// lesson's end, the `m` lesson menu, and saved places restored.
@Suite struct SelfStudyTests {
    static func state(_ deck: [Lesson], keys: [Key] = [], language: Language = .en) -> PlayerState {
        var state = PlayerState(deck: deck, language: language)
        Player.update(&state, keys: keys)
        return state
    }

    @Test func enterOnTextSummaryAndCodeStepsMeansNextAndOnAnRNNStepInspects() {
        var state = Self.state(Decks.two, keys: [.enter])
        #expect(state.stepIndex == 1 && state.inspect == nil)
        Player.update(&state, .key(.enter))
        #expect(state.stepIndex == 1 && state.inspect != nil, "Enter on an rnn step is inspect mode")
        Player.update(&state, keys: [.escape, .pageDown, .enter])
        #expect(state.lessonIndex == 1 && state.stepIndex == 0, "Enter on the summary goes on to the next lesson")
        Player.update(&state, .key(.enter))
        #expect(state.stepIndex == 1, "Enter on a text step")
    }

    @Test func autoplayWaitsAtAnUnansweredQuizAndGoesOnOnceItIsAnswered() {
        var state = Self.state(Decks.quiz, keys: [.char(" ")])
        for _ in 0..<5 { Player.update(&state, .tick) }
        #expect(state.stepIndex == 0 && state.playing, "still waiting at the quiz")
        #expect(state.notice?.contains("answer the quiz") == true)
        Player.update(&state, .key(.char("2")))
        Player.update(&state, .tick)
        #expect(state.stepIndex == 1)
    }

    @Test func autoplayStopsAtTheEndOfALessonInsteadOfRunningIntoTheNext() {
        var state = Self.state(Decks.two, keys: [.char(" ")])
        for _ in 0..<40 { Player.update(&state, .tick) }
        #expect(state.lessonIndex == 0 && state.stepIndex == 2, "stopped on the lesson's last step")
        #expect(!state.playing)
        #expect(state.notice?.contains("end of the lesson") == true)
        Player.update(&state, .key(.right))
        #expect(state.lessonIndex == 1, "→ still goes on by hand")
    }

    @Test func theLessonMenuListsEveryLessonMarksTheCurrentOneAndJumps() {
        var state = Self.state(Decks.two, keys: [.char("m")])
        #expect(state.menu == 0)
        let text = Player.view(state, size: Size(width: 80, height: 24), mode: .none).text
        #expect(text.contains("▶ 1  First") && text.contains("  2  Second"), "menu:\n\(text)")
        Player.update(&state, keys: [.down, .enter])
        #expect(state.menu == nil && state.lessonIndex == 1 && state.stepIndex == 0)
        Player.update(&state, keys: [.char("m"), .up, .escape])
        #expect(state.menu == nil && state.lessonIndex == 1, "Esc closes without jumping")
    }

    @Test func theLessonMenuShowsEachLessonsQuizScore() {
        let deck = Decks.quiz + Decks.two
        var state = Self.state(deck, keys: [.char("2"), .char("m")])
        let text = Player.view(state, size: Size(width: 80, height: 24), mode: .none).text
        #expect(text.contains("Quiz  (quiz 1/1)"), "menu:\n\(text)")
        state = Self.state(deck, keys: [.char("1"), .char("m")])
        #expect(Player.view(state, size: Size(width: 80, height: 24), mode: .none).text.contains("(quiz 0/1)"))
    }

    @Test(arguments: [Language.ko, .en])
    func theHelpOverlayListsTheMenuAndQuitAt80x24(_ language: Language) {
        let state = Self.state(Decks.two, keys: [.char("?")], language: language)
        let lines = Player.view(state, size: Size(width: 80, height: 24), mode: .none).text.split(separator: "\n")
        let menu = KeyBindings.all.first { $0.action == .lessonMenu }
        #expect(menu?.keys == [.char("m")])
        let help = menu?.help.text(language) ?? "?"
        #expect(lines.contains { $0.contains("│ m ") && $0.contains(help) })
        let quit = KeyBindings.all.first { $0.action == .quit }?.help.text(language) ?? "?"
        #expect(lines.dropLast().contains { $0.contains(" q ") && $0.contains(quit) }, "q quit is in the overlay")
    }

    @Test(arguments: [Language.ko, .en])
    func atSixtyByTwentyTheHelpOverlayScrollsThroughEveryRowIncludingQuit(_ language: Language) {
        var state = PlayerState(deck: Decks.two, language: language, size: Size(width: 60, height: 20))
        Player.update(&state, .key(.char("?")))
        var seen = Set<String>()
        for _ in 0..<60 {
            let lines = Player.view(state).text.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 60 })
            for row in HelpOverlay(language: language).rows where lines.contains(where: { $0.contains("│ \(row.keys) ") && $0.contains(row.help) }) {
                seen.insert(row.keys + row.help)
            }
            Player.update(&state, .key(.char("j")))
            #expect(state.showHelp, "j scrolls the overlay instead of closing it")
        }
        let all = HelpOverlay(language: language).rows
        #expect(seen.count == Set(all.map { $0.keys + $0.help }).count, "rows never shown: \(all.filter { !seen.contains($0.keys + $0.help) })")
        Player.update(&state, .key(.char("x")))
        #expect(!state.showHelp)
        // At 80×24 the overlay fits in two columns: j closes it as any key does.
        var big = PlayerState(deck: Decks.two, language: language, size: Size(width: 80, height: 24))
        Player.update(&big, keys: [.char("?"), .char("j")])
        #expect(!big.showHelp)
    }

    @Test func aSavedPlaceIsRestoredClampedAndAForeignOneRefused() {
        var state = Self.state(Decks.quiz + Decks.two, keys: [.char("2"), .char("]"), .pageDown, .right, .right])
        let place = SavedPlace(state, deck: "built-in")
        #expect(place.lesson == 1 && place.step == 1 && place.timestep == 2 && place.answers.count == 1)
        var fresh = Self.state(Decks.quiz + Decks.two)
        #expect(Player.restore(&fresh, to: place))
        #expect(fresh.lessonIndex == 1 && fresh.stepIndex == 1 && fresh.timestep == 2)
        #expect(fresh.answers[StepID(lesson: 0, step: 0)] == 1)
        var far = place
        far.lesson = 9
        var other = Self.state(Decks.two)
        #expect(!Player.restore(&other, to: far))
        #expect(other.lessonIndex == 0 && other.stepIndex == 0)
        var late = place
        late.timestep = 99
        state = Self.state(Decks.quiz + Decks.two)
        Player.restore(&state, to: late)
        #expect(state.timestep == 3, "clamped to T")
    }
}
