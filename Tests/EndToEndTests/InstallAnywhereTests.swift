import Foundation
import Testing

/// A copied binary carries the chapter's deck; `./lessons` wins when it exists; `lessons export`.
@Suite struct InstallAnywhereTests {
    /// The binary copied once, alone, into a fresh folder (copied once so that no test execs a
    /// copy that another test is still writing).
    static let copy: Result<String, Error> = Result {
        let folder = try Harness.temporaryDirectory()
        let copy = folder.appendingPathComponent("rnnstep").path
        try FileManager.default.copyItem(atPath: Harness.binary, toPath: copy)
        return copy
    }

    /// The copied binary and a fresh empty folder to run it in (the copy's own folder holds only it).
    static func copiedBinary() throws -> (binary: String, folder: URL) {
        let binary = try copy.get()
        return (binary, try Harness.temporaryDirectory())
    }

    /// Runs the copy in `folder`, again while exec says "Text file busy": a child forked by a
    /// concurrent test while the copy was open for writing can hold it for a moment.
    static func run(_ binary: String, _ arguments: [String], in folder: URL) throws -> Harness.Result {
        var result = try Harness.run(binary, arguments, cwd: folder)
        for _ in 0..<50 where result.status == 126 && result.stderr.contains("Text file busy") {
            usleep(100_000)
            result = try Harness.run(binary, arguments, cwd: folder)
        }
        return result
    }

    @Test func theCopyRunsAloneInItsOwnFolder() throws {
        let binary = try Self.copy.get()
        let folder = URL(fileURLWithPath: binary).deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rnnstep"])
        let result = try Self.run(binary, ["render", "--size", "80x24", "--color", "none", "--lang", "en"], in: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("How to use rnnstep"))
    }

    @Test func aCopiedBinaryInAnEmptyFolderRendersLessonOneFromTheBuiltInDeck() throws {
        let (binary, folder) = try Self.copiedBinary()
        let result = try Self.run(binary, ["render", "--size", "80x24", "--color", "none", "--lang", "en"], in: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("How to use rnnstep"), "stdout: \(result.stdout)")
        #expect(Harness.stepPosition(result.stdout)?.step == 1)
        // PgDn … through the deck: `]` reaches the next built-in lesson.
        let next = try Self.run(binary, ["render", "--size", "80x24", "--color", "none", "--lang", "en", "--keys", "]"], in: folder)
        #expect(next.status == 0)
        #expect(!next.stdout.contains("How to use rnnstep"), "] stays in lesson 01")
    }

    @Test func aLessonsFolderInTheWorkingDirectoryWinsOverTheBuiltInDeck() throws {
        let (binary, folder) = try Self.copiedBinary()
        let lessons = folder.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try "title: Only mine\nsteps:\n  - text: Hello from my folder.\n"
            .write(to: lessons.appendingPathComponent("01-mine.yaml"), atomically: true, encoding: .utf8)
        let result = try Self.run(binary, ["render", "--size", "80x24", "--color", "none"], in: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Only mine") && result.stdout.contains("Hello from my folder."))
    }

    @Test func exportWritesTheDeckAndItsSchemaAndRefusesToOverwrite() throws {
        let (binary, folder) = try Self.copiedBinary()
        let result = try Self.run(binary, ["lessons", "export", "mine"], in: folder)
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
        let check = try Self.run(binary, ["check", "mine"], in: folder)
        #expect(check.status == 0, "stderr: \(check.stderr)")

        let again = try Self.run(binary, ["lessons", "export", "mine"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains(":1:1: error:") && again.stderr.contains("--force"), "stderr: \(again.stderr)")
        let forced = try Self.run(binary, ["lessons", "export", "--force", "mine"], in: folder)
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
    }

    @Test func watchingTheBuiltInDeckIsRefused() throws {
        let (binary, folder) = try Self.copiedBinary()
        let result = try Self.run(binary, ["play", "--watch"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lessons export"), "stderr: \(result.stderr)")
    }
}
