import Foundation
import Testing
@testable import Lessons

/// One test per kind of diagnostic, each pinning the exact `path:line:col: error: message` line.
@Suite struct DiagnosticTests {
    @Test func yamlSyntaxError() {
        #expect(errors("title: [unclosed\nsteps: []\n") == [
            "t.yaml:1:8: error: the list opened with `[` here is not closed, expected `]` at its end (before line 2)",
        ])
        // A missing comma inside one line is not an unclosed list.
        #expect(errors("title: [a, {b: 1} c]\nsteps: []\n").first?.contains("found no `,` between two entries of the list opened at column 8") == true)
    }

    @Test func unterminatedQuote() {
        #expect(errors(lesson(step: "text: \"a")) == [
            "t.yaml:3:11: error: the quoted text that starts here is never closed, expected a closing quote at its end",
        ])
    }

    @Test func unknownKeyWithSuggestion() {
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2, hidden_unit: 4}")) == [
            "t.yaml:3:39: error: unknown key `hidden_unit` in an rnn step, expected one of `timesteps`, `input_dim`, `hidden_units`, `seed`, `init`, `scale`, `inputs`, `Wx`, `Wh`, `b`, `h0`, `tokens`, `embedding`, `output`, `callouts`, `layers`, `direction`; did you mean `hidden_units`?",
        ])
    }

    /// Root cause first: a misspelt required key is one error, at the typo, not also "missing".
    @Test func misspeltRequiredKeyIsOneErrorAtTheTypo() {
        let block = "title: x\nsteps:\n  - rnn:\n      timesteps: 3\n      input_dim: 2\n      hiden_units: 4\n"
        let found = errors(block)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.yaml:6:7: error: unknown key `hiden_units` in an rnn step") == true)
        #expect(found.first?.hasSuffix("did you mean `hidden_units`?") == true)
        // Elsewhere too: a layer's `unit`, the lesson's `titel`.
        #expect(errors(lesson(step: "summary: {input: {shape: [2, 3]}, layers: [{SimpleRNN: {unit: 3}}]}")).count == 1)
        #expect(errors("tite: x\nsteps: [{text: a}]\n") == [
            "t.yaml:1:1: error: unknown key `tite` in the lesson (top level), expected one of `version`, `title`, `steps`; did you mean `title`?",
        ])
        // A typo that names an optional key, or a required key that is present, leaves the rest as it was.
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2, sed: 4}")) == [
            "t.yaml:3:5: error: the rnn step is missing `hidden_units` (a positive integer)",
            "t.yaml:3:39: error: unknown key `sed` in an rnn step, expected one of `timesteps`, `input_dim`, `hidden_units`, `seed`, `init`, `scale`, `inputs`, `Wx`, `Wh`, `b`, `h0`, `tokens`, `embedding`, `output`, `callouts`, `layers`, `direction`; did you mean `seed`?",
        ])
    }

    @Test func unknownKeyWithoutSuggestion() {
        #expect(errors("title: x\nsteps: [{text: a}]\nauthor: me\n") == [
            "t.yaml:3:1: error: unknown key `author` in the lesson (top level), expected one of `version`, `title`, `steps`",
        ])
    }

    @Test func wrongType() {
        #expect(errors(lesson(step: "rnn: {timesteps: abc, input_dim: 2, hidden_units: 4}")) == [
            "t.yaml:3:22: error: found the string `abc` for `timesteps`, expected a positive integer",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 2.0, input_dim: 2, hidden_units: 2}")) == [
            "t.yaml:3:22: error: found the number `2.0` for `timesteps`, expected a positive integer written without a decimal point",
        ])
        #expect(errors(lesson(step: "summary: {input: {shape: [2]}, layers: [{LSTM: {units: 2, return_sequences: maybe}}]}")) == [
            "t.yaml:3:81: error: found the string `maybe` for `return_sequences`, expected `true` or `false`",
        ])
        #expect(errors("- a\n- b\n") == ["t.yaml:1:1: error: found a list at the top level, expected a map with `title` and `steps`"])
    }

    @Test func missingField() {
        #expect(errors(lesson(step: "rnn: {timesteps: 3, input_dim: 2}")) == [
            "t.yaml:3:5: error: the rnn step is missing `hidden_units` (a positive integer)",
        ])
        #expect(errors("title: x\n") == ["t.yaml:1:1: error: the lesson is missing `steps` (a non-empty list of steps)"])
        #expect(errors(lesson(step: "code: {language: python}")) == [
            "t.yaml:3:5: error: the code step is missing `source` (the listing as a string)",
        ])
    }

    @Test func arrayOfTheWrongShape() {
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 2, hidden_units: 3, Wx: [[1, 2], [3, 4]]}")) == [
            "t.yaml:3:60: error: `Wx` has 2 rows, expected 3 (hidden_units)",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 2, hidden_units: 2, Wx: [[1, 2], [3, 4, 5]]}")) == [
            "t.yaml:3:69: error: row 2 of `Wx` has 3 numbers, expected 2 (input_dim)",
        ])
        #expect(errors(lesson(step: "rnn: {timesteps: 2, input_dim: 2, hidden_units: 2, b: [1, 2, 3], Wh: 5}")) == [
            "t.yaml:3:59: error: `b` has 3 numbers, expected 2 (hidden_units)",
            "t.yaml:3:74: error: found the integer `5` for `Wh`, expected a list of rows (lists of numbers)",
        ])
    }

    @Test func nonFiniteNumbers() {
        let yaml = lesson(step: "rnn:\n      timesteps: 1\n      input_dim: 2\n      hidden_units: 1\n      b: [.nan]\n      h0: [1e400]\n      inputs: [[.inf, -.inf]]")
        #expect(errors(yaml) == [
            "t.yaml:7:11: error: found `.nan` in `b`, expected a finite number (NaN and infinity are not allowed)",
            "t.yaml:8:12: error: found the number `1e400` in `h0`, which is too large (it overflows to infinity); expected a finite number",
            "t.yaml:9:17: error: found `.inf` in `inputs`, expected a finite number (NaN and infinity are not allowed)",
            "t.yaml:9:23: error: found `-.inf` in `inputs`, expected a finite number (NaN and infinity are not allowed)",
        ])
    }

    @Test func emptyFile() {
        let expected = ["t.yaml:1:1: error: the file is empty, expected a lesson with `title` and `steps`"]
        #expect(errors("") == expected)
        #expect(errors("# only a comment\n") == expected)
        #expect(errors(bytes: [0xEF, 0xBB, 0xBF]) == expected)
    }

    @Test func notUTF8() {
        let bytes = Array("title: x\nsteps:\n  - text: caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(errors(bytes: bytes) == [
            "t.yaml:3:14: error: found the byte 0xE9, which is not UTF-8; expected a lesson file saved as UTF-8 text",
        ])
        let afterHangul = Array("title: 한글".utf8) + [0xFF]
        #expect(errors(bytes: afterHangul) == [
            "t.yaml:1:10: error: found the byte 0xFF, which is not UTF-8; expected a lesson file saved as UTF-8 text",
        ])
    }

    @Test func controlCharacter() {
        #expect(errors("title: x\nsteps: [{text: a}]\nz: \u{1}\n") == [
            "t.yaml:3:4: error: found the control character U+0001, which YAML does not allow in a file",
        ])
    }

    @Test func unknownLayerAndStepKind() {
        #expect(errors(lesson(step: "summary: {input: {shape: [2]}, layers: [{SimpleRnn: {units: 3}}]}")) == [
            "t.yaml:3:46: error: unknown layer `SimpleRnn`, expected one of `SimpleRNN`, `LSTM`, `GRU`, `Dense`, `Embedding`, `Bidirectional`; did you mean `SimpleRNN`?",
        ])
        #expect(errors(lesson(step: "txt: hello")) == [
            "t.yaml:3:5: error: unknown step kind `txt`, expected one of `text`, `code`, `summary`, `rnn`, `lstm`, `gru`, `quiz`, `diagram`; did you mean `text`?",
        ])
        #expect(errors(lesson(step: "summary: {input: {batch_shape: [null, 2]}, layers: [{Bidirectional: {layer: {Dense: {units: 2}}, merge_mode: avg}}]}")) == [
            "t.yaml:3:82: error: unknown layer `Dense`, expected one of `SimpleRNN`, `LSTM`, `GRU` (Bidirectional wraps a recurrent layer)",
            "t.yaml:3:114: error: found `avg` for `merge_mode`, expected one of `concat`, `sum`, `mul`, `ave`; did you mean `ave`?",
        ])
    }

    @Test func negativeOrZeroSize() {
        #expect(errors(lesson(step: "rnn: {timesteps: -1, input_dim: 0, hidden_units: 2}")) == [
            "t.yaml:3:22: error: `timesteps` is -1, expected a positive integer (1 or more)",
            "t.yaml:3:37: error: `input_dim` is 0, expected a positive integer (1 or more)",
        ])
        #expect(errors(lesson(step: "summary: {input: {shape: [0, null]}, layers: [{Dense: {units: -3}}]}")) == [
            "t.yaml:3:31: error: `shape` is 0, expected a positive integer (1 or more)",
            "t.yaml:3:67: error: `units` is -3, expected a positive integer (1 or more)",
        ])
    }

    @Test func nonStringKeys() {
        #expect(errors("{[1]: 2}\n").contains("t.yaml:1:2: error: found a key that is not a string (a list); keys are names such as `title`"))
        #expect(errors("1: x\n").first == "t.yaml:1:1: error: found a key that is not a string (the integer `1`); keys are names such as `title`")
    }

    @Test func duplicateKeys() {
        #expect(errors("title: a\ntitle: b\nsteps: []\n") == [
            "t.yaml:2:1: error: found the key `title` a second time in this map (the first is at line 1, column 1); each key may appear once, expected one of the two to be removed",
        ])
    }

    @Test func severalDocuments() {
        #expect(errors("title: a\nsteps: [{text: a}]\n---\ntitle: b\n") == [
            "t.yaml:3:1: error: found a second YAML document (after `---`), expected one lesson per file",
        ])
    }

    @Test func tagsAreRejected() {
        #expect(errors("title: !!python/object:os.system x\nsteps: [{text: a}]\n") == [
            "t.yaml:1:8: error: found the tag `!!python/object:os.system`; lessons allow only plain YAML values, without tags such as `!!python/object`",
        ])
        #expect(errors("title: !custom x\nsteps: [{text: a}]\n").first?.contains("found the tag `!custom`") == true)
        #expect(errors("title: !!str 1984\nsteps: [{text: a}]\n") == [])
    }

    @Test func anchorsAndAliasesAreRejected() {
        #expect(errors("a: &x [1, 2]\nb: *x\n") == [
            "t.yaml:1:4: error: found the anchor `&x`; anchors (&name) and aliases (*name) are not supported in lessons (to start a text with `&`, put it in quotes)",
        ])
        #expect(errors(lesson(step: "text: *x")) == [
            "t.yaml:3:11: error: found the alias `*x`; anchors (&name) and aliases (*name) are not supported in lessons (to start a text with `*`, put it in quotes)",
        ])
        #expect(errors(lesson(step: "text: **bold**")) == [
            "t.yaml:3:12: error: found `*` at the start of a value, where YAML expects an alias name; anchors and aliases are not supported in lessons (to start a text with `*`, put it in quotes)",
        ])
    }

    @Test func starsAndAmpersandsInsideTextAreFine() {
        let yaml = """
            title: "&quoted *title"
            steps:
              - text: R&D with *stars* and a & b
              - text: '*single* &quoted'
              - text: |
                  * a bullet
                  &amp; *emphasis*
              - code: {source: "x = a * b  # &ok"}
            """
        #expect(errors(yaml) == [])
    }

    @Test func tabIndentation() {
        #expect(errors("title: x\nsteps:\n\t- text: a\n") == [
            "t.yaml:3:1: error: found a tab; YAML indents with spaces only, expected spaces instead of the tab",
        ])
        #expect(errors("title: x\nsteps:\n  - text: a\n\tcode: b\n") == [
            "t.yaml:4:1: error: found a tab; YAML indents with spaces only, expected spaces instead of the tab",
        ])
    }

    @Test func unsupportedVersion() {
        #expect(errors("version: 2\ntitle: x\nsteps: [{text: a}]\n") == [
            "t.yaml:1:10: error: found version 2, expected 1 (this rnnstep reads lesson format version 1)",
        ])
    }

    @Test func stepWithTwoKeys() {
        #expect(errors("title: x\nsteps: [{text: a, code: {source: b}}]\n") == [
            "t.yaml:2:19: error: found the key `code` in a step that already has `text`; each step has exactly one key (`text`, `code`, `summary`, `rnn`, `lstm`, `gru`, `quiz`, `diagram`) besides `notes`; start a new step with `- `",
        ])
    }

    @Test func inputNeedsExactlyOneShape() {
        #expect(errors(lesson(step: "summary: {input: {shape: [2], batch_shape: [1, 2]}, layers: []}")) == [
            "t.yaml:3:35: error: `input` has both `shape` and `batch_shape`, expected exactly one of them",
            "t.yaml:3:65: error: `layers` is empty, expected at least one layer",
        ])
        #expect(errors(lesson(step: "summary: {input: {}, layers: [{Dense: {units: 1}}]}")) == [
            "t.yaml:3:22: error: `input` has neither `shape` nor `batch_shape`, expected exactly one of them",
        ])
    }

    @Test func localizedTextNeedsKoOrEn() {
        #expect(errors("title: {}\nsteps: [{text: {ko: a, fr: b}}]\n") == [
            "t.yaml:1:8: error: `title` has neither `ko` nor `en`, expected at least one of them",
            "t.yaml:2:24: error: unknown key `fr` in `text`, expected one of `ko`, `en`",
        ])
    }

    @Test func manyIndependentErrorsInOneFile() throws {
        let path = fixture("bad-many.yaml")
        do {
            _ = try LessonLoader.load(path: path)
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map { "\($0.line):\($0.column)" } == ["4:18", "5:18", "6:7", "10:11", "11:5"])
            #expect(error.diagnostics.allSatisfy { $0.path == path })
        }
    }
}
