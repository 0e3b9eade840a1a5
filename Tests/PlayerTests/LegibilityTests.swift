import Lessons
import Screen
import Testing
@testable import Player

/// What must read from the back of a room, on dark and light terminals alike: text that sets its
/// own colours carries its own background with at least 4.5:1 contrast; the rest uses the
/// terminal's own colours (never dim).
@Suite struct LegibilityTests {
    static func ratio(_ style: Style) -> Double? {
        guard case let .rgb(fr, fg, fb) = style.fg, case let .rgb(br, bg, bb) = style.bg else { return nil }
        return Contrast.ratio((fr, fg, fb), (br, bg, bb))
    }

    @Test func quizFeedbackAndInlineCodeCarryTheirOwnReadableBackground() {
        for style in [QuizStepView.right, QuizStepView.wrong, TextBlock.defaultCodeStyle] {
            let r = Self.ratio(style)
            #expect(r != nil, "\(style) sets a foreground without its own background")
            #expect((r ?? 0) >= 4.5, "\(style): \(r ?? 0):1")
        }
        #expect(!TextBlock.defaultCodeStyle.attributes.contains(.underline))
    }

    @Test func shapesLegendsAndTheKeyBarAreNotDim() {
        var s = PlayerState(deck: Decks.chapterRNN, language: .en, size: Size(width: 100, height: 30), colorMode: .ansi256)
        Player.update(&s, keys: [.right])
        let frame = Player.view(s)
        for (y, line) in frame.lines.enumerated() {
            for (label, _) in [("(8, 4)", 0), ("weights, states", 0), ("partial sums", 0), ("→ next", 0)] {
                guard let range = line.range(of: label) else { continue }
                let x = line.distance(from: line.startIndex, to: range.lowerBound)
                #expect(!frame[x + 1, y].style.attributes.contains(.dim), "`\(label)` is dim on row \(y)")
            }
        }
    }
}
