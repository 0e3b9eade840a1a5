import Foundation
import Testing
import Lessons
import Player
import Screen
@testable import rnnstep

/// `rnnstep handout`'s page, read back with a real XML parser: well-formed, every step's heading
/// and screen, rnn/lstm/gru steps at t = 1, the middle and T, colours as spans, lesson text escaped.
@Suite struct HandoutPageTests {
    static func page(_ deck: [Lesson], _ language: Language, size: Size = Size(width: 100, height: 30)) -> String {
        HandoutPage(start: PlayerState(deck: deck, language: language, size: size, colorMode: .truecolor)).html()
    }

    @Test func theMiddleOfTenIsFiveAndShortRunsRepeatNoTimestep() {
        #expect(HandoutPage.timesteps(10) == [1, 5, 10])
        #expect(HandoutPage.timesteps(4) == [1, 2, 4])
        #expect(HandoutPage.timesteps(2) == [1, 2])
        #expect(HandoutPage.timesteps(1) == [1])
    }

    @Test(arguments: [Language.en, .ko])
    func theShippedDeckHasEveryStepAndEachTimedStepAtOneMiddleAndT(_ language: Language) throws {
        let deck = try BuiltInDeck.lessons()
        let html = Self.page(deck, language)
        let doc = XHTMLDocument(html)
        #expect(doc.error == nil, "not well-formed: \(String(describing: doc.error))")
        #expect(!doc.elements.contains("script"))
        #expect(!html.contains("src=") && !html.contains("<link"), "self-contained")
        let ko = language == .ko
        var expected: [String] = []
        var timed: [(head: String, index: Int, t: Int, total: Int?)] = []
        for (l, lesson) in deck.enumerated() {
            for (s, step) in lesson.steps.enumerated() {
                let head = "\(ko ? "레슨" : "Lesson") \(l + 1) · \(ko ? "단계" : "step") \(s + 1)/\(lesson.steps.count) · \(Player.kindName(step.kind, language))"
                var state = PlayerState(deck: deck, language: language)
                state.lessonIndex = l
                state.stepIndex = s
                let positions = state.timestepCount / state.stagesPerTimestep
                guard positions > 0 else {
                    expected.append(head)
                    continue
                }
                // A plain rnn, lstm or gru step: its positions are its timesteps, t = 1, ⌈T/2⌉, T.
                var plain: Int?
                if case .rnn(let spec) = step.kind, spec.timesteps == positions { plain = positions }
                if case .gated(let spec) = step.kind { plain = spec.timesteps }
                let words = ko ? ["처음", "중간", "끝"] : ["first", "middle", "last"]
                let ts = HandoutPage.timesteps(positions)
                #expect(ts.first == 1 && ts.last == positions && (ts.count == 3) == (positions >= 3))
                for (i, t) in ts.enumerated() {
                    timed.append((head, expected.count, t, plain))
                    expected.append(words[i == 0 ? 0 : i == ts.count - 1 ? 2 : 1])
                }
            }
        }
        #expect(doc.headings.count == expected.count)
        #expect(doc.screens.count == expected.count)
        #expect(timed.count >= 18, "the deck's rnn, lstm and gru steps, three screens each")
        for (index, heading) in doc.headings.enumerated() where index < expected.count {
            if let entry = timed.first(where: { $0.index == index }) {
                // `HEAD · PLACE — WORD`, PLACE being what the screen's own header says.
                #expect(heading.hasPrefix(entry.head + " · ") && heading.hasSuffix(" — " + expected[index]), "\(heading)")
                let place = heading.dropFirst(entry.head.count + 3).dropLast(expected[index].count + 3)
                #expect(doc.screens[index].split(separator: "\n").first?.contains(place) == true, "\(heading): not in its header")
                if let total = entry.total { #expect(place.hasPrefix("t = \(entry.t)/\(total)"), "\(heading)") }
            } else {
                #expect(heading == expected[index])
            }
        }
        // Colours: heatmap cells carry their truecolor background, text its colour.
        #expect(doc.spanStyles.filter { $0.contains("background:#") }.count > 100)
        #expect(doc.spanStyles.contains { $0.hasPrefix("color:#") })
        // Every quiz's answer is listed at the end.
        let quizzes = deck.flatMap(\.steps).filter { if case .quiz = $0.kind { return true } else { return false } }.count
        #expect(quizzes > 0)
        #expect(doc.elements.filter { $0 == "strong" }.count == quizzes)
    }

    @Test func theFirstScreenIsWhatPlayShows() throws {
        let deck = try BuiltInDeck.lessons()
        let state = PlayerState(deck: deck, language: .en, size: Size(width: 100, height: 30), colorMode: .truecolor)
        let doc = XHTMLDocument(HandoutPage(start: state).html())
        func trimmed(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.replacing(/\ +$/, with: "")) }
        }
        #expect(trimmed(try #require(doc.screens.first)) == trimmed(Player.view(state).text))
    }

    @Test func lessonTextIsEscapedNeverMarkup() throws {
        let yaml = """
            title: "<script>alert('t')</script> & <b>co</b>"
            steps:
              - text: "</pre><script>evil()</script> <img src=x onerror=alert(1)> \\"q\\" &amp;"
              - quiz:
                  question: "<i>which</i>?"
                  choices: ["<a href='x'>one</a>", "two & three"]
                  answer: 1
                  explain: "]]> <!-- not a comment -->"
              - rnn: {timesteps: 3, input_dim: 2, hidden_units: 2}
            """
        let lesson = try LessonLoader.parse(yaml, path: "hostile.yaml")
        let html = Self.page([lesson], .en, size: Size(width: 80, height: 24))
        let doc = XHTMLDocument(html)
        #expect(doc.error == nil, "not well-formed: \(String(describing: doc.error))")
        for tag in ["script", "img", "b", "i"] { #expect(!doc.elements.contains(tag), "<\(tag)> from the lesson") }
        #expect(doc.elements.filter { $0 == "a" }.count == 2, "only the page's own links: the lesson in the list, the quiz")
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<!-- not"))
        // The text reads as written.
        #expect(doc.bodyText.contains("<script>alert('t')</script> & <b>co</b>"))
        #expect(doc.bodyText.contains("<i>which</i>?"))
        #expect(doc.bodyText.contains("<a href='x'>one</a>"))
        #expect(doc.bodyText.contains("]]> <!-- not a comment -->"))
        #expect(doc.screens.contains { $0.contains("</pre><script>evil()</script>") })
        #expect(doc.headings.count == 2 + 3)
    }

    @Test func quizAnswersKeepTheLessonsInlineMarks() throws {
        let yaml = """
            title: q
            steps:
              - quiz:
                  question: "What does `units=3` set?"
                  choices: ["the **state** size", "the steps"]
                  answer: 1
                  explain: "`h_t` has **3** numbers; <not a tag> **a `b** c`"
            """
        let lesson = try LessonLoader.parse(yaml, path: "q.yaml")
        let html = Self.page([lesson], .en, size: Size(width: 80, height: 24))
        #expect(XHTMLDocument(html).error == nil)
        #expect(html.contains("What does <code>units=3</code> set?"))
        #expect(html.contains("<strong>Answer 1</strong>: the <b>state</b> size"))
        #expect(html.contains("<code>h_t</code> has <b>3</b> numbers; &lt;not a tag&gt;"))
    }

    @Test func longProseIsShownWhole() throws {
        let words = (1...400).map { "word\($0)" }.joined(separator: " ")
        let lesson = try LessonLoader.parse("title: long\nsteps:\n  - text: \"\(words) END\"\n", path: "long.yaml")
        let doc = XHTMLDocument(Self.page([lesson], .en, size: Size(width: 60, height: 20)))
        #expect(doc.screens.count == 1)
        #expect(doc.screens[0].contains("word1 ") && doc.screens[0].contains("END"))
    }
}
