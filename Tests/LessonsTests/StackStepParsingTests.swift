@testable import Lessons
import RNNCore
import Testing

/// `layers` and `direction` on rnn steps: parsed into the spec, errors in the house form.
@Suite struct StackStepParsingTests {
    @Test func layersAndDirectionParse() throws {
        let parsed = try LessonLoader.parse(lesson(step: "rnn: {timesteps: 4, input_dim: 2, hidden_units: 3, layers: 2, direction: bidirectional, seed: 3}"),
                                            path: "t.yaml")
        guard case .rnn(let spec) = parsed.steps[0].kind else { Issue.record("not an rnn step"); return }
        #expect(spec.layers == 2 && spec.direction == .bidirectional && spec.isStack && spec.stepPositions == 16)
        let plain = try LessonLoader.parse(lesson(step: "rnn: {timesteps: 4, input_dim: 2, hidden_units: 3, layers: 1, direction: forward}"),
                                           path: "t.yaml")
        guard case .rnn(let one) = plain.steps[0].kind else { Issue.record("not an rnn step"); return }
        #expect(!one.isStack && one == RNNSpec(timesteps: 4, inputDim: 2, hiddenUnits: 3))
    }

    @Test func badValuesAreErrorsAtTheValue() {
        #expect(errors(lesson(step: "rnn: {timesteps: 4, input_dim: 2, hidden_units: 3, layers: 9}")) == [
            "t.yaml:3:64: error: `layers` is 9, past the limit of 8 (the most layers)",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 4, input_dim: 2, hidden_units: 3, direction: backwards}")) == [
            "t.yaml:3:67: error: unknown `direction` `backwards`, expected `forward`, `backward` or `bidirectional`; did you mean `backward`?",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 4, input_dim: 2, hidden_units: 3, layers: 0}")).first?.contains("error: `layers`") == true)
    }

    @Test func explicitWeightsAreRefusedOnAStack() {
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 1, hidden_units: 1, direction: backward, Wh: [[0.5]]}")) == [
            "t.yaml:3:77: error: found `Wh` on an rnn step with `layers` or `direction`, expected only `inputs` among the arrays "
                + "(each layer's weights are drawn from `seed`, layer by layer; h0 is zeros)",
        ])
        // Explicit inputs are fine.
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 1, hidden_units: 1, layers: 2, inputs: [[1], [2]]}")).isEmpty)
    }

    @Test func wordsAndAnOutputLayerAreRefusedOnAStack() {
        let found = errors(lesson(step: "rnn: {hidden_units: 1, layers: 2, tokens: [a], embedding: {a: [1]}, output: {W_y: [[1]], b_y: [0]}}"))
        #expect(found.count == 3)
        #expect(found.first == "t.yaml:3:39: error: found `tokens` on an rnn step with `layers` or `direction`, expected words and an output layer "
                    + "only on a single-layer forward rnn step (a stacked or bidirectional model reading words is not built)")
        #expect(errors(lesson(step: "rnn: {hidden_units: 1, direction: forward, tokens: [a], embedding: {a: [1]}}")).isEmpty)
    }

    @Test func calloutsAreKeyedByPosition() {
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 1, hidden_units: 1, direction: bidirectional, callouts: {4: end}}")).isEmpty)
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 1, hidden_units: 1, direction: bidirectional, callouts: {5: x}}")) == [
            "t.yaml:3:93: error: found the callout key `5`, expected a position from 0 to 4 (this step has 2 timesteps in each of its 2 passes, "
                + "one position per key press; 0 is the screen before the first)",
        ])
    }

    @Test func everyPassCountsTowardTheNumberLimit() {
        let one = "rnn: {timesteps: 1000, input_dim: 100, hidden_units: 1000}"
        #expect(LessonParser.stackNumbers(timesteps: 1000, inputDim: 100, hiddenUnits: 1000, layers: 1, passes: 1)
                == LessonLimits.rnnNumbers(timesteps: 1000, inputDim: 100, hiddenUnits: 1000))
        #expect(errors(lesson(step: one)).isEmpty)
        let found = errors(lesson(step: "rnn: {timesteps: 1000, input_dim: 100, hidden_units: 1000, layers: 8, direction: bidirectional}"))
        #expect(found == ["t.yaml:3:5: error: this rnn step holds 76332000 numbers over its 8 layer(s) and bidirectional passes, "
                          + "past the limit of 20000000 numbers"])
    }

    @Test func lstmAndGruDoNotTakeTheKeys() {
        #expect(errors(lesson(step: "lstm: {timesteps: 2, input_dim: 1, hidden_units: 1, layers: 2}")).first?.contains("layers") == true)
    }
}
