import Foundation
import Testing
@testable import Lessons

/// Inputs meant to crash, hang or exhaust memory must end quickly with a diagnostic.
@Suite struct HostileInputTests {
    @Test func deeplyNestedFlowSequences() {
        let expected = "t.yaml:1:1: error: lists and maps are nested too deep (libyaml stops at 1000 levels), past the limit of 64 levels"
        #expect(errors(String(repeating: "[", count: 10_000)) == [expected])
        #expect(errors(String(repeating: "{a: ", count: 10_000)).first?.contains("nested too deep") == true)
    }

    @Test func deeplyNestedBlockSequences() {
        #expect(errors(String(repeating: "- ", count: 5_000) + "x\n").first?.contains("nested too deep") == true)
    }

    @Test func nestingPastTheLessonLimit() {
        let yaml = "title: x\nsteps: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        #expect(errors(yaml) == ["t.yaml:2:71: error: lists and maps are nested 65 deep here, past the limit of 64 levels"])
    }

    @Test func billionLaughs() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "? *a9\n: boom\n"
        #expect(errors(yaml).first?.hasPrefix("t.yaml:1:5: error: found the anchor `&a0`") == true)
    }

    @Test func integerTooLargeForInt() {
        #expect(errors(lesson(step: "rnn: {timesteps: 99999999999999999999999, input_dim: 1, hidden_units: 1}")) == [
            "t.yaml:3:22: error: found the integer `99999999999999999999999` for `timesteps`, which is too large for a 64-bit integer; the limit is 10000 timesteps",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, seed: -99999999999999999999}")).first?
            .contains("too large for a 64-bit integer") == true)
        #expect(errors(lesson(step: "rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, b: [99999999999999999999999]}")) == [])
    }

    @Test func fileTooLarge() {
        let big = Data(count: LessonLimits.maxFileBytes + 1)
        #expect(errors(bytes: [UInt8](big)) == [
            "t.yaml:1:1: error: the file has 10000001 bytes, past the limit of 10000000 bytes for a lesson",
        ])
    }

    @Test func sizesPastTheirLimits() {
        #expect(errors(lesson(step: "rnn: {timesteps: 10001, input_dim: 4097, hidden_units: 4097}")) == [
            "t.yaml:3:22: error: `timesteps` is 10001, past the limit of 10000 timesteps",
            "t.yaml:3:40: error: `input_dim` is 4097, past the limit of 4096 (the largest input_dim)",
            "t.yaml:3:60: error: `hidden_units` is 4097, past the limit of 4096 (the largest hidden_units)",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 10000, input_dim: 4096, hidden_units: 4096}")) == [
            "t.yaml:3:5: error: this rnn step holds 156442624 numbers (T·D + H·D + H·H + 2·H + 2·T·H with T 10000, D 4096, H 4096), past the limit of 20000000 numbers",
        ])
        #expect(errors(lesson(step: "summary: {input: {shape: [1000001]}, layers: [{Embedding: {input_dim: 1000001, output_dim: 1}}]}")) == [
            "t.yaml:3:31: error: `shape` is 1000001, past the limit of 1000000 (the largest input size)",
            "t.yaml:3:75: error: `input_dim` is 1000001, past the limit of 1000000 (the largest layer size)",
        ])
        #expect(errors(lesson(step: "summary: {input: {shape: [1, 2, 3, 4, 5, 6, 7, 8, 9]}, layers: [{Dense: {units: 1}}]}")) == [
            "t.yaml:3:30: error: `shape` has 9 entries, past the limit of 8 entries",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, seed: 4294967296}")) == [
            "t.yaml:3:62: error: `seed` is 4294967296, expected an integer from 0 to 4294967295 (numpy's seed range)",
        ])
    }

    @Test func tooManyStepsAndLayers() {
        let steps = "title: x\nsteps:\n" + String(repeating: "  - text: a\n", count: 1001)
        #expect(errors(steps) == ["t.yaml:3:3: error: the lesson has 1001 steps, past the limit of 1000 steps"])
        let layers = "[" + Array(repeating: "{Dense: {units: 1}}", count: 101).joined(separator: ", ") + "]"
        #expect(errors(lesson(step: "summary: {input: {shape: [2]}, layers: \(layers)}")) == [
            "t.yaml:3:44: error: the model has 101 layers, past the limit of 100 layers",
        ])
    }

    @Test func textPastTheLimit() {
        let long = String(repeating: "가", count: LessonLimits.maxTextLength + 1)
        #expect(errors(lesson(step: "text: \(long)")) == [
            "t.yaml:3:11: error: `text` has 100001 characters, past the limit of 100000 characters",
        ])
        #expect(errors(lesson(step: "text: " + String(repeating: "a", count: LessonLimits.maxTextLength))) == [])
    }

    @Test func manyErrorsAreCapped() {
        let row = "[" + Array(repeating: "x", count: 500).joined(separator: ", ") + "]"
        let yaml = lesson(step: "rnn: {timesteps: 1, input_dim: 500, hidden_units: 1, inputs: [\(row)]}")
        #expect(errors(yaml).count == 100)
    }

    @Test func aTenMegabyteLessonFinishes() {
        let numbers = Array(repeating: "0.25", count: 512).joined(separator: ",")
        let rows = Array(repeating: "[" + numbers + "]", count: 1000).joined(separator: ",\n  ")
        let yaml = lesson(step: "rnn: {timesteps: 1000, input_dim: 512, hidden_units: 4, inputs: [\(rows)]}")
        #expect(yaml.utf8.count < LessonLimits.maxFileBytes)
        #expect(errors(yaml) == [])
    }

    @Test func garbageDoesNotCrash() {
        for text in ["{", "]", ": :", "? ? ?", "%YAML 9.9\n---\na: 1", "!", "&", "*", "---\n...\n", "\u{0}",
                     "title: x\nsteps:\n  - rnn:\n", "title: x\nsteps:\n  -\n", "title:\nsteps:\n  - text:\n"] {
            #expect(!errors(text).isEmpty, "\(text.debugDescription)")
        }
    }
}
