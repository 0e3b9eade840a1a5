import Foundation
@testable import RNNCore
import Testing

/// numpy's forward pass of a sentence read through an embedding, with a sigmoid output
/// (scripts/make_sentence_fixtures.py).
struct SentenceFixture: Decodable {
    let name: String
    let seed: UInt32
    let tokens, words, given: [String]
    let vectors: [[Double]]
    let hidden_units: Int
    let Wx, Wh, b, W_y, b_y, inputs, states, logits, predictions: [Double]

    /// The spec as a lesson writes it: tokens, embedding, output, and only the given weights.
    var spec: RNNSpec {
        get throws {
            let h = hidden_units, d = vectors[0].count
            var spec = RNNSpec(timesteps: tokens.count, inputDim: d, hiddenUnits: h, seed: seed,
                               wx: given.contains("Wx") ? Matrix(rows: h, cols: d, values: Wx) : nil,
                               wh: given.contains("Wh") ? Matrix(rows: h, cols: h, values: Wh) : nil,
                               b: given.contains("b") ? b : nil)
            spec.sentence = try Sentence(tokens: tokens, embedding: Embedding(words: words, vectors: vectors))
            spec.output = OutputLayer(weights: W_y, bias: b_y[0])
            return spec
        }
    }
}

@Suite struct SentenceTests {
    static let fixtures: [SentenceFixture] = (try? Fixtures.load("sentence", as: [SentenceFixture].self)) ?? []

    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    @Test func fixturesLoad() {
        #expect(SentenceTests.fixtures.count == 4)
    }

    @Test("the inputs are the words' vectors, and the states and predictions equal numpy's",
          arguments: SentenceTests.fixtures.map(\.name))
    func matchesNumpy(name: String) throws {
        let f = try #require(SentenceTests.fixtures.first { $0.name == name })
        let run = try RNNRun(spec: f.spec).completed()
        // Looked up, not computed: bit for bit.
        #expect(run.parameters.inputs.values == f.inputs)
        #expect(run.parameters.wx.values == f.Wx, "weights drawn after the seed without drawing inputs")
        #expect(run.parameters.wh.values == f.Wh)
        #expect(run.parameters.b == f.b)
        #expect(SentenceTests.close(run.states.values, f.states))
        let track = PredictionTrack(run, output: OutputLayer(weights: f.W_y, bias: f.b_y[0]))
        #expect(SentenceTests.close(track.logits, f.logits))
        #expect(SentenceTests.close(track.predictions, f.predictions))
        // The word that moved the prediction most, as numpy's numbers say.
        let changes = (1...f.tokens.count).map { abs(f.predictions[$0] - f.predictions[$0 - 1]) }
        let expected = changes.firstIndex(of: changes.max()!)! + 1
        #expect(track.largestChange(through: f.tokens.count) == expected)
    }

