import Foundation
import Testing

/// `rnnstep render`: the screen that play would show, as text.
@Suite(.timeLimit(.minutes(2))) struct RenderTests {
    static let numpyLesson = Harness.packageRoot.appendingPathComponent("lessons/04-numpy-rnn.yaml").path
    /// The keys from the first step to t = 1 of the NumPy lesson's first rnn step (its sixth step).
    static let firstTimestep = "<pgdn><pgdn><pgdn><pgdn><pgdn><right>"

    @Test func renderFillsExactlyTheSize() throws {
        let result = try Harness.rnnstep(["render", Self.numpyLesson, "--size", "120x40", "--keys", Self.firstTimestep,
                                          "--color", "none"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = Harness.lines(result.stdout)
        #expect(lines.count == 40)
        for (i, line) in lines.enumerated() {
            #expect(Harness.displayWidth(line) <= 120, "line \(i + 1) is \(Harness.displayWidth(line)) wide")
        }
        #expect(result.stdout.contains("t = 1/10"))
        #expect(result.stdout.contains("Wx (8, 4)"))
        for value in ["0.91170118", "0.93488513", "0.85123792", "0.97864588"] {
            #expect(result.stdout.contains(value))
        }
    }

    @Test func scrollingPastTheEndStopsAtTheLastPageAndKBringsTheTextBack() throws {
        let lesson = Harness.packageRoot.appendingPathComponent("lessons/01-how-to-use.yaml").path
        for (keys, expectation) in [("jjjjjjjjjj", "the last page"), ("jjjjjjjjjjk", "one row up")] {
            let result = try Harness.rnnstep(["render", lesson, "--size", "80x24", "--keys", keys, "--lang", "en", "--color", "none"])
            #expect(result.status == 0)
            let body = Harness.lines(result.stdout).dropFirst(2).dropLast()
            #expect(body.contains { $0.contains("rnnstep") || $0.contains("q:") }, "\(expectation) shows text:\n\(result.stdout)")
            #expect(body.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count >= 3,
                    "after `\(keys)` the page is nearly empty:\n\(result.stdout)")
        }
    }

    @Test func koreanTextFitsTheWidth() throws {
        let deck = Harness.packageRoot.appendingPathComponent("lessons").path
        let result = try Harness.rnnstep(["render", deck, "--size", "80x24", "--lang", "ko", "--color", "none"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("rnnstep 사용법"))
        let lines = Harness.lines(result.stdout)
        #expect(lines.count == 24)
        for line in lines { #expect(Harness.displayWidth(line) <= 80, "too wide: \(line)") }
    }

    @Test func color256WritesOnlySGREscapes() throws {
        let result = try Harness.rnnstep(["render", Self.numpyLesson, "--size", "120x40", "--keys", Self.firstTimestep,
                                          "--color", "256"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{1B}["), "no escapes at all in --color 256")
        #expect(result.stdout.contains("48;5;"), "no 256-colour background in the heatmaps")
        let escapes = result.stdout.components(separatedBy: "\u{1B}").dropFirst()
        for rest in escapes {
            #expect(rest.prefixMatch(of: /\[[0-9;]*m/) != nil, "not an SGR escape: \(rest.prefix(12).debugDescription)")
        }
        // Without the escapes, the text has the same shape as the plain render.
        let lines = Harness.lines(Harness.stripSGR(result.stdout))
        #expect(lines.count == 40)
        for line in lines { #expect(Harness.displayWidth(line) <= 120) }
    }

    @Test func colorNoneWritesNoEscapes() throws {
        let result = try Harness.rnnstep(["render", Self.numpyLesson, "--size", "120x40", "--keys", Self.firstTimestep,
                                          "--color", "none"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("neg"), "the glyph legend is missing in --color none")
    }

    @Test(arguments: [["--keys", "<bogus>"], ["--size", "0x5"], ["--size", "120"], ["--color", "purple"]])
    func badRenderOptionsAreUsageErrors(_ options: [String]) throws {
        let result = try Harness.rnnstep(["render", Self.numpyLesson] + options)
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// Every step of every lesson of the deck, at 80×24 and 120×40.
    @Test(arguments: try Harness.deckLessons())
    func everyStepOfEveryLessonFits(_ path: String) throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let first = try Harness.rnnstep(["render", path, "--size", "\(width)x\(height)", "--lang", "en",
                                             "--color", "none"])
            #expect(first.status == 0, "\(path): \(first.stderr)")
            let position = try #require(Harness.stepPosition(first.stdout), "no `step k/N` in:\n\(first.stdout)")
            #expect(position.step == 1)
            for k in 0..<position.count {
                for lang in ["en", "ko"] {
                    let keys = String(repeating: "<pgdn>", count: k)
                    let result = try Harness.rnnstep(["render", path, "--size", "\(width)x\(height)", "--keys", keys,
                                                      "--lang", lang, "--color", "none"])
                    let label = "\(URL(fileURLWithPath: path).lastPathComponent) step \(k + 1) \(lang) \(width)x\(height)"
                    #expect(result.status == 0, "\(label): \(result.stderr)")
                    let lines = Harness.lines(result.stdout)
                    #expect(lines.count == height, "\(label): \(lines.count) lines")
                    for (i, line) in lines.enumerated() {
                        #expect(Harness.displayWidth(line) <= width,
                                "\(label): line \(i + 1) is \(Harness.displayWidth(line)) columns: \(line)")
                    }
                    if lang == "en" {
                        #expect(Harness.stepPosition(result.stdout)?.step == k + 1, "\(label): wrong step in header")
                    }
                }
            }
        }
    }
}
