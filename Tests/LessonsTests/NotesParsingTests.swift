import Testing
@testable import Lessons

/// `notes:` beside a step's kind: the teacher's speaker notes, on every kind of step.
@Suite("Speaker notes in lessons")
struct NotesParsingTests {
    static let kinds = [
        "text: a",
        "code: {source: x = 1}",
        "summary: {input: {shape: [2, 3]}, layers: [{Dense: {units: 1}}]}",
        "rnn: {timesteps: 2, input_dim: 1, hidden_units: 1}",
        "lstm: {timesteps: 1, input_dim: 1, hidden_units: 1}",
        "gru: {timesteps: 1, input_dim: 1, hidden_units: 1}",
        "quiz: {question: q, choices: [a, b], answer: 1, explain: e}",
        "diagram: {art: x}",
    ]

    @Test("every step kind takes notes, after or before its kind, as {ko, en} or a plain string", arguments: kinds)
    func everyKindTakesNotes(_ kind: String) throws {
        let after = try LessonLoader.parse("title: x\nsteps:\n  - \(kind)\n    notes: {ko: 반에 물어보세요, en: Ask the class}\n", path: "t.yaml")
        #expect(after.steps[0].notes == LocalizedText(ko: "반에 물어보세요", en: "Ask the class"))
        let before = try LessonLoader.parse("title: x\nsteps:\n  - notes: Point at Wx\n    \(kind)\n", path: "t.yaml")
        #expect(before.steps[0].notes == LocalizedText("Point at Wx"))
        #expect(before.steps[0].kind == after.steps[0].kind)
        // Without notes, none.
        #expect(try LessonLoader.parse(lesson(step: kind), path: "t.yaml").steps[0].notes == nil)
    }

    @Test("notes do not change what the step is: the same kind, callouts and position")
    func notesLeaveTheStepAlone() throws {
        let plain = try LessonLoader.parse("title: x\nsteps:\n  - rnn: {timesteps: 2, input_dim: 1, hidden_units: 1, callouts: {1: c}}\n", path: "t.yaml")
        var noted = try LessonLoader.parse("title: x\nsteps:\n  - rnn: {timesteps: 2, input_dim: 1, hidden_units: 1, callouts: {1: c}}\n    notes: n\n", path: "t.yaml")
        #expect(noted.steps[0].notes == LocalizedText("n"))
        noted.steps[0].notes = nil
        #expect(noted.steps == plain.steps)
    }

    @Test("wrong notes are errors in the house form")
    func wrongNotes() {
        #expect(errors("title: x\nsteps:\n  - text: a\n    notes: [a, b]\n") == [
            "t.yaml:4:12: error: found a list for `notes`, expected a string or a map with `ko` and/or `en`",
        ])
        #expect(errors("title: x\nsteps:\n  - text: a\n    notes: 3\n") == [])  // a number is text, as elsewhere
        #expect(errors("title: x\nsteps:\n  - text: a\n    notes: {ko: 가, fr: b}\n") == [
            "t.yaml:4:20: error: unknown key `fr` in `notes`, expected one of `ko`, `en`",
        ])
        #expect(errors("title: x\nsteps:\n  - text: a\n    notes: {}\n") == [
            "t.yaml:4:12: error: `notes` has neither `ko` nor `en`, expected at least one of them",
        ])
        #expect(errors("title: x\nsteps:\n  - notes: only\n") == [
            "t.yaml:3:5: error: found a step with only `notes`, expected a step kind beside it: one of `text`, `code`, `summary`, `rnn`, `lstm`, `gru`, `quiz`, `diagram`",
        ])
    }

    @Test("a misspelt or misplaced notes key says where notes go")
    func misspeltOrMisplaced() {
        #expect(errors("title: x\nsteps:\n  - text: a\n    note: n\n") == [
            "t.yaml:4:5: error: unknown key `note` beside `text` in a step, expected `notes` (the teacher's notes) or a new step starting with `- `; did you mean `notes`?",
        ])
        #expect(errors("title: x\nsteps:\n  - rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, notes: n}\n") == [
            "t.yaml:3:56: error: unknown key `notes` in an rnn step: `notes` belongs to the step, beside its kind: write it at the same indentation as the step's kind (`- rnn: …` then `  notes: …`)",
        ])
        #expect(errors("title: x\nsteps:\n  - nots: n\n").first?.hasSuffix("did you mean `notes`?") == true)
        // A second kind beside notes is still a forgotten `- `.
        #expect(errors("title: x\nsteps:\n  - text: a\n    notes: n\n    code: {source: b}\n") == [
            "t.yaml:5:5: error: found the key `code` in a step that already has `text`; each step has exactly one key (`text`, `code`, `summary`, `rnn`, `lstm`, `gru`, `quiz`, `diagram`) besides `notes`; start a new step with `- `",
        ])
    }

    @Test("notes in one language of a {ko, en} map get the usual language warning")
    func oneLanguageWarning() throws {
        let lesson = try LessonLoader.parse("title: {ko: 가, en: a}\nsteps:\n  - text: {ko: 가, en: a}\n    notes: {en: only English}\n", path: "t.yaml")
        #expect(lesson.warnings.map(\.description).contains { $0.contains("`notes` has only English (`en`)") }, "\(lesson.warnings)")
    }

    @Test("the schema knows notes: a text beside exactly one step kind")
    func schemaKnowsNotes() {
        let text = LessonSchema.text
        #expect(text.contains("\"notes\" : {") || text.contains("\"notes\": {"))
        if case .text = LessonFormat.step["notes"].type {} else { Issue.record("notes is not a text") }
        #expect(LessonFormat.step.choices == ["text", "code", "summary", "rnn", "lstm", "gru", "quiz", "diagram"])
    }
}