    @Test("trace writes tokens and the predictions, equal to numpy's within 1e-12")
    func traceMatchesNumpy() throws {
        struct Object: Decodable {
            let tokens: [String]
            let W_y: [[Double]]
            let b_y, logits, predictions: [Double]
            let initial_prediction, logit, prediction: Double
            let states: [[Double]]
        }
        let f = try #require(SentenceTests.fixtures.first { $0.name.hasPrefix("korean") })
        let spec = try f.spec
        let run = try RNNRun(spec: spec)
        let text = RNNTrace.json(entries: [.sentence(step: 3, run: run, sentence: spec.sentence, output: spec.output)])
        #expect(text.contains("\"tokens\": [\"영화가\", \"너무\", \"재미있어요\"]"))
        let object = try #require(try JSONDecoder().decode([Object].self, from: Data(text.utf8)).first)
        #expect(object.tokens == f.tokens)
        #expect(object.W_y == [f.W_y] && object.b_y == f.b_y)
        #expect(SentenceTests.close([object.initial_prediction] + object.predictions, f.predictions))
        #expect(SentenceTests.close(object.logits, Array(f.logits.dropFirst())))
        #expect(abs(object.prediction - f.predictions.last!) <= 1e-12 && abs(object.logit - f.logits.last!) <= 1e-12)
        #expect(SentenceTests.close(object.states.flatMap { $0 }, f.states))
        // With --grad the gradient keys follow the sentence keys, and the JSON stays valid.
        let grad = RNNTrace.json(entries: [.sentence(step: 3, run: run, sentence: spec.sentence, output: spec.output)], gradients: true)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(grad.utf8)) as? [[String: Any]])
        #expect(parsed[0]["prediction"] != nil && parsed[0]["input_grad_norms"] != nil)
    }

    @Test("a plain rnn step's trace object is unchanged by the sentence keys")
    func plainTraceUnchanged() throws {
        let run = try RNNRun(spec: RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 2, seed: 1))
        let plain = RNNTrace.json([(step: 0, run: run)])
        #expect(RNNTrace.json(entries: [.rnn(step: 0, run: run)]) == plain)
        #expect(RNNTrace.json(entries: [.sentence(step: 0, run: run, sentence: nil, output: nil)]) == plain)
        #expect(!plain.contains("prediction"))
    }

    @Test("words are escaped as JSON strings")
    func wordsEscaped() {
        #expect(SentenceTrace.string("a\"b\\c\u{1B}d 좋아요") == "\"a\\\"b\\\\c\\u001bd 좋아요\"")
        // Bidi controls and invisible characters are escaped too (the one table, `UnsafeScalar`).
        #expect(SentenceTrace.string("a\u{202E}b\u{200B}") == "\"a\\u202eb\\u200b\"")
    }

    @Test("the engine refuses a word missing from the table, tokens with inputs, and sizes that disagree")
    func refusals() throws {
        let table = try Embedding(words: ["good", "bad"], vectors: [[1, 0], [0, 1]])
        #expect(throws: RNNSpecError.self) { try Sentence(tokens: ["good", "fine"], embedding: table) }
        #expect(throws: RNNSpecError.self) { try Embedding(words: ["a", "b"], vectors: [[1, 0], [1]]) }
        #expect(throws: RNNSpecError.self) { try Embedding(words: ["a", "a"], vectors: [[1], [1]]) }
        var spec = RNNSpec(timesteps: 2, inputDim: 2, hiddenUnits: 3)
        spec.sentence = try Sentence(tokens: ["good", "bad"], embedding: table)
        #expect(try RNNParameters(spec).inputs.values == [1, 0, 0, 1])
        spec.output = OutputLayer(weights: [1, 2], bias: 0)
        #expect(throws: RNNSpecError.self) { try RNNParameters(spec) }
        spec.output = nil
        spec.timesteps = 3
        #expect(throws: RNNSpecError.self) { try RNNParameters(spec) }
        spec.timesteps = 2
        spec.inputs = Matrix(rows: 2, cols: 2, values: [0, 0, 0, 0])
        #expect(throws: RNNSpecError.self) { try RNNParameters(spec) }
    }

    @Test("the largest change is the first of equal ones, and nil before any word")
    func largestChange() throws {
        var spec = RNNSpec(timesteps: 3, inputDim: 1, hiddenUnits: 1, wx: Matrix(rows: 1, cols: 1, values: [1]),
                           wh: Matrix(rows: 1, cols: 1, values: [0]), b: [0])
        spec.sentence = try Sentence(tokens: ["a", "b", "a"], embedding: Embedding(words: ["a", "b"], vectors: [[2], [-0.5]]))
        let run = try RNNRun(spec: spec).completed()
        let track = PredictionTrack(run, output: OutputLayer(weights: [3], bias: 0))
        #expect(track.largestChange(through: 0) == nil)
        // p_0 = 0.5, p_1 = σ(3·tanh 2), p_2 = σ(3·tanh −0.5), p_3 = p_1: t = 2 moves it most.
        #expect(track.largestChange(through: 3) == 2)
        #expect(abs(track.change(at: 3) + track.change(at: 2)) < 1e-15)
    }
}
