import Lessons
import Screen
import Testing
@testable import Player

@Suite struct UpdateTests {
    func state(_ deck: [Lesson] = Decks.two, language: Language = .en) -> PlayerState {
        PlayerState(deck: deck, language: language)
    }

    @Test func rightStepsThroughTimestepsThenSteps() {
        var s = state()
        Player.update(&s, keys: [.right])
        #expect(s.stepIndex == 1 && s.timestep == 0)
        Player.update(&s, keys: [.right, .right, .right])
        #expect(s.stepIndex == 1 && s.timestep == 3)
        Player.update(&s, keys: [.char("l")])
        #expect(s.stepIndex == 2 && s.timestep == 0)
        Player.update(&s, keys: [.right])
        #expect(s.lessonIndex == 1 && s.stepIndex == 0)
    }

    @Test func backReturnsToTheSameTimestep() {
        var s = state()
        Player.update(&s, keys: [.right, .right, .right, .pageDown])
        #expect(s.stepIndex == 2)
        Player.update(&s, keys: [.left])
        #expect(s.stepIndex == 1 && s.timestep == 2)
        Player.update(&s, keys: [.char("h"), .char("h")])
        #expect(s.timestep == 0)
        Player.update(&s, keys: [.left])
        #expect(s.stepIndex == 0)
    }

    @Test func backIntoAnUnvisitedRNNStepShowsItsLastTimestep() {
        var s = state()
        Player.update(&s, keys: [.char("G")])
        #expect(s.stepIndex == 2)
        Player.update(&s, keys: [.left])
        #expect(s.stepIndex == 1 && s.timestep == 3)
    }

    @Test func homeAndEndJumpWithinAnRNNStep() {
        var s = state(Decks.chapterRNN)
        Player.update(&s, keys: [.end])
        #expect(s.timestep == 10)
        Player.update(&s, keys: [.home])
        #expect(s.timestep == 0)
    }

    @Test func endOfTheDeckSaysSoAndStays() {
        var s = state(Decks.chapterRNN)
        Player.update(&s, keys: Array(repeating: .right, count: 12))
        #expect(s.timestep == 10)
        #expect(s.notice == "end of the deck")
        Player.update(&s, keys: [.char("x")])
        #expect(s.notice == nil)
    }

    @Test func lessonKeysMoveThroughTheDeck() {
        var s = state()
        Player.update(&s, keys: [.char("]")])
        #expect(s.lessonIndex == 1 && s.stepIndex == 0)
        Player.update(&s, keys: [.char("]")])
        #expect(s.lessonIndex == 1)
        Player.update(&s, keys: [.char("[")])
        #expect(s.lessonIndex == 0)
        Player.update(&s, keys: [.char("["), .left])
        #expect(s.notice == "start of the deck")
    }

    @Test func pageKeysCrossLessons() {
        var s = state()
        Player.update(&s, keys: [.pageDown, .pageDown, .pageDown])
        #expect(s.lessonIndex == 1 && s.stepIndex == 0)
        Player.update(&s, keys: [.pageUp])
        #expect(s.lessonIndex == 0 && s.stepIndex == 2)
    }

    @Test func helpOverlayOpensAndAnyKeyClosesIt() {
        var s = state()
        Player.update(&s, keys: [.char("?")])
        #expect(s.showHelp)
        Player.update(&s, keys: [.right])
        #expect(!s.showHelp)
        #expect(s.stepIndex == 1)
        Player.update(&s, keys: [.char("?"), .escape])
        #expect(!s.showHelp)
    }

    @Test func languageToggles() {
        var s = state(language: .ko)
        Player.update(&s, keys: [.char("L")])
        #expect(s.language == .en)
        Player.update(&s, keys: [.char("L")])
        #expect(s.language == .ko)
    }

    @Test func playPauseAndSpeed() {
        var s = state(Decks.chapterRNN)
        Player.update(&s, .tick)
        #expect(s.timestep == 0)
        Player.update(&s, keys: [.char(" ")])
        #expect(s.playing)
        let before = Player.tickInterval(s)
        Player.update(&s, keys: [.char("+")])
        #expect(Player.tickInterval(s) < before)
        for _ in 0..<10 { Player.update(&s, .tick) }
        #expect(s.timestep == 10)
        Player.update(&s, .tick)
        #expect(!s.playing)
    }

    @Test func quitStopsKeyProcessing() {
        var s = state()
        Player.update(&s, keys: [.char("q"), .right])
        #expect(s.quit)
        #expect(s.stepIndex == 0)
    }

    @Test func everyActionHasAKeyAndTheTableHasNoDuplicates() {
        let bound = Set(KeyBindings.all.map(\.action))
        #expect(bound == Set(Action.allCases))
        let keys = KeyBindings.all.flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
    }

    @Test func numberKeysAnswerAQuizOnce() {
        var s = state(Decks.quiz)
        Player.update(&s, keys: [.char("7")])
        #expect(s.answers.isEmpty)
        #expect(s.notice == "choose 1 to 3")
        Player.update(&s, keys: [.char("1")])
        #expect(s.answers[s.stepID] == 0)
        Player.update(&s, keys: [.char("2")])
        #expect(s.answers[s.stepID] == 0)
        #expect(s.notice == "already answered")
        Player.update(&s, keys: [.right, .char("2")])
        #expect(s.notice == "no quiz on this step")
        Player.update(&s, keys: [.left])
        #expect(s.answers[s.stepID] == 0)
    }
}
