import Foundation
import Lessons
import Testing

/// Warnings from the parse (`Lesson.warnings`), `LessonSchema` and `LessonTemplate`.
@Suite("Authoring warnings, schema and template")
struct AuthoringWarningTests {
    func warnings(_ yaml: String) -> [String] {
        do {
            return try LessonLoader.parse(yaml, path: "t.yaml").warnings.map(\.description)
        } catch {
            Issue.record("the lesson is invalid: \(error.diagnostics)")
            return []
        }
    }

    @Test("a {ko, en} map with one language warns at the map; plain strings do not")
    func oneLanguage() {
        let found = warnings("title: {ko: 제목}\nsteps:\n  - text: plain\n  - text:\n      en: only\n")
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("t.yaml:1:8: warning: `title` has only Korean (`ko`)"))
        #expect(found[1].hasPrefix("t.yaml:5:7: warning: `text` has only English (`en`)"))
        #expect(warnings("title: {ko: 가, en: a}\nsteps:\n  - text: plain\n").isEmpty)
    }

    @Test("quiz choices that repeat warn at the repeat, in either language")
    func repeatedChoices() {
        let found = warnings("""
            title: x
            steps:
              - quiz:
                  question: q
                  choices: [A, {ko: 나, en: b}, " a ", {ko: 나, en: c}]
                  answer: 1
                  explain: e
            """)
        #expect(found.count == 2, "\(found)")
        #expect(found[0].hasPrefix("t.yaml:5:36: warning: choice 3 repeats choice 1"))
        #expect(found[1].contains("choice 4 repeats choice 2"))
    }

    @Test("an invalid lesson reports its errors only, not the warnings its parse found")
    func invalidLesson() {
        let found = errors("title: {ko: 제목}\nsteps:\n  - text: {en: only}\n  - rnn: {timesteps: 0, input_dim: 1, hidden_units: 1}\n")
        #expect(found == ["t.yaml:4:22: error: `timesteps` is 0, expected a positive integer (1 or more)"])
    }

    @Test("warnings come from the one parse, in file order")
    func warningsInFileOrder() throws {
        let lesson = try LessonLoader.parse("title: {en: T}\nsteps:\n  - quiz: {question: {ko: 질문}, choices: [a, A], answer: 1, explain: e}\n",
                                            path: "t.yaml")
        #expect(lesson.warnings.map { "\($0.line):\($0.column)" } == ["1:8", "3:22", "3:45"])
        #expect(lesson.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test("the schema is JSON with the limits as maxima")
    func schema() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(LessonSchema.text.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == LessonSchema.dialect)
        #expect(object["additionalProperties"] as? Bool == false)
        let defs = try #require(object["$defs"] as? [String: Any])
        let rnn = try #require((defs["rnn"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((rnn["timesteps"] as? [String: Any])?["maximum"] as? Int == LessonLimits.maxTimesteps)
        #expect((rnn["hidden_units"] as? [String: Any])?["minimum"] as? Int == 1)
        let step = try #require(defs["step"] as? [String: Any])
        // Exactly one kind (each alternative requires one), and `notes` may stand beside it.
        let kinds = ["text", "code", "summary", "rnn", "lstm", "gru", "quiz", "diagram"]
        #expect((step["oneOf"] as? [[String: Any]])?.compactMap { ($0["required"] as? [String])?.first } == kinds)
        #expect(Set((step["properties"] as? [String: Any])?.keys.map { $0 } ?? []) == Set(kinds + ["notes"]))
    }

    @Test("JSON strings escape every control character")
    func jsonEscapes() {
        #expect(JSONValue.quoted("a\"\\\n\u{1B}[0m\u{7}\u{85}") == "\"a\\\"\\\\\\n\\u001b[0m\\u0007\\u0085\"")
    }

    @Test("the starter lesson parses, has every kind and escapes its title")
    func template() throws {
        let text = LessonTemplate.starter(title: "A \"quoted\" \\ title\u{1B}")
        let lesson = try LessonLoader.parse(text, path: "new.yaml")
        #expect(lesson.title.text(.en) == "A \"quoted\" \\ title\u{1B}")
        #expect(lesson.steps.count == 6)
        #expect(lesson.steps.filter { $0.notes != nil }.count == 1)  // shows where speaker notes go
        #expect(lesson.warnings.isEmpty)
        #expect(text.hasPrefix(LessonTemplate.modeline + "\n"))
    }
}
