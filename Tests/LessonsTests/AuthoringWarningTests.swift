import Foundation
import Lessons
import Testing

/// `LessonWarnings`, `LessonSchema` and `LessonTemplate`.
@Suite("Authoring warnings, schema and template")
struct AuthoringWarningTests {
    func warnings(_ yaml: String) -> [String] {
        #expect(errors(yaml).isEmpty, "the lesson is valid")
        return LessonWarnings.check(yaml, path: "t.yaml").map(\.description)
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

    @Test("an invalid lesson gives no warnings and no crash")
    func invalidLesson() {
        #expect(LessonWarnings.check("title: [\n", path: "t.yaml").isEmpty)
        #expect(LessonWarnings.check("", path: "t.yaml").isEmpty)
        #expect(LessonWarnings.check("- a\n", path: "t.yaml").isEmpty)
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
        #expect(step["maxProperties"] as? Int == 1)
        #expect(Set((step["properties"] as? [String: Any])?.keys.map { $0 } ?? []) == ["text", "code", "summary", "rnn", "quiz", "diagram"])
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
        #expect(LessonWarnings.check(text, path: "new.yaml").isEmpty)
        #expect(text.hasPrefix(LessonTemplate.modeline + "\n"))
    }
}
