import Foundation
import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// The screen of an rnn step that reads a sentence: the words beside their timesteps (the current
/// one highlighted), x_t named by its word, the running prediction and, at t = T, the answer.
@Suite struct SentenceViewTests {
    /// Lesson 08 of the shipped deck.
    static func lesson() throws -> Lesson {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons/08-a-real-sentence.yaml").path
        return try LessonLoader.load(path: path)
    }

    /// The lesson's rnn steps that read words, in the lesson's order, each as a one-step deck.
    static func sentenceDecks() throws -> [[Lesson]] {
        let lesson = try lesson()
        return lesson.steps.filter { $0.sentence != nil }.map { [Lesson(path: lesson.path, title: lesson.title, steps: [$0])] }
    }

    func frame(_ deck: [Lesson], t: Int, size: Size, language: Language, mode: ColorMode = .none) -> Frame {
        var state = PlayerState(deck: deck, language: language)
        Player.update(&state, keys: Array(repeating: .right, count: t))
        return Player.view(state, size: size, mode: mode)
    }

    /// The engine's numbers for a one-step deck.
    static func engine(_ deck: [Lesson]) throws -> (Sentence, PredictionTrack) {
        guard case .rnn(let spec) = deck[0].steps[0].kind, let sentence = spec.sentence, let output = spec.output else {
            throw CocoaError(.featureUnsupported)
        }
        return (sentence, PredictionTrack(try RNNRun(spec: spec).completed(), output: output))
    }

    @Test("at every timestep: the words with their t, the current one highlighted, x_t's word, and p_t from the engine",
          arguments: [(80, 24), (120, 40)], [Language.en, .ko])
    func everyTimestep(size: (Int, Int), language: Language) throws {
        let (width, height) = size
        for deck in try Self.sentenceDecks() {
            let (sentence, track) = try Self.engine(deck)
            for t in 0...sentence.timesteps {
                let f = frame(deck, t: t, size: Size(width: width, height: height), language: language)
                let lines = f.lines
                let label = language == .ko ? "단어 " : "words "
                let row = try #require(lines.firstIndex { $0.hasPrefix(" " + label) }, "no words row at t = \(t)")
                let words = sentence.tokens.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
                #expect(lines[row].contains(words), "\(lines[row])")
                // The current word (with its t) is drawn reversed, and only it.
                let reversed = (0..<f.size.width).filter { f[$0, row].style.attributes.contains(.reverse) }
                if t == 0 {
                    #expect(reversed.isEmpty)
                } else {
                    let piece = " \(t) \(sentence.word(at: t)) "
                    let start = try #require(reversed.first)
                    #expect(reversed.count == TextWidth.width(of: piece), "t = \(t): \(reversed.count) reversed columns")
                    let text = (start...reversed.last!).map { f[$0, row].text }.joined()
                    #expect(text == piece, "t = \(t): reversed \(text)")
                    let caption = language == .ko ? "x_\(t) = \"\(sentence.word(at: t))\"" : "x_\(t) = the embedding of \"\(sentence.word(at: t))\""
                    #expect(lines.contains { $0.contains(caption) }, "no caption \(caption)")
                }
                // The prediction row: p_t as the engine computes it.
                let p = NumberFormat.fixed(track.predictions[t], decimals: 3)
                #expect(lines[row + 1].contains("= \(p)"), "t = \(t): \(lines[row + 1])")
                if t == sentence.timesteps {
                    let meaning = track.predictions[t] >= 0.5 ? (language == .ko ? "→ 긍정" : "→ positive") : (language == .ko ? "→ 부정" : "→ negative")
                    #expect(lines[row + 1].contains(meaning), "\(lines[row + 1])")
                    let most = try #require(track.largestChange(through: t))
                    #expect(lines[row + 1].contains("\"\(sentence.word(at: most))\" \(NumberFormat.signed(track.change(at: most), decimals: 3))"))
                }
            }
        }
    }

    @Test("a plain rnn step has no words or prediction rows")
    func plainStepUnchanged() {
        let text = frame(Decks.chapterRNN, t: 3, size: Size(width: 120, height: 40), language: .en).text
        #expect(!text.contains("words ") && !text.contains("prediction"))
    }

    @Test("an output layer without words: a prediction row only, naming timesteps instead of words")
    func outputWithoutWords() throws {
        var spec = RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 2)
        spec.output = OutputLayer(weights: [1, -1], bias: 0)
        let deck = [Lesson(path: "o.yaml", title: LocalizedText("o"), steps: [Step(kind: .rnn(spec), position: Decks.pos)])]
        let track = PredictionTrack(try RNNRun(spec: spec).completed(), output: try #require(spec.output))
        let lines = frame(deck, t: 1, size: Size(width: 80, height: 24), language: .en).lines
        #expect(!lines.contains { $0.hasPrefix(" words ") })
        let p1 = NumberFormat.fixed(track.predictions[1], decimals: 3)
        #expect(lines[3].trimmingCharacters(in: .whitespaces) == "p_1 = \(p1)  this step: \(NumberFormat.signed(track.change(at: 1), decimals: 3))  moved most: t = 1 "
                + NumberFormat.signed(track.change(at: 1), decimals: 3), "\(lines[3])")
    }

    @Test("a what-if edit moves the prediction: it is computed from the edited run")
    func whatIfMovesThePrediction() throws {
        var spec = RNNSpec(timesteps: 2, inputDim: 1, hiddenUnits: 1, wx: Matrix(rows: 1, cols: 1, values: [1]),
                           wh: Matrix(rows: 1, cols: 1, values: [0]), b: [0])
        spec.sentence = try Sentence(tokens: ["좋아요", "bad"], embedding: Embedding(words: ["좋아요", "bad"], vectors: [[2], [-1]]))
        spec.output = OutputLayer(weights: [2], bias: 0)
        let computation = StepComputation(try RNNParameters(spec), output: spec.output)
        var prepared = computation
        prepared.prepare(through: 2, layout: nil)
        let p2 = try #require(prepared.predictions?.predictions[2])
        #expect(abs(p2 - 1 / (1 + exp(-2 * tanh(-1.0)))) < 1e-15)
        var edits = WhatIfEdits()
        edits.activation = .identity
        var edited = computation.edited(edits)
        edited.prepare(through: 2, layout: nil)
        #expect(edited.predictions?.predictions[2] == 1 / (1 + exp(-2 * -1.0)))
    }

    @Test("snapshots: the English sentence at its end (80×24), the Korean one mid-way (120×40, ko)")
    func snapshots() throws {
        let decks = try Self.sentenceDecks()
        let english = try #require(decks.first { $0[0].steps[0].sentence?.tokens.first == "the" })
        let korean = try #require(decks.first { $0[0].steps[0].sentence?.tokens.first == "영화가" })
        assertSnapshot(frame(english, t: 5, size: Size(width: 80, height: 24), language: .en, mode: .ansi16), named: "sentence-en-80x24-t5")
        assertSnapshot(frame(korean, t: 2, size: Size(width: 120, height: 40), language: .ko, mode: .ansi16), named: "sentence-ko-120x40-t2")
    }
}
