import Foundation
import Testing
@testable import Lessons

/// The key tables of `LessonFormat` are the one source: the parser, the schema and the guide agree with them.
@Suite("Lesson format tables")
struct LessonFormatTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/lesson-format.md")

    @Test("docs/lesson-format.md names every key of every map as `key`")
    func guideNamesEveryKey() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        for map in LessonFormat.maps {
            for key in map.keys {
                #expect(text.contains("`\(key.name)`"), "the guide does not name `\(key.name)` (\(map.name))")
            }
        }
    }

    @Test("each map of the schema is its table: the same keys in order, the required ones, limits and defaults")
    func schemaIsTheTable() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(LessonSchema.text.utf8)) as? [String: Any])
        let defs = try #require(object["$defs"] as? [String: Any])
        for map in LessonFormat.maps where map.name != "localized" {
            let def = try #require(map.name == "lesson" ? object : defs[map.name] as? [String: Any], "no $defs/\(map.name)")
            let properties = try #require(def["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(map.allowed), "\(map.name)")
            #expect(Set(def["required"] as? [String] ?? []) == Set(map.keys.filter { $0.required && $0.unlessKey == nil }.map(\.name)),
                    "\(map.name)")
            // Keys required unless another is given: anyOf [{required: [other]}, {required: [keys]}].
            let unless = map.keys.filter { $0.required && $0.unlessKey != nil }
            let anyOf = def["anyOf"] as? [[String: [String]]]
            #expect(anyOf.map { $0.flatMap { $0["required"] ?? [] } }.map(Set.init) ?? [] == Set(unless.map(\.name) + unless.compactMap(\.unlessKey)),
                    "\(map.name)")
            #expect(def["additionalProperties"] as? Bool == false)
            // Exactly one key: max 1 property, or (beside `alongside` keys such as a step's `notes`) one of the choices required.
            let oneOf = (def["oneOf"] as? [[String: Any]])?.compactMap { ($0["required"] as? [String])?.first }
            #expect((def["maxProperties"] as? Int == 1 || oneOf == map.choices) == map.exactlyOne, "\(map.name)")
            for key in map.keys {
                let property = try #require(properties[key.name] as? [String: Any])
                #expect(property["description"] as? String == key.help)
                if let maximum = key.type.maximum { #expect(property["maximum"] as? Int == maximum, "\(map.name).\(key.name)") }
                #expect((property["default"] != nil) == (key.defaultValue != nil), "\(map.name).\(key.name)")
            }
        }
        // Key order is the table's (JSONSerialization loses it, so read the rendered text).
        let rnnKeys = LessonFormat.rnn.allowed.map { "\"\($0)\": {" }
        let positions = rnnKeys.compactMap { LessonSchema.text.range(of: $0, range: LessonSchema.text.range(of: "\"rnn\": {\n      \"description\": \"A step-through")!.lowerBound..<LessonSchema.text.endIndex)?.lowerBound }
        #expect(positions.count == rnnKeys.count && positions == positions.sorted())
    }

    @Test("the parser's allow-lists are the tables")
    func parserReadsTheTables() {
        // Every step kind of the table has a reader, and nothing else does.
        #expect(Set(LessonParser.stepReaders.keys) == Set(LessonFormat.step.choices))
        #expect(LessonFormat.step.allowed == LessonFormat.step.choices + ["notes"])
        #expect(LessonParser.layerNames == LessonFormat.layer.allowed)
        // An unknown key lists exactly the table's keys, in its order.
        for (step, map) in [("rnn: {x: 1}", LessonFormat.rnn), ("code: {x: 1}", LessonFormat.code),
                            ("quiz: {x: 1}", LessonFormat.quiz), ("diagram: {x: 1}", LessonFormat.diagram),
                            ("summary: {x: 1}", LessonFormat.summary)] {
            let list = map.allowed.map { "`\($0)`" }.joined(separator: ", ")
            #expect(errors(lesson(step: step)).contains { $0.contains("unknown key `x` in \(map.what), expected one of \(list)") }, "\(step)")
        }
        for layer in LessonFormat.layerArguments {
            let list = layer.allowed.map { "`\($0)`" }.joined(separator: ", ")
            let found = errors(lesson(step: "summary: {input: {shape: [2, 3]}, layers: [{\(layer.name): {x: 1}}]}"))
            #expect(found.contains { $0.contains("unknown key `x` in the \(layer.name) layer, expected one of \(list)") }, "\(found)")
            // Every required key is reported missing, with the table's wording.
            for key in layer.keys where key.required {
                #expect(found.contains { $0.contains("the \(layer.name) layer is missing `\(key.name)` (\(key.expected))") }, "\(found)")
            }
        }
    }

    @Test("limits in the table are the limits the parser applies")
    func limitsComeFromTheTable() {
        let t = LessonFormat.rnn["timesteps"].type.maximum!
        #expect(t == LessonLimits.maxTimesteps)
        #expect(errors(lesson(step: "rnn: {timesteps: \(t + 1), input_dim: 1, hidden_units: 1}")).first?.contains("past the limit of \(t)") == true)
        #expect(LessonFormat.quiz["choices"].type.entries?.max == LessonParser.maxChoices)
    }
}
