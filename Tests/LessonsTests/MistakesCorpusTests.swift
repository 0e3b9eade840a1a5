import Foundation
import Testing
@testable import Lessons

/// The corpus of author mistakes (`Fixtures/mistakes/`): each file's first diagnostic is at the
/// position the manifest names and says the key words that tell the author the fix; the
/// "Common mistakes" section of docs/lesson-format.md is this corpus, kept in step by a test.
@Suite("Author mistakes")
struct MistakesCorpusTests {
    /// One row of `mistakes/expected.tsv`.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var file: String
        var what: String
        var position: String
        var severity: String
        var words: [String]
        var testDescription: String { file }
    }

    static let all: [Mistake] = {
        let manifest = (try? String(contentsOfFile: fixture("mistakes/expected.tsv"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 5 else { return nil }
            return Mistake(file: cells[0], what: cells[1], position: cells[2], severity: cells[3],
                           words: cells[4].split(separator: "|").map(String.init))
        }
    }()

    /// The first diagnostic of a file: its first error, or its first warning when it is valid.
    static func first(_ file: String) -> Diagnostic? {
        let path = fixture("mistakes/" + file)
        switch Result(catching: { () throws(DiagnosticList) -> Lesson in try LessonLoader.load(path: path) }) {
        case .success(let lesson): return lesson.warnings.first
        case .failure(let list): return list.diagnostics.first
        }
    }

    @Test("the manifest lists at least 20 mistakes, one per file in the folder")
    func manifestMatchesFolder() throws {
        #expect(Self.all.count >= 20)
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture("mistakes")).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.all.map(\.file)))
        #expect(Set(Self.all.map(\.file)).count == Self.all.count, "no file listed twice")
    }

    @Test("each mistake's first diagnostic is where the manifest says and names the fix", arguments: all)
    func firstDiagnostic(_ mistake: Mistake) throws {
        let found = try #require(Self.first(mistake.file), "\(mistake.file) gives no diagnostic")
        #expect("\(found.line):\(found.column)" == mistake.position, "\(found)")
        #expect(found.severity.rawValue == mistake.severity, "\(found)")
        for word in mistake.words {
            #expect(found.message.contains(word), "`\(word)` is missing from: \(found.message)")
        }
        #expect(!found.message.contains("YAML syntax error: did not find expected"), "libyaml's words are not an author's: \(found)")
    }

    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/lesson-format.md")
    static let begin = "<!-- mistakes:begin -->"
    static let end = "<!-- mistakes:end -->"

    /// The section as the corpus gives it today.
    static func section() -> String {
        var lines = [begin]
        for mistake in all {
            let message = first(mistake.file).map { "\(mistake.file):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" } ?? "(no diagnostic)"
            lines += ["- \(mistake.what):", "", "      \(message)", ""]
        }
        lines.append(end)
        return lines.joined(separator: "\n")
    }

    @Test("docs/lesson-format.md's Common mistakes section is the corpus (RNNSTEP_UPDATE_GUIDE=1 rewrites it)")
    func guideSection() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "the guide has no \(Self.begin) marker")
        let stop = try #require(text.range(of: Self.end), "the guide has no \(Self.end) marker")
        let current = String(text[start.lowerBound..<stop.upperBound])
        let wanted = Self.section()
        if current != wanted, ProcessInfo.processInfo.environment["RNNSTEP_UPDATE_GUIDE"] == "1" {
            try text.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: wanted)
                .write(to: Self.guide, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == wanted, "run RNNSTEP_UPDATE_GUIDE=1 swift test --filter MistakesCorpusTests, then scripts/embed_guide.sh")
    }

    @Test("rnnstep guide's built-in text is docs/lesson-format.md (scripts/embed_guide.sh)")
    func embeddedGuide() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        #expect(LessonGuide.text + "\n" == text, "run scripts/embed_guide.sh")
        #expect(!LessonTemplate.starter().contains("docs/lesson-format.md"), "the starter points at rnnstep guide")
        #expect(LessonTemplate.starter().contains("rnnstep guide"))
    }
}
