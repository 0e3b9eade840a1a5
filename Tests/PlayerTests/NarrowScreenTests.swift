import Foundation
import Lessons
import Screen
import Testing
@testable import Player

/// At 60×20 the equation lines and the status line are shortened at sensible points: whole
/// terms and words with `…` where something was dropped, never a token cut in half
/// ("h_10 = tanh(z_1" reads as z_1).
@Suite struct NarrowScreenTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")
    static let size = Size(width: 60, height: 20)

    /// Every position of every rnn, lstm and gru step of `file`, as frames at `size`.
    /// True when `row` starts with `text` whole, or with its first words and ` …`, or with `…`.
    static func startsWithWords(_ row: String, _ text: String) -> Bool {
        if row.hasPrefix(text) || row.hasPrefix("…") { return true }
        let words = text.split(separator: " ").map(String.init)
        return (1..<max(1, words.count)).contains { n in
            let start = String(words[0..<n].joined(separator: " ").reversed().drop { ",;:·".contains($0) }.reversed())
            return row.hasPrefix(start + " …")
        }
    }

    static func screens(_ file: String, _ language: Language, size: Size = size) throws -> [(place: String, lines: [String])] {
        let lesson = try LessonLoader.load(path: lessons.appendingPathComponent(file).path)
        var out: [(String, [String])] = []
        for index in lesson.steps.indices {
            var state = PlayerState(deck: [lesson], language: language, size: size, colorMode: .truecolor)
            state.stepIndex = index
            guard state.timestepCount > 0 else { continue }
            for position in 0...state.timestepCount {
                state.timestep = position
                Player.prepare(&state)
                out.append(("\(file) step \(index + 1) position \(position) \(language)", Player.view(state).lines))
            }
        }
        return out
    }

    static func hints(_ language: Language) -> [String] {
        let line = language == .ko
            ? " → 다음  ← 이전  PgDn/PgUp 단계  ]/[ 레슨  L 영어  ? 도움말  q 끝내기"
            : " → next  ← back  PgDn/PgUp step  ]/[ lesson  L 한국어  ? help  q quit"
        return line.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// True when the parentheses of `text` close.
    static func balanced(_ text: String) -> Bool {
        var depth = 0
        for ch in text {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed()).trimmingCharacters(in: .init(charactersIn: " "))
    }

    @Test(arguments: [("04-numpy-rnn.yaml", Language.en), ("04-numpy-rnn.yaml", .ko), ("10-lstm.yaml", .en),
                      ("10-lstm.yaml", .ko), ("11-gru.yaml", .en), ("11-gru.yaml", .ko)])
    func equationsAndTheStatusLineEndAtWholeTerms(_ file: String, _ language: Language) throws {
        let screens = try Self.screens(file, language)
        #expect(screens.count >= 11)
        let known = Set(Self.hints(language) + ["…"])
        let lesson = try LessonLoader.load(path: Self.lessons.appendingPathComponent(file).path)
        let title = "rnnstep · " + lesson.title.text(language)
        for (place, lines) in screens {
            // The header: the lesson's title whole, or cut after a word with `…`.
            // The right side's parts are whole: a row without the title starts with one of them.
            let header = lines[0].trimmingCharacters(in: .whitespaces)
            let rightStarts = ["t = ", "step ", "단계 ", "first try", "첫 시도"]
            #expect(Self.startsWithWords(header, title) || rightStarts.contains { header.hasPrefix($0) }, "\(place): \(lines[0])")
            // The status line: whole key groups, the help and quit keys always.
            let groups = lines[Self.size.height - 1].split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(groups.allSatisfy(known.contains), "\(place): \(lines.last!)")
            #expect(groups.suffix(2) == Array(Self.hints(language).suffix(2)), "\(place): \(lines.last!)")
            // The equation rows under the header: complete, or cut after a term with " …".
            // (An equation on two lines, its second starting with `+`, is read as one.)
            var rows: [String] = []
            for line in lines[1...3].map(Self.trimmed) {
                if line.hasPrefix("+"), let previous = rows.popLast() { rows.append(previous + " " + line) } else { rows.append(line) }
            }
            for line in rows where line.contains(" = ") {
                #expect(Self.balanced(line) || line.hasSuffix(" …"), "\(place): \(line)")
                #expect(!line.hasSuffix("…") || line.hasSuffix(" …"), "\(place): \(line)")
            }
            // Any row the view shortened ends after a whole word.
            for line in lines.map(Self.trimmed) where line.hasSuffix("…") {
                #expect(line.hasSuffix(" …"), "\(place): \(line)")
            }
            // The gates' row blocks: each shown whole, or `…` for those that did not fit.
            if let blocks = lines.first(where: { $0.contains("row blocks:") || $0.contains("행 블록:") }).map(Self.trimmed) {
                let rows = try #require(blocks.firstMatch(of: /Wx \((\d+),/).flatMap { Int($0.1) })
                #expect(blocks.hasSuffix(" …") || blocks.hasSuffix("–\(rows - 1)"), "\(place): \(blocks)")
            }
        }
    }

    @Test(arguments: [Language.en, .ko])
    func theRNNCaptionKeepsTheLastTermWhole(_ language: Language) throws {
        let screens = try Self.screens("04-numpy-rnn.yaml", language)
        let last = try #require(screens.first { $0.place.contains("step 6 position 10") })
        #expect(last.lines.contains { $0.contains("z_10 = Wx·x_10 + Wh·h_9 + b,  h_10 = tanh(z_10)") },
                "\(last.lines.joined(separator: "\n"))")
    }

    @Test(arguments: [("04-numpy-rnn.yaml", Language.en), ("04-numpy-rnn.yaml", .ko), ("10-lstm.yaml", .en), ("10-lstm.yaml", .ko)])
    func aNoticeBesideTheKeysIsShortenedAtWordsAndTheKeysAtGroups(_ file: String, _ language: Language) throws {
        let lesson = try LessonLoader.load(path: Self.lessons.appendingPathComponent(file).path)
        let index = try #require(lesson.steps.indices.first { if case .rnn = lesson.steps[$0].kind { true } else if case .gated = lesson.steps[$0].kind { true } else { false } })
        var state = PlayerState(deck: [lesson], language: language, size: Self.size, colorMode: .truecolor)
        // On the computed h_t (rnn) or gate (lstm), `+` is refused with a long notice.
        Player.update(&state, keys: Array(repeating: .pageDown, count: index) + [.right, .enter, .char("+")])
        let notice = try #require(state.notice)
        let hints = Player.inspectHints(state).split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
        let row = Player.view(state).lines[Self.size.height - 1]
        let trimmed = Self.trimmed(row)
        // The notice whole, or its first words and ` …`.
        let words = notice.split(separator: " ").map(String.init)
        var shown: [String] = trimmed.hasSuffix(notice) ? [notice] : []
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            let start = words[0..<n].joined(separator: " ")
            let trimmedStart = String(start.reversed().drop { ",;:".contains($0) }.reversed())
            if trimmed.hasSuffix(trimmedStart + " …") { shown.append(trimmedStart + " …") }
        }
        let noticeShown = try #require(shown.first, "the notice cut at a word: \(row)")
        let keys = trimmed.dropLast(noticeShown.count).split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(keys.allSatisfy { hints.contains($0) || $0 == "…" }, "whole key groups: \(row)")
    }

    @Test func shortenedKeepsTokensWhole() {
        #expect(TextShortening.shortened("t = 10/10   z_10 = Wx·x_10 + Wh·h_9 + b,   h_10 = tanh(z_10)", to: 50)
                    == "t = 10/10   z_10 = Wx·x_10 + Wh·h_9 + b …")
        #expect(TextShortening.shortened("z (8,) = σ(Wx_z (8, 4)·x_1 (4,) + Wh_z (8, 8)·h_0 (8,) + b_z (8,))", to: 40)
                    == "z (8,) = σ(Wx_z (8, 4)·x_1 (4,) …")
        #expect(TextShortening.shortened("fits", to: 4) == "fits")
        #expect(TextShortening.shortened("unbreakable", to: 5) == "…")
        #expect(TextShortening.fittedGroups(" → next  ← back  PgDn/PgUp step  ]/[ lesson  L 한국어  ? help  q quit", to: 60, keepLast: 2)
                    == " → next  ← back  PgDn/PgUp step  …  ? help  q quit")
    }
}
