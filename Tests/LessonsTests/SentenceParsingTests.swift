import Foundation
import Lessons
import RNNCore
import Testing

/// rnn steps that read `tokens` through an `embedding` and predict with an `output` layer.
@Suite struct SentenceParsingTests {
    static let good = """
        title: x
        steps:
          - rnn:
              tokens: [영화가, 정말, good, 영화가]
              hidden_units: 2
              embedding:
                영화가: [0.5, -0.25, 1]
                정말: [0.1, 0.9, 0]
                good: [-1.0, 0.75, 0.5]
                unused: [0, 0, 0]
              Wx: [[1.0, -0.5, 0], [0.25, 0.5, 0]]
              output: {W_y: [[1.5, -2.0]], b_y: [0.1]}

        """

    static func spec(_ yaml: String) throws -> RNNSpec {
        let lesson = try LessonLoader.parse(yaml, path: "t.yaml")
        guard case .rnn(let spec) = lesson.steps[0].kind else { throw CocoaError(.featureUnsupported) }
        return spec
    }

    @Test("tokens give T and the vectors give D; x_t is the word's vector; Korean words work as tokens and keys")
    func readsASentence() throws {
        let spec = try Self.spec(Self.good)
        #expect(spec.timesteps == 4 && spec.inputDim == 3 && spec.hiddenUnits == 2)
        #expect(spec.sentence?.tokens == ["영화가", "정말", "good", "영화가"])
        #expect(spec.sentence?.embedding.words == ["영화가", "정말", "good", "unused"])
        #expect(spec.output == OutputLayer(weights: [1.5, -2.0], bias: 0.1))
        let parameters = try RNNParameters(spec)
        #expect(parameters.inputs.values == [0.5, -0.25, 1, 0.1, 0.9, 0, -1.0, 0.75, 0.5, 0.5, -0.25, 1])
        // No inputs are drawn: Wh and b are numpy's first draws after seed 0 (0.5488135039273248, …).
        #expect(parameters.wh.values[0] == 0.5488135039273248)
    }

    @Test("sizes given beside tokens must agree")
    func sizesAgree() throws {
        let agreeing = Self.good.replacingOccurrences(of: "      hidden_units: 2", with: "      hidden_units: 2\n      timesteps: 4\n      input_dim: 3")
        #expect(try Self.spec(agreeing).timesteps == 4)
        let wrong = Self.good.replacingOccurrences(of: "      hidden_units: 2", with: "      hidden_units: 2\n      timesteps: 5\n      input_dim: 2")
        #expect(errors(wrong) == [
            "t.yaml:6:18: error: `timesteps` is 5, expected 4 (the number of `tokens`), or leave it out",
            "t.yaml:7:18: error: `input_dim` is 2, expected 3 (the length of the `embedding` vectors), or leave it out",
        ])
    }

    @Test("a word missing from the table is an error at the token, with did you mean")
    func unknownWord() {
        let yaml = Self.good.replacingOccurrences(of: "[영화가, 정말, good, 영화가]", with: "[영화가, 정말이, goood, 영화가]")
        #expect(errors(yaml) == [
            "t.yaml:4:21: error: found the word `정말이` in `tokens`, expected a word of `embedding` (which has `영화가`, `정말`, `good`, `unused`); did you mean `정말`?",
            "t.yaml:4:26: error: found the word `goood` in `tokens`, expected a word of `embedding` (which has `영화가`, `정말`, `good`, `unused`); did you mean `good`?",
        ])
    }

    @Test("tokens exclude inputs; embedding needs tokens; tokens need embedding")
    func exclusions() {
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 1, embedding: {a: [1]}, inputs: [[1]]}")) == [
            "t.yaml:3:62: error: found `inputs` beside `tokens`, expected one of them: with `tokens`, x_t is the embedding of word t",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, embedding: {a: [1]}}")) == [
            "t.yaml:3:56: error: found `embedding` without `tokens`, expected `tokens` (the words to look up) beside it",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 1}")) == [
            "t.yaml:3:11: error: the rnn step is missing `embedding` (a map from each word of `tokens` to its vector, e.g. `{good: [0.5, -1.0]}`)",
        ])
        // Without tokens the sizes are still required, as before.
        #expect(errors(lesson(step: "rnn: {hidden_units: 1}")) == [
            "t.yaml:3:5: error: the rnn step is missing `timesteps` (a positive integer)",
            "t.yaml:3:5: error: the rnn step is missing `input_dim` (a positive integer)",
        ])
    }

    @Test("bad shapes of tokens, embedding and output are errors with positions, never crashes")
    func badShapes() {
        #expect(errors(lesson(step: "rnn: {tokens: [], hidden_units: 1, embedding: {a: [1]}}")) == [
            "t.yaml:3:19: error: found an empty list for `tokens`, expected a list of words, e.g. `[the, movie, was, great]`",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a, [b]], hidden_units: 1, embedding: {a: [1]}}")) == [
            "t.yaml:3:23: error: found a list in `tokens`, expected a word",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a, b], hidden_units: 1, embedding: {a: [1, 2], b: [1]}}")) == [
            "t.yaml:3:70: error: `embedding: b` has 1 number, expected 2 (the length of `a`'s vector)",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 1, embedding: {[a]: [1]}}")) == [
            "t.yaml:3:53: error: found a list in the keys of `embedding`, expected a word",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 1, embedding: [1]}")) == [
            "t.yaml:3:52: error: found a list for `embedding`, expected a map from words to vectors, e.g. `{good: [0.5, -1.0]}`",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 2, embedding: {a: [1]}, output: {W_y: [[1]], b_y: 1}}")) == [
            "t.yaml:3:77: error: row 1 of `W_y` has 1 number, expected 2 (hidden_units)",
            "t.yaml:3:88: error: found the integer `1` for `b_y`, expected a list of numbers",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 1, embedding: {a: [1]}, output: {W_y: [[1]]}}")) == [
            "t.yaml:3:62: error: `output` is missing `b_y` (1 number in a list, e.g. `[0.1]`)",
        ])
        #expect(errors(lesson(step: "rnn: {tokens: [a], hidden_units: 1, embedding: {a: [1]}, output: {W_y: [[1]], b_y: [1], W: 2}}")) == [
            "t.yaml:3:93: error: unknown key `W` in `output`, expected one of `W_y`, `b_y`",
        ])
    }

    @Test("non-string scalars are words as written, in tokens and as keys")
    func scalarWords() throws {
        let spec = try Self.spec(lesson(step: "rnn: {tokens: [1, yes, null, 0.5], hidden_units: 1, embedding: {1: [1], yes: [2], null: [3], 0.5: [4]}}"))
        #expect(spec.sentence?.tokens == ["1", "yes", "null", "0.5"])
        #expect(try RNNParameters(spec).inputs.values == [1, 2, 3, 4])
    }

    @Test("an output layer works without tokens too")
    func outputAlone() throws {
        let spec = try Self.spec(lesson(step: "rnn: {timesteps: 2, input_dim: 1, hidden_units: 2, output: {W_y: [[1, -1]], b_y: [0]}}"))
        #expect(spec.sentence == nil && spec.output?.weights == [1, -1])
    }

    @Test("lstm and gru steps do not take the sentence keys")
    func gatedRefuse() {
        let found = errors(lesson(step: "lstm: {timesteps: 1, input_dim: 1, hidden_units: 1, tokens: [a]}"))
        #expect(found.count == 1 && found[0].contains("unknown key `tokens` in an lstm step"))
    }
}
