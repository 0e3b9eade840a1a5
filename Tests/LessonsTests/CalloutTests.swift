import Foundation
@testable import Lessons
import Testing

/// `callouts` on rnn steps: remarks keyed by timestep 0 … T, one or two lines each.
@Suite struct CalloutTests {
    @Test func calloutsParseByTimestep() throws {
        let yaml = lesson(step: """
            rnn:
                  timesteps: 3
                  input_dim: 2
                  hidden_units: 2
                  callouts:
                    0: {ko: "처음", en: "start"}
                    3: "the end"
            """)
        let parsed = try LessonLoader.parse(yaml, path: "t.yaml")
        let step = parsed.steps[0]
        #expect(step.callouts.keys.sorted() == [0, 3])
        #expect(step.callouts[0]?.text(.ko) == "처음")
        #expect(step.callouts[3]?.text(.en) == "the end")
    }

    @Test func badCalloutsAreErrorsAtTheKeyOrText() {
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2, hidden_units: 2, callouts: {4: x}}")) == [
            "t.yaml:3:67: error: found the callout key `4`, expected a timestep from 0 to 3 (this step has 3 timesteps; 0 is the screen before the first)",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2, hidden_units: 2, callouts: {one: x}}")) == [
            "t.yaml:3:67: error: found the callout key `one`, expected a timestep from 0 to 3 (this step has 3 timesteps; 0 is the screen before the first)",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2, hidden_units: 2, callouts: [x]}")) == [
            "t.yaml:3:66: error: found a list for `callouts`, expected a map from timesteps to texts, e.g. {0: \"…\", 3: {ko: …, en: …}}",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2, hidden_units: 2, callouts: {1: \"a\\nb\\nc\"}}")) == [
            "t.yaml:3:70: error: the callout for t = 1 has 3 lines, expected one or two (a callout is a remark beside the numbers; longer text belongs in a text step)",
        ])
    }
}

/// The byte count of a callout's lines agrees with splitting it at "\n" characters.
@Suite struct CalloutLineCountTests {
    @Test(arguments: ["", "one", "one\n", "one\ntwo", "one\ntwo\n", "one\n\ntwo", "\n", "\n\n", "a\r\nb", "a\r\n",
                      "한글\n두 줄", "e\u{301}\nx", "x\n\u{301}y", "\r\n\r\n", "a\rb\nc"])
    func countsAsSplittingAtNewlineCharacters(_ text: String) {
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        #expect(LessonParser.lineCount(text) == split)
    }
}
