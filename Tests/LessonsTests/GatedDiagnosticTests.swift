import Foundation
import RNNCore
import Testing
@testable import Lessons

/// The lstm and gru steps: what they parse to, and every diagnostic of theirs as an exact line.
@Suite struct GatedDiagnosticTests {
    @Test func parsesBothKindsWithDefaults() throws {
        let text = "title: x\nsteps:\n  - lstm: {timesteps: 3, input_dim: 2, hidden_units: 4, c0: [1, 2, 3, 4]}\n"
            + "  - gru: {timesteps: 3, input_dim: 2, hidden_units: 4}\n"
            + "  - gru: {timesteps: 3, input_dim: 1, hidden_units: 1, reset_after: true, b: [[1, 2, 3], [4, 5, 6]], init: normal, scale: 0.5}\n"
        let lesson = try LessonLoader.parse(text, path: "t.yaml")
        #expect(lesson.steps[0].kind == .gated(GatedSpec(cell: .lstm, timesteps: 3, inputDim: 2, hiddenUnits: 4, c0: [1, 2, 3, 4])))
        #expect(lesson.steps[1].kind == .gated(GatedSpec(cell: .gru(resetAfter: false), timesteps: 3, inputDim: 2, hiddenUnits: 4)))
        #expect(lesson.steps[2].kind == .gated(GatedSpec(cell: .gru(resetAfter: true), timesteps: 3, inputDim: 1, hiddenUnits: 1,
                                                         b: Matrix([[1, 2, 3], [4, 5, 6]]), weightInit: .normal(scale: 0.5))))
    }

    @Test(arguments: [
        ("lstm: {timesteps: 2, input_dim: 3, hidden_units: 2, Wx: [[1, 2, 3], [1, 2, 3]]}",
         "t.yaml:3:61: error: `Wx` has 2 rows, expected 8 (4·hidden_units; Wx is (8, 3): gate blocks i, f, g, o of 2 rows each, Keras's order)"),
        ("lstm: {timesteps: 1, input_dim: 3, hidden_units: 1, Wx: [[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2]]}",
         "t.yaml:3:95: error: row 4 of `Wx` has 2 numbers, expected 3 (input_dim; Wx is (4, 3): gate blocks i, f, g, o of 1 row each, Keras's order)"),
        ("gru: {timesteps: 1, input_dim: 1, hidden_units: 1, Wh: [[1], [2]]}",
         "t.yaml:3:60: error: `Wh` has 2 rows, expected 3 (3·hidden_units; Wh is (3, 1): gate blocks z, r, g of 1 row each, Keras's order)"),
        ("lstm: {timesteps: 2, input_dim: 1, hidden_units: 2, b: [1, 2]}",
         "t.yaml:3:60: error: `b` has 2 numbers, expected 8 (4·hidden_units; b is (8,): gate blocks i, f, g, o of 2 rows each, Keras's order)"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 2, b: [[1, 2, 3, 4, 5, 6]]}",
         "t.yaml:3:59: error: found a list of rows for `b`, expected one list of numbers: shape (6,) (gate blocks z, r, g of 2 rows each, Keras's order); two rows are for reset_after: true"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 2, reset_after: true, b: [1, 2, 3, 4, 5, 6]}",
         "t.yaml:3:78: error: found a list of 6 numbers for `b`, expected 2 rows: shape (2, 6) with reset_after: true (row 0 the input bias, row 1 the recurrent bias; gate blocks z, r, g of 2 rows each, Keras's order)"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 2, reset_after: true, b: [[1, 2, 3, 4, 5, 6]]}",
         "t.yaml:3:78: error: `b` has 1 row, expected 2 (b is (2, 6) with reset_after: true: row 0 the input bias, row 1 the recurrent bias; gate blocks z, r, g of 2 rows each, Keras's order)"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 2, reset_after: true, b: [[1, 2, 3, 4, 5, 6], [1, 2]]}",
         "t.yaml:3:99: error: row 2 of `b` has 2 numbers, expected 6 (3·hidden_units; b is (2, 6) with reset_after: true: row 0 the input bias, row 1 the recurrent bias; gate blocks z, r, g of 2 rows each, Keras's order)"),
        ("lstm: {timesteps: 2, input_dim: 1, hidden_units: 2, c0: [1]}",
         "t.yaml:3:61: error: `c0` has 1 number, expected 2 (hidden_units; c0 is (2,))"),
        ("lstm: {timesteps: 2, input_dim: 1, hidden_units: 2, inputs: [[1]]}",
         "t.yaml:3:65: error: `inputs` has 1 row, expected 2 (timesteps; inputs is (2, 1), one row per timestep)"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 2, c0: [1, 2]}",
         "t.yaml:3:56: error: unknown key `c0` in a gru step, expected one of `timesteps`, `input_dim`, `hidden_units`, `seed`, `init`, `scale`, `inputs`, `Wx`, `Wh`, `b`, `h0`, `reset_after`; did you mean `h0`?"),
        ("lstm: {timesteps: 2, input_dim: 1, hidden_units: 2, reset_after: true}",
         "t.yaml:3:57: error: unknown key `reset_after` in an lstm step, expected one of `timesteps`, `input_dim`, `hidden_units`, `seed`, `init`, `scale`, `inputs`, `Wx`, `Wh`, `b`, `h0`, `c0`"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 2, reset_after: 3}",
         "t.yaml:3:69: error: found the integer `3` for `reset_after`, expected `true` or `false`"),
        ("lstm: {timesteps: 10000, input_dim: 4096, hidden_units: 200}",
         "t.yaml:3:5: error: this lstm step holds 60398400 numbers (T·D + 4·(H·D + H·H + 2·H + 2·T·H) with T 10000, D 4096, H 200), past the limit of 20000000 numbers"),
        ("gru: {timesteps: 10000, input_dim: 1000, hidden_units: 300}",
         "t.yaml:3:5: error: this gru step holds 29171800 numbers (T·D + 3·(H·D + H·H + 2·H + 2·T·H) with T 10000, D 1000, H 300), past the limit of 20000000 numbers"),
        ("lstm: {timesteps: 2, input_dim: 1}",
         "t.yaml:3:5: error: the lstm step is missing `hidden_units` (a positive integer)"),
        ("gru: {timesteps: 2, input_dim: 1, hidden_units: 1, scale: 2}",
         "t.yaml:3:63: error: `scale` applies only with `init: normal`, expected `init: normal` beside it"),
    ])
    func diagnostic(_ step: String, _ expected: String) {
        #expect(errors(lesson(step: step)) == [expected])
    }

    @Test func theNumbersBudgetCountsEveryGate() {
        #expect(LessonLimits.gatedNumbers(timesteps: 10, inputDim: 4, hiddenUnits: 8, gates: 4)
                == 10 * 4 + 4 * (8 * 4 + 8 * 8 + 2 * 8 + 2 * 10 * 8))
        #expect(LessonLimits.gatedNumbers(timesteps: Int.max, inputDim: 2, hiddenUnits: 2, gates: 3) == nil)
    }
}
