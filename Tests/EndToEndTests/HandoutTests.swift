import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `rnnstep handout`: the file it writes, `-o -`, and its errors in the house form.
@Suite struct HandoutTests {
    /// True when `text` is well-formed XML (a real parser: Foundation's XMLParser).
    static func wellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test func writesOnePageForTheShippedDeckAndTheSameToStandardOutput() throws {
        let dir = try Harness.temporaryDirectory()
        let file = dir.appendingPathComponent("handout.html").path
        let result = try Harness.rnnstep(["handout", "lessons", "-o", file, "--lang", "ko", "--size", "80x24"], cwd: Harness.packageRoot)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("wrote \(file): ") && result.stderr.contains(" lessons, "), "\(result.stderr)")
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(Self.wellFormed(page))
        #expect(page.contains("lang=\"ko\"") && page.contains("<h3>레슨 4 · 단계 6/9 · RNN 계산 · t = 5/10 — 중간</h3>"))
        #expect(page.contains("@media print"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["handout.html"], "no temporary file left")
        let out = try Harness.rnnstep(["handout", "lessons", "-o", "-", "--lang", "ko", "--size", "80x24"], cwd: Harness.packageRoot)
        #expect(out.status == 0 && out.stderr.isEmpty)
        #expect(out.stdout == page)
    }

    @Test func withoutAPathItUsesTheBuiltInDeckOutsideAProject() throws {
        let dir = try Harness.temporaryDirectory()
        let result = try Harness.rnnstep(["handout", "-o", "-", "--lang", "en"], cwd: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.wellFormed(result.stdout))
        #expect(result.stdout.contains("<h3>Lesson 10 · step "))
    }

    @Test func aBrokenLessonIsReportedAndNoFileWritten() throws {
        let lesson = try Harness.writeLesson("title: t\nsteps:\n  - rnn: {timesteps: two}\n")
        let out = URL(fileURLWithPath: lesson).deletingLastPathComponent().appendingPathComponent("out.html").path
        let result = try Harness.rnnstep(["handout", lesson, "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(lesson):3:"))
        #expect(result.stderr.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func anUnwritablePlaceIsOneLineInTheHouseForm() throws {
        let lesson = try Harness.writeLesson("title: t\nsteps:\n  - text: x\n")
        let out = "/nonexistent-folder-\(UUID().uuidString)/h.html"
        let result = try Harness.rnnstep(["handout", lesson, "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(out):1:1: error: cannot write the handout"), "stderr: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func withoutOutputOrWithABadSizeItIsAUsageError() throws {
        let missing = try Harness.rnnstep(["handout", "lessons"], cwd: Harness.packageRoot)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--output"))
        let size = try Harness.rnnstep(["handout", "lessons", "-o", "-", "--size", "huge"], cwd: Harness.packageRoot)
        #expect(size.status == 2)
        #expect(size.stderr.contains("--size"))
        let small = try Harness.rnnstep(["handout", "lessons", "-o", "-", "--size", "59x20"], cwd: Harness.packageRoot)
        #expect(small.status == 2)
        #expect(small.stderr.contains("at least 60x20"))
    }
}
