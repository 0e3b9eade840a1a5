import Foundation
import Lessons
import Screen
import Testing
@testable import Player

/// Nothing on the player's screens is cut in the middle of a word, number, shape or label at
/// 80×24 and 60×20, in Korean and English: every step of the shipped deck as `render --all`
/// shows it, and the timed steps also at t = 1, the middle and the end, in inspect mode (Enter),
/// with the history as lines (v) and in the backward view (b).
@Suite struct NoCutTests {
    static let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path

    static func deck() throws -> [Lesson] {
        let (paths, problems) = LessonLoader.deckPaths([lessonsFolder])
        #expect(problems.isEmpty)
        return try paths.map { try LessonLoader.load(path: $0) }
    }

    /// Every screen of the walk: a name and the frame's rows.
    static func screens(_ deck: [Lesson], size: Size, language: Language) -> [(name: String, rows: [String], lesson: Int)] {
        var out: [(String, [String], Int)] = []
        let start = PlayerState(deck: deck, language: language, size: size, colorMode: .none)
        for lesson in deck.indices {
            for step in deck[lesson].steps.indices {
                var state = start
                state.lessonIndex = lesson
                state.stepIndex = step
                let count = state.timestepCount
                let positions = count > 0 ? Array(Set([0, 1, (count + 1) / 2, count])).sorted() : [0]
                let views: [(String, [Key])] = count > 0
                    ? [("", []), (" inspect", [.enter]), (" inspect ↓↓", [.enter, .down, .down]), (" lines", [.char("v")]),
                       (" backward", [.char("b")]), (" backward ←", [.char("b"), .right])]
                    : [("", [])]
                for position in positions {
                    for (view, keys) in views {
                        var shown = state
                        shown.timestep = position
                        Player.prepare(&shown)
                        Player.update(&shown, keys: keys)
                        let name = "lesson \(lesson + 1) step \(step + 1) position \(position)\(view) \(size.width)×\(size.height) \(language)"
                        out.append((name, Player.view(shown).lines, shown.lessonIndex))
                    }
                }
            }
        }
        return out
    }

    /// The change of depth over `row`, and the lowest depth reached on the way (below 0 when the
    /// row closes a parenthesis opened before it).
    static func depths(_ row: String) -> (end: Int, lowest: Int) {
        var depth = 0, lowest = 0
        for ch in row {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth -= 1; lowest = min(lowest, depth) }
        }
        return (depth, lowest)
    }

    /// Rows that open a `(` and neither close it, nor say with `…` that they were shortened,
    /// nor go on to a row that closes it (a two-line equation, a wrapped sentence, Python's
    /// continuation lines): `은닉 상태 (3, 5`, `∂L/∂h_7 (8,`.
    static func unclosed(_ rows: [String]) -> [String] {
        var bad: [String] = []
        for (i, row) in rows.enumerated() where depths(row).end > 0 && !row.contains("…") {
            let next = i + 1 < rows.count ? rows[i + 1] : ""
            // (A continuation row that was itself shortened says so with its own `…`.)
            if depths(next).lowest >= 0, !next.contains("…") { bad.append(row) }
        }
        return bad
    }

    /// A legend row whose colour scale lost its bar or an end (`partial sums -6.6` with no bar,
    /// `▕■@` cut): every bar is closed and followed by a whole range end, and the row ends with one.
    static func cutScales(_ rows: [String]) -> [String] {
        rows.filter { row in
            guard row.contains("▕") else { return false }
            let opens = row.filter { $0 == "▕" }.count
            let ends = row.matches(of: /▏ [+-]?[0-9.]+(e[+-][0-9]+)?( |$)/).count
            let trimmed = String(row.reversed().drop { $0 == " " }.reversed())
            return opens != ends || trimmed.wholeMatch(of: /.*▏ [+-]?[0-9.]+(e[+-][0-9]+)?/) == nil
        }
    }

    /// True when the header's left side is ` rnnstep · title (n/11)` whole, or its first words
    /// and ` …` (` rnnstep …`), or the header starts with its right side (no title at all).
    static func headerTitleWhole(_ header: String, title: String) -> Bool {
        let full = " rnnstep · " + title
        if header.hasPrefix(full + " ") || !header.hasPrefix(" rnnstep") { return true }
        guard let dots = header.range(of: " …") else { return header.hasPrefix(" rnnstep ") && !header.hasPrefix(" rnnstep · ") }
        let kept = String(header[..<dots.lowerBound])
        return full.hasPrefix(kept) && (full.dropFirst(kept.count).first == " ")
    }

    static let cases: [(Size, Language)] = [(Size(width: 80, height: 24), .ko), (Size(width: 80, height: 24), .en),
                                            (Size(width: 60, height: 20), .ko), (Size(width: 60, height: 20), .en)]

    @Test("no ( is left open by a cut, at 80×24 and 60×20, ko and en", arguments: 0..<4)
    func parenthesesClose(_ index: Int) throws {
        let (size, language) = NoCutTests.cases[index]
        let deck = try NoCutTests.deck()
        var failures: [String] = []
        for screen in NoCutTests.screens(deck, size: size, language: language) {
            failures += NoCutTests.unclosed(screen.rows).map { "\(screen.name): |\($0)|" }
        }
        #expect(failures.isEmpty, "\(failures.count) rows cut inside (…):\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test("legend scales keep both ends, header titles give way at a word", arguments: 0..<4)
    func legendsAndHeaders(_ index: Int) throws {
        let (size, language) = NoCutTests.cases[index]
        let deck = try NoCutTests.deck()
        var failures: [String] = []
        for screen in NoCutTests.screens(deck, size: size, language: language) {
            failures += NoCutTests.cutScales(screen.rows).map { "\(screen.name): |\($0)|" }
            let title = deck[screen.lesson].title.text(language) + " (\(screen.lesson + 1)/\(deck.count))"
            if !NoCutTests.headerTitleWhole(screen.rows[0], title: title) {
                failures.append("\(screen.name): header |\(screen.rows[0])|")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) cut scales or titles:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test("the rules catch the cuts reviewers saw")
    func rulesCatchKnownCuts() {
        #expect(NoCutTests.unclosed(["   h_2 (5,)   h_3 (5,)    은닉 상태 (3, 5", "   -.92       0.66      1  ··--"]).count == 1)
        #expect(NoCutTests.unclosed([" h_t (3,) = tanh( Wx (3, 2) · x_t (2,)", "   + Wh (3, 3) · h_{t-1} (3,) + b (3,) )"]).isEmpty)
        #expect(NoCutTests.unclosed([" h_1 = tanh(Wx·x_1 + Wh·h_0 …"]).isEmpty)
        #expect(NoCutTests.cutScales([" weights, states -1.0 ▕■≡==-·+**#@▏ +1.0  partial sums -6.6"]).count == 1)
        #expect(NoCutTests.cutScales([" ∂L/∂h, δ -1.0e+0 ▕■≡-·+#@▏ +1.0e+0  dW, db -2.1e-1 ▕■@"]).count == 1)
        #expect(NoCutTests.cutScales([" ∂L/∂h, δ -1.0e+0 ▕■@▏ +1.0e+0  dW, db -2.1e-1 ▕■@▏ +2.1e-1"]).isEmpty)
        #expect(!NoCutTests.headerTitleWhole(" rnnstep · 깊은 순환 신경   2층", title: "깊은 순환 신경망 (5/11)"))
        #expect(NoCutTests.headerTitleWhole(" rnnstep · 깊은 순환 …   2층", title: "깊은 순환 신경망 (5/11)"))
    }
}
