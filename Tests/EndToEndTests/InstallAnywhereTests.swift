import Foundation
import Testing

/// A copied binary carries the chapter's deck; `./lessons` wins when it exists; `lessons export`.
@Suite struct InstallAnywhereTests {
    /// The binary copied alone into a fresh empty folder.
    static func copiedBinary() throws -> (binary: String, folder: URL) {
        let folder = try Harness.temporaryDirectory()
        let copy = folder.appendingPathComponent("rnnstep").path
        try FileManager.default.copyItem(atPath: Harness.binary, toPath: copy)
        return (copy, folder)
    }

    @Test func aCopiedBinaryInAnEmptyFolderRendersLessonOneFromTheBuiltInDeck() throws {
        let (binary, folder) = try Self.copiedBinary()
        let result = try Harness.run(binary, ["render", "--size", "80x24", "--color", "none", "--lang", "en"], cwd: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("How to use rnnstep"), "stdout: \(result.stdout)")
        #expect(Harness.stepPosition(result.stdout)?.step == 1)
        // PgDn … through the deck: `]` reaches the next built-in lesson.
        let next = try Harness.run(binary, ["render", "--size", "80x24", "--color", "none", "--lang", "en", "--keys", "]"], cwd: folder)
        #expect(next.status == 0)
        #expect(!next.stdout.contains("How to use rnnstep"), "] stays in lesson 01")
    }

    @Test func aLessonsFolderInTheWorkingDirectoryWinsOverTheBuiltInDeck() throws {
        let (binary, folder) = try Self.copiedBinary()
        let lessons = folder.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try "title: Only mine\nsteps:\n  - text: Hello from my folder.\n"
            .write(to: lessons.appendingPathComponent("01-mine.yaml"), atomically: true, encoding: .utf8)
        let result = try Harness.run(binary, ["render", "--size", "80x24", "--color", "none"], cwd: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Only mine") && result.stdout.contains("Hello from my folder."))
    }

    @Test func exportWritesTheDeckAndItsSchemaAndRefusesToOverwrite() throws {
        let (binary, folder) = try Self.copiedBinary()
        let result = try Harness.run(binary, ["lessons", "export", "mine"], cwd: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let out = folder.appendingPathComponent("mine")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let shipped = try Harness.deckLessons().map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(written == (shipped + ["schema.json"]).sorted())
        for name in shipped + ["schema.json"] {
            let original = try Data(contentsOf: Harness.packageRoot.appendingPathComponent("lessons/\(name)"))
            let exported = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(original == exported, "\(name) differs from lessons/")
        }
        let check = try Harness.run(binary, ["check", "mine"], cwd: folder)
        #expect(check.status == 0, "stderr: \(check.stderr)")

        let again = try Harness.run(binary, ["lessons", "export", "mine"], cwd: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains(":1:1: error:") && again.stderr.contains("--force"), "stderr: \(again.stderr)")
        let forced = try Harness.run(binary, ["lessons", "export", "--force", "mine"], cwd: folder)
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
    }

    @Test func watchingTheBuiltInDeckIsRefused() throws {
        let (binary, folder) = try Self.copiedBinary()
        let result = try Harness.run(binary, ["play", "--watch"], cwd: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lessons export"), "stderr: \(result.stderr)")
    }
}
