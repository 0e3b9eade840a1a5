import Foundation
import Lessons
import Testing

/// Keeps docs/lesson-format.md true: every ```yaml example parses, except those marked
/// `<!-- invalid -->`, which must fail.
@Suite("Authoring guide")
struct AuthoringGuideTests {
    /// One fenced example of the guide.
    struct Example {
        var line: Int
        var text: String
        var invalid: Bool
    }

    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/lesson-format.md")

    /// The ```yaml blocks of the guide, with the line each starts on.
    static func examples() throws -> [Example] {
        let lines = try String(contentsOf: guide, encoding: .utf8).components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            guard lines[index].trimmingCharacters(in: .whitespaces) == "```yaml" else { index += 1; continue }
            var previous = index - 1
            while previous >= 0, lines[previous].trimmingCharacters(in: .whitespaces).isEmpty { previous -= 1 }
            let invalid = previous >= 0 && lines[previous].trimmingCharacters(in: .whitespaces) == "<!-- invalid -->"
            let start = index + 1
            var end = start
            while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
            examples.append(Example(line: start + 1, text: lines[start..<end].joined(separator: "\n") + "\n", invalid: invalid))
            index = end + 1
        }
        return examples
    }

    @Test("every YAML example in the guide parses, and the invalid ones fail")
    func examplesParse() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 10)
        #expect(examples.contains { $0.invalid })
        for example in examples {
            let found = errors(example.text, path: "lesson-format.md:\(example.line)")
            if example.invalid {
                #expect(!found.isEmpty, "the example at docs/lesson-format.md:\(example.line) is marked invalid but parses")
            } else {
                #expect(found.isEmpty, "the example at docs/lesson-format.md:\(example.line) fails: \(found)")
            }
        }
    }

    @Test("the guide shows every step kind and names every limit")
    func guideIsComplete() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let examples = try Self.examples().filter { !$0.invalid }.map(\.text).joined()
        for kind in ["text", "code", "summary", "rnn", "quiz", "diagram"] {
            #expect(text.contains("### `\(kind)`"), "a section for \(kind)")
            #expect(examples.contains("- \(kind):"), "a valid example with a \(kind) step")
        }
        for limit in ["maxFileBytes", "maxSteps", "maxTimesteps", "maxRNNNumbers", "maxLayers", "maxLayerSize",
                      "maxInputRank", "maxTextLength", "maxDepth", "maxValues"] {
            #expect(text.contains(limit), "the guide names \(limit)")
        }
        #expect(text.contains("np.random.randn"))
        #expect(text.contains("--format json"))
    }
}
