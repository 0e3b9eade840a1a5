import Foundation
import Lessons
import Screen
import Testing
@testable import Player

/// In the Korean view every interface string is Korean: header, status line, captions, legends,
/// glyph keys and averaging notes (lesson prose and code keep what the lesson says).
@Suite struct KoreanUITests {
    /// English interface words that must not appear in the Korean view.
    static let english: Set<String> = [
        "step", "text", "code", "summary", "rnn", "quiz", "diagram", "next", "back", "lesson", "help", "quit",
        "more", "neg", "pos", "value", "values", "mean", "rows", "cell", "half", "weights", "states", "partial",
        "sums", "initial", "state", "computes", "max", "bound", "English", "Korean", "pause", "press", "answer",
        "backward", "forward", "log", "scale", "weight", "colours", "first", "input", "works", "return", "further",
        "inspect", "edit", "reset", "activation", "leave", "unit", "units", "sum", "feeds", "whole", "column", "added",
        "only", "every", "what", "if", "identity", "over", "largest", "variance", "computed", "previous", "editable",
    ]

    /// The ASCII words of `line`; identifiers with `_` (Keras's `return_sequences`, `h_t`) are code, not words.
    static func words(_ line: String) -> [String] {
        line.split { !($0.isASCII && ($0.isLetter || $0 == "_")) }.filter { !$0.contains("_") }.map(String.init)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theKoreanViewHasNoEnglishInterfaceWords(width: Int, height: Int) throws {
        let deck = try WidthTests.deck()
        let size = Size(width: width, height: height)
        var state = PlayerState(deck: deck, language: .ko, size: size)
        var checked = 0
        while true {
            // `b`: the backward view of an rnn step (a Korean notice elsewhere), at t = T and further back.
            for keys: [Key] in [[], [.right], [.end], [.char("1")], [.char("?")], [.char("b")], [.char("b"), .right, .right],
                                [.char("b"), .end], [.enter], [.enter, .tab, .char("+")], [.enter, .tab, .tab],
                                [.enter, .char("a"), .char("a")], [.end, .char("v")], [.enter, .char("+")],
                                [.enter, .tab, .tab, .tab, .tab, .char("*")], [.enter, .tab, .tab, .tab, .tab, .tab],
                                // lstm / gru: the c_t or candidate stage, its drill-down and an edit; lines.
                                [.right, .right, .right, .enter, .tab, .char("+")], [.char("."), .char("v"), .enter, .char("a")]] {
                for mode in [ColorMode.none, .ansi16, .ansi256] {
                    var s = state
                    s.colorMode = mode
                    Player.update(&s, keys: keys)
                    let lines = Player.view(s).lines
                    // The whole rnn screen is interface; elsewhere the header and the status line
                    // (the help overlay too, when open).
                    let rnn = s.timestepCount > 0
                    var checkedLines = rnn ? lines : [lines[0], lines[lines.count - 1]]
                    if s.showHelp {
                        let overlay = HelpOverlay(language: .ko)
                        checkedLines += overlay.rows.map { $0.help }
                    }
                    for line in checkedLines {
                        let found = Self.words(line).filter(Self.english.contains)
                        #expect(found.isEmpty, "\(s.lesson.path) step \(s.stepIndex + 1) \(mode) keys \(keys): \(found) in \(line)")
                    }
                    checked += 1
                }
            }
            let before = (state.lessonIndex, state.stepIndex)
            Player.update(&state, .key(.pageDown))
            if (state.lessonIndex, state.stepIndex) == before { break }
        }
        #expect(checked > 100)
    }

    @Test func particlesAttachToTheWord() {
        var s = PlayerState(deck: Decks.chapterRNN, language: .ko, size: Size(width: 120, height: 40))
        Player.update(&s, keys: [])
        let text = Player.view(s).text
        #expect(text.contains("tanh(z_1)을 계산합니다"))
        #expect(text.contains("→를 누르면"))
        #expect(!text.contains(") 을") && !text.contains("→ 를"))
    }
}
