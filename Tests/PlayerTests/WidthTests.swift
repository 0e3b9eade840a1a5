import Foundation
import Lessons
import Screen
import Testing
@testable import Player

/// No line of any rendered frame is wider than the terminal, for every shipped lesson and step,
/// at sizes from 60×20 up, in every colour mode and both languages.
@Suite struct WidthTests {
    static let deckPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path

    static func deck() throws -> [Lesson] {
        let (files, problems) = LessonLoader.deckPaths([deckPath])
        #expect(problems.isEmpty)
        return try files.map { try LessonLoader.load(path: $0) }
    }

    @Test(arguments: [(60, 20), (61, 21), (80, 24), (100, 30), (120, 40), (200, 60)])
    func everyStepFits(width: Int, height: Int) throws {
        let deck = try Self.deck()
        #expect(deck.count >= 7)
        let size = Size(width: width, height: height)
        for language in Language.allCases {
            var state = PlayerState(deck: deck, language: language)
            var screens = 0
            while true {
                for keys: [Key] in [[], [.right], [.end]] {
                    var s = state
                    Player.update(&s, keys: keys)
                    for mode in [ColorMode.none, .ansi256] {
                        let frame = Player.view(s, size: size, mode: mode)
                        #expect(frame.lines.count == height)
                        for (row, line) in frame.lines.enumerated() {
                            #expect(TextWidth.width(of: line) == width,
                                    "\(s.lesson.path) step \(s.stepIndex + 1) row \(row) at \(size): \(line)")
                        }
                        screens += 1
                    }
                }
                let before = state.stepID
                Player.update(&state, .key(.pageDown))
                if state.stepID == before { break }
            }
            #expect(screens > 50)
        }
    }

    @Test func a128UnitStepFitsEverySize() {
        let deck = [Lesson(path: "big.yaml", title: LocalizedText("128 units"), steps: [
            Step(kind: .rnn(.init(timesteps: 30, inputDim: 100, hiddenUnits: 128)), position: Decks.pos),
        ])]
        for (w, h) in [(60, 20), (80, 24), (97, 31), (120, 40), (200, 60)] {
            var state = PlayerState(deck: deck, language: .ko)
            Player.update(&state, keys: [.right, .right])
            let frame = Player.view(state, size: Size(width: w, height: h), mode: .truecolor)
            for line in frame.lines { #expect(TextWidth.width(of: line) == w) }
            #expect(frame.text.contains("t = 2/30"))
        }
    }
}
