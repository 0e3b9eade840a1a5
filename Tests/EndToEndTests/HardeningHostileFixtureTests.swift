import Foundation
import Testing

/// Every committed hostile lesson through the real binary: `rnnstep check FILE` as a process.
@Suite(.timeLimit(.minutes(2))) struct HardeningHostileFixtureTests {
    static let folder = Harness.packageRoot.appendingPathComponent("Tests/LessonsTests/Fixtures/hostile")

    /// `expected.tsv`'s committed files: name and the first diagnostic without the path, or nil for `ok`.
    static func cases() throws -> [(file: String, expected: String?)] {
        let tsv = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        return tsv.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            return (parts[0], parts[1] == "ok" ? nil : parts[1])
        }
    }

    /// The cases too large to commit, as `HostileCase.generated` in LessonsTests builds them.
    static func generated(_ name: String) -> String {
        let head = "title: x\nsteps:\n  - "
        switch name {
        case "file-too-large":
            return head + "text: a\n" + String(repeating: "# padding\n", count: 10_000_000 / 10)
        case "huge-scalar":
            return head + "text: " + String(repeating: "a", count: 2_000_000) + "\n"
        case "huge-unknown-key":
            return head + "text: a\n" + String(repeating: "k", count: 1_000_000) + ": v\n"
        case "ten-megabytes-of-numbers":
            return head + "rnn: {timesteps: 1, input_dim: 1, hidden_units: 1, b: [\(String(repeating: "0,", count: 4_900_000))0]}\n"
        case "ten-megabytes-of-maps":
            return "title: x\nsteps: [" + String(repeating: "{},", count: 3_300_000) + "{}]\n"
        case "ten-megabytes-of-steps":
            return "title: x\nsteps:\n" + String(repeating: "- text: a\n", count: 999_000)
        default:
            Issue.record("expected.tsv names an unknown generated case \(name)")
            return ""
        }
    }

    @Test func checkHandlesEveryHostileLesson() throws {
        let cases = try Self.cases()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(cases.map(\.file).filter { !$0.hasPrefix("generated:") }) == Set(files),
                "expected.tsv and the folder's .yaml files differ")
        let generatedDir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: generatedDir) }
        #expect(cases.count >= 70, "only \(cases.count) hostile lessons")

        var times: [(file: String, seconds: Double)] = []
        for (file, expected) in cases {
            var path = Self.folder.appendingPathComponent(file).path
            if file.hasPrefix("generated:") {
                let name = String(file.dropFirst("generated:".count))
                path = generatedDir.appendingPathComponent(name + ".yaml").path
                try Data(Self.generated(name).utf8).write(to: URL(fileURLWithPath: path))
            }
            let start = Date()
            let result = try Harness.rnnstep(["check", path], environment: ["SWIFT_BACKTRACE": "enable=yes"])
            times.append((file, Date().timeIntervalSince(start)))
            let firstLine = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if let expected {
                #expect(result.status == 1, "\(file): exit \(result.status), expected 1; stderr:\n\(result.stderr)")
                #expect(firstLine == "\(path):\(expected)", "\(file): first line of stderr is\n\(firstLine)\nexpected\n\(path):\(expected)")
            } else {
                #expect(result.status == 0, "\(file) is valid, but check exited \(result.status); stderr:\n\(result.stderr)")
                #expect(!result.stderr.contains("error"), "\(file) is valid, but check reports:\n\(result.stderr)")
            }
            for trace in ["Fatal error", "Stack dump", "Backtrace", "Crash", "💣"] {
                #expect(!result.stderr.contains(trace) && !result.stdout.contains(trace),
                        "\(file): `\(trace)` in the output:\n\(result.stderr)")
            }
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
                    "\(file): raw control characters on stderr: \(result.stderr.debugDescription)")
        }
        let slowest = times.sorted { $0.seconds > $1.seconds }.prefix(5)
        let total = times.reduce(0) { $0 + $1.seconds }
        print("hostile lessons: \(times.count) checked in \(String(format: "%.2f", total)) s; slowest: "
              + slowest.map { "\($0.file) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", "))
    }
}
