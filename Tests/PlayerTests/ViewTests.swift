import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

@Suite struct ViewTests {
    func frame(_ deck: [Lesson], keys: [Key], size: Size, mode: ColorMode = .none, language: Language = .en) -> Frame {
        var state = PlayerState(deck: deck, language: language)
        Player.update(&state, keys: keys)
        return Player.view(state, size: size, mode: mode)
    }

    @Test func beforeAnyKeyTheShapesAreOnScreen() {
        let text = frame(Decks.chapterRNN, keys: [], size: Size(width: 120, height: 40)).text
        #expect(text.contains("Wx (8, 4)"))
        #expect(text.contains("Wh (8, 8)"))
        #expect(text.contains("b (8,)"))
        #expect(text.contains("h_t (8,) = tanh( Wx (8, 4) · x_t (4,) + Wh (8, 8) · h_{t-1} (8,) + b (8,) )"))
        #expect(text.contains("t = 0/10"))
    }

    @Test func oneKeyShowsTheFirstHiddenStateAsNumpyComputesIt() {
        let text = frame(Decks.chapterRNN, keys: [.right], size: Size(width: 120, height: 40)).lines.joined(separator: "\n")
        #expect(text.contains("t = 1/10"))
        for value in ["0.91170118", "0.93488513", "0.93128902", "0.85123792", "0.95178278", "0.76354041", "0.87528299", "0.97864588"] {
            #expect(text.contains(value))
        }
        // At 120×40 every cell is 7 columns wide: three decimals in the vectors and matrices.
        for value in ["0.912", "0.935", "0.931", "0.851", "0.952", "0.764", "0.875", "0.979"] {
            #expect(text.contains(" \(value) "))
        }
    }

    @Test func steppingBackShowsExactlyTheEarlierScreen() {
        let size = Size(width: 100, height: 30)
        for mode in ColorMode.allCases {
            let at4 = frame(Decks.chapterRNN, keys: Array(repeating: .right, count: 4), size: size, mode: mode)
            let back = frame(Decks.chapterRNN, keys: Array(repeating: .right, count: 5) + [.left], size: size, mode: mode)
            #expect(at4 == back)
        }
    }

    @Test func tooSmallSaysHowLargeItMustBe() {
        let text = frame(Decks.chapterRNN, keys: [], size: Size(width: 40, height: 10)).text
        #expect(text.contains("terminal too small"))
        #expect(text.contains("60×20"))
        #expect(text.contains("40×10"))
    }

    @Test func helpOverlayListsEveryBinding() {
        let text = frame(Decks.two, keys: [.char("?")], size: Size(width: 100, height: 40)).text
        for binding in KeyBindings.all {
            #expect(text.contains(binding.help.text(.en)), "missing \(binding.label)")
        }
    }

    @Test func textFollowsTheLanguage() {
        #expect(frame(Decks.two, keys: [], size: Size(width: 80, height: 24), language: .ko).text.contains("안녕하세요"))
        #expect(frame(Decks.two, keys: [.char("L")], size: Size(width: 80, height: 24), language: .ko).text.contains("Hello"))
    }

    @Test func summaryShowsTheTableAndWhereTheCountsComeFrom() {
        let text = frame(Decks.two, keys: [.pageDown, .pageDown], size: Size(width: 80, height: 24)).text
        #expect(text.contains(" simple_rnn (SimpleRNN)      (None, 3)                 42"))
        #expect(text.contains("Wx 3×10 + Wh 3×3 + b 3 = 42"))
        #expect(text.contains("kernel (10, 3)"))
    }

    @Test func colourModesChangeOnlyStyleAndGlyphsNotNumbers() {
        let size = Size(width: 120, height: 40)
        let plain = frame(Decks.chapterRNN, keys: [.right], size: size, mode: .none)
        let colour = frame(Decks.chapterRNN, keys: [.right], size: size, mode: .ansi256)
        #expect(plain.styleRuns().allSatisfy { !$0.contains("bg=#") })
        #expect(colour.styleRuns().contains { $0.contains("bg=#") })
        #expect(colour.text.contains("0.91170118"))
    }

