import Foundation
import Testing

/// `render --all`: every step of the deck as text, each screen the one `render --keys` shows.
@Suite struct RenderAllTests {
    @Test func everyStepOnceAndEachTimedStepAlsoAtItsEnd() throws {
        let result = try Harness.rnnstep(["render", "--all", "lessons", "--size", "80x24", "--lang", "en"], cwd: Harness.packageRoot)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("── lesson ") }
        let check = try Harness.rnnstep(["check", "lessons"], cwd: Harness.packageRoot)
        // "11 lessons, 90 steps: ok": every step once, plus the last position of each timed one.
        let steps = try #require(check.stderr.firstMatch(of: /(\d+) steps/).flatMap { Int($0.1) })
        let timed = headers.filter { $0.contains(" · position 0/") }.count
        #expect(timed > 0)
        #expect(headers.count == steps + timed)
        // The second step of lesson 1 is what `render --keys n` prints.
        let single = try Harness.rnnstep(["render", "lessons", "--size", "80x24", "--lang", "en", "--keys", "n"], cwd: Harness.packageRoot)
        let marker = "── lesson 1/11 · step 2/3 ──\n"
        let start = try #require(result.stdout.range(of: marker))
        #expect(result.stdout[start.upperBound...].hasPrefix(single.stdout), "lesson 1 step 2 differs from render --keys n")
    }

    @Test func allWithKeysIsAUsageError() throws {
        let result = try Harness.rnnstep(["render", "--all", "--keys", "n", "lessons"], cwd: Harness.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--all"))
    }
}
