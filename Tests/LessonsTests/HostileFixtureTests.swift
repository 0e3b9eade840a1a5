import Foundation
import Testing
@testable import Lessons
import RNNCore

/// One hostile or mistaken lesson from `Fixtures/hostile/expected.tsv`.
struct HostileCase: CustomTestStringConvertible, Sendable {
    /// The fixture's file name, or `generated:NAME` for a case built by `HostileCase.generated`.
    let name: String
    /// The expected first diagnostic without its path (`line:col: error: message`), or `ok`.
    let expected: String

    var testDescription: String { name }

    /// Every case in the manifest, in its order. Lines are `NAME<TAB>EXPECTED`; `#` starts a comment.
    static let all: [HostileCase] = {
        let manifest = try! String(contentsOfFile: fixture("hostile/expected.tsv"), encoding: .utf8)
        return manifest.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
            return HostileCase(name: String(line[..<tab]), expected: String(line[line.index(after: tab)...]))
        }
    }()

    /// The file's bytes: read from the fixture folder, or generated for cases too large to commit.
    func bytes() -> Data {
        guard name.hasPrefix("generated:") else {
            return FileManager.default.contents(atPath: fixture("hostile/" + name))!
        }
        return Data(HostileCase.generated(String(name.dropFirst("generated:".count))).utf8)
    }

    /// Cases too large to commit, by name.
    static func generated(_ name: String) -> String {
        let head = "title: x\nsteps:\n  - "
        switch name {
        case "file-too-large":
            return head + "text: a\n" + String(repeating: "# padding\n", count: LessonLimits.maxFileBytes / 10)
        case "huge-scalar":
            return head + "text: " + String(repeating: "a", count: 2_000_000) + "\n"
        case "huge-unknown-key":
            return head + "text: a\n" + String(repeating: "k", count: 1_000_000) + ": v\n"
        case "ten-megabytes-of-numbers":
            let numbers = String(repeating: "0,", count: 4_900_000)
            return head + "rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, b: [\(numbers)0]}\n"
        case "ten-megabytes-of-maps":
            return "title: x\nsteps: [" + String(repeating: "{},", count: 3_300_000) + "{}]\n"
        case "ten-megabytes-of-steps":
            return "title: x\nsteps:\n" + String(repeating: "- text: a\n", count: 999_000)
        default:
            preconditionFailure("no generated hostile case named \(name)")
        }
    }
}

/// Each hostile lesson ends with exactly its expected first diagnostic (or parses, when `ok`), and
/// no diagnostic carries a raw control character, DEL, C1 control or bidi override.
@Suite struct HostileFixtureTests {
    @Test(arguments: HostileCase.all)
    func hostileLesson(_ hostile: HostileCase) {
        let data = hostile.bytes()
        var lines: [String] = []
        do {
            _ = try LessonLoader.parse(data, path: hostile.name)
        } catch {
            lines = error.diagnostics.map(\.description)
        }
        let first = lines.first.map { String($0.dropFirst(hostile.name.count + 1)) } ?? "ok"
        #expect(first == hostile.expected)
        for line in lines {
            let raw = line.unicodeScalars.filter(SafeText.needsEscape)
            #expect(raw.isEmpty, "raw \(raw.map { String($0.value, radix: 16) }) in \(line.debugDescription)")
        }
    }

    @Test func manifestCoversEveryFixture() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture("hostile"))
            .filter { $0.hasSuffix(".yaml") }
        let listed = Set(HostileCase.all.map(\.name))
        #expect(files.filter { !listed.contains($0) }.sorted() == [])
        #expect(HostileCase.all.count >= 30)
    }
}

/// Regression for the fuzzer's first finding (hostile/fuzz-leak-last-lesson-kept-alive.yaml):
/// the worker thread of `LargeStack` kept the last parse result alive after `run` returned.
@Suite struct LargeStackTests {
    final class Probe: Sendable {}

    @Test func resultIsNotKeptByTheWorkerThread() {
        weak var weakProbe: Probe?
        do {
            let probe = LargeStack.run { Probe() }
            weakProbe = probe
            #expect(weakProbe != nil)
        }
        #expect(weakProbe == nil)
    }
}

/// What `check` accepts, the engine can compute: `KerasSummary(spec)` and `RNNRun(spec:)` never
/// throw for a parsed lesson (the bundled deck, the fixtures and the hostile cases marked ok).
@Suite struct AcceptedLessonsComputeTests {
    static let files: [String] = {
        let deck = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../lessons").standardized.path
        let (deckFiles, _) = LessonLoader.deckPaths([deck])
        let fixtures = ["chapter.yaml", "worked-example.yaml"].map(fixture)
        let hostile = HostileCase.all.filter { $0.expected == "ok" && !$0.name.hasPrefix("generated:") }
            .map { fixture("hostile/" + $0.name) }
        return deckFiles + fixtures + hostile
    }()

    @Test func thereAreLessonsToCheck() {
        #expect(Self.files.count >= 10)
    }

    @Test(arguments: files)
    func enginesAcceptWhatTheParserAccepts(_ path: String) throws {
        let lesson = try LessonLoader.load(path: path)
        for step in lesson.steps {
            switch step.kind {
            case .summary(let spec): _ = try KerasSummary(spec)
            case .rnn(let spec): _ = try RNNRun(spec: spec).completed().states
            case .gated(let spec): _ = try GatedRun(spec: spec).completed()
            case .text, .code, .quiz, .diagram: continue
            }
        }
    }
}