    @Test func quizRevealsTheExplanationOnlyAfterAnAnswer() {
        let size = Size(width: 80, height: 24)
        let before = frame(Decks.quiz, keys: [], size: size).text
        #expect(before.contains("Which shape?"))
        #expect(before.contains("2  (8, 2, 3)"))
        #expect(!before.contains("Every time step is returned."))
        #expect(before.contains("press 1–3"))
        let wrong = frame(Decks.quiz, keys: [.char("3")], size: size).text
        #expect(wrong.contains("✘ 3  (8, 2, 10)"))
        #expect(wrong.contains("✔ 2  (8, 2, 3)"))
        #expect(wrong.contains("the answer is 2"))
        #expect(wrong.contains("Every time step is returned."))
        let right = frame(Decks.quiz, keys: [.char("2")], size: size, language: .ko).text
        #expect(right.contains("✔ 맞았습니다!"))
        #expect(right.contains("모든 시점"))
    }

    @Test func withoutUTF8EveryGlyphIsASCIIAndTheTextEnglish() {
        for deck in [Decks.chapterRNN, Decks.two, Decks.quiz] {
            var state = PlayerState(deck: deck, language: .ko)
            for _ in 0..<6 {
                for mode in [ColorMode.none, .ansi256] {
                    let frame = Player.view(state, size: Size(width: 80, height: 24), mode: mode, ascii: true)
                    for line in frame.lines {
                        #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)")
                        #expect(line.count == 80)
                    }
                    #expect(!frame.text.contains("안녕하세요"))
                }
                Player.update(&state, .key(.right))
            }
        }
        let hello = Player.view(PlayerState(deck: Decks.two, language: .ko), size: Size(width: 80, height: 24), mode: .none, ascii: true)
        #expect(hello.text.contains("Hello"))
    }

    @Test func aTallSummaryKeepsItsTableAndPointsToTheRest() {
        let layer = LayerSpec(.bidirectional(layer: .simpleRNN(units: 8, returnSequences: true), mergeMode: .concat))
        let model = ModelSpec(input: InputSpec(shape: [10, 5]), layers: Array(repeating: layer, count: 4))
        let deck = [Lesson(path: "s.yaml", title: LocalizedText("S"), steps: [Step(kind: .summary(model), position: Decks.pos)])]
        let top = frame(deck, keys: [], size: Size(width: 80, height: 24)).text
        #expect(top.contains("Total params: 1,424"))
        #expect(top.contains("↓ j more: where the counts come from"))
        let bottom = frame(deck, keys: Array(repeating: .down, count: 40), size: Size(width: 80, height: 24)).text
        #expect(!bottom.contains("↓ j more"))
        #expect(bottom.contains("backward_simple_rnn_3/bias (8,)"))
    }

    // Snapshots: text plus style runs at the two reference sizes.
    @Test(arguments: [(80, 24), (120, 40)])
    func rnnSnapshots(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        assertSnapshot(frame(Decks.chapterRNN, keys: [], size: size), named: "rnn-t0-\(width)x\(height)")
        assertSnapshot(frame(Decks.chapterRNN, keys: [.right], size: size, mode: .ansi256), named: "rnn-t1-256-\(width)x\(height)")
        assertSnapshot(frame(Decks.chapterRNN, keys: [.end], size: size, mode: .ansi16), named: "rnn-t10-16-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func stepSnapshots(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        assertSnapshot(frame(Decks.two, keys: [], size: size, language: .ko), named: "text-ko-\(width)x\(height)")
        assertSnapshot(frame(Decks.two, keys: [.pageDown, .pageDown], size: size), named: "summary-\(width)x\(height)")
        assertSnapshot(frame(Decks.two, keys: [.char("]"), .pageDown], size: size), named: "code-\(width)x\(height)")
        assertSnapshot(frame(Decks.two, keys: [.char("?")], size: size), named: "help-\(width)x\(height)")
    }
}
