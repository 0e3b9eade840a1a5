import Lessons
import Player
import Screen

/// The HTML page of `rnnstep handout`: every step of a deck as the screen `play` shows, with its
/// colours, one self-contained XHTML document (inline stylesheet, no scripts, no external files).
///
/// Each step gets a heading (lesson, step, kind) and its screen in a `<pre>`; rnn, lstm and gru
/// steps are shown at t = 1, in the middle and at T (their headings say where, in the header's
/// words: `t = 5/10`, `t = 5/10 · hidden state h_t (5/5)`). A step whose
/// content scrolls (long prose) is drawn tall enough to show all of it. Quizzes are shown
/// unanswered; their answers and explanations are listed in a section at the end.
struct HandoutPage {
    /// The deck, the language, the size and the screens' starting state.
    var start: PlayerState

    /// Tallest a scrolling step is drawn, in rows.
    static let tallest = 400

    private var ko: Bool { start.language == .ko }

    /// The timesteps an rnn, lstm or gru step of `count` timesteps is shown at: 1, the middle, T
    /// (fewer when they coincide).
    static func timesteps(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var out: [Int] = []
        for t in [1, (count + 1) / 2, count] where !out.contains(t) { out.append(t) }
        return out
    }

    /// The whole document.
    func html() -> String {
        let deck = start.deck
        let title = ko ? "rnnstep 수업 자료" : "rnnstep handout"
        var out = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(start.language.rawValue)" xml:lang="\(start.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="generator" content="rnnstep \(PlayerState.version)"/>
            <title>\(title)</title>
            <style>
            \(HandoutPage.stylesheet(columns: start.size.width))
            </style>
            </head>
            <body>
            <h1>\(title)</h1>

            """
        let lessonWord = ko ? "레슨" : "Lesson"
        out += "<p class=\"about\">" + esc(ko
            ? "레슨 \(deck.count)개 · 화면 \(start.size.width)×\(start.size.height) · rnnstep \(PlayerState.version)로 만듦. 퀴즈 답은 맨 끝에 있습니다."
            : "\(deck.count) lessons · screens of \(start.size.width)×\(start.size.height) · made by rnnstep \(PlayerState.version). Quiz answers are at the end.") + "</p>\n"
        out += "<nav><ol>\n"
        for (l, lesson) in deck.enumerated() {
            out += "<li><a href=\"#lesson-\(l + 1)\">\(esc(lesson.title.text(start.language)))</a></li>\n"
        }
        out += "</ol></nav>\n"
        for (l, lesson) in deck.enumerated() {
            out += "<section class=\"lesson\" id=\"lesson-\(l + 1)\">\n"
            out += "<h2>\(lessonWord) \(l + 1)/\(deck.count) · \(esc(lesson.title.text(start.language)))</h2>\n"
            for s in lesson.steps.indices {
                out += steps(lesson: l, step: s)
            }
            out += "</section>\n"
        }
        out += answers()
        out += "</body>\n</html>\n"
        return out
    }

    /// The screens of one step, each in a `<div class="step">` with its heading.
    private func steps(lesson l: Int, step s: Int) -> String {
        var state = start
        state.lessonIndex = l
        state.stepIndex = s
        state.timestep = 0
        let lesson = start.deck[l]
        let kind = Player.kindName(state.step.kind, start.language)
        let place = "\(ko ? "레슨" : "Lesson") \(l + 1) · \(ko ? "단계" : "step") \(s + 1)/\(lesson.steps.count) · \(kind)"
        // Timesteps (positions of a deep or bidirectional step; an lstm or gru step's last stage).
        let total = state.timestepCount / state.stagesPerTimestep
        var out = ""
        if total == 0 {
            let frame = HandoutPage.wholeFrame(state)
            out += block(id: "l\(l + 1)-s\(s + 1)", heading: place, frame: frame)
        } else {
            let ts = HandoutPage.timesteps(total)
            for (index, t) in ts.enumerated() {
                state.timestep = t * state.stagesPerTimestep
                Player.prepare(&state)
                let which = index == 0 ? (ko ? "처음" : "first") : index == ts.count - 1 ? (ko ? "끝" : "last") : (ko ? "중간" : "middle")
                // Labelled as the screen's own header says where it is.
                out += block(id: "l\(l + 1)-s\(s + 1)-t\(t)", heading: place + " · " + Player.placeText(state) + " — " + which,
                             frame: Player.view(state))
            }
        }
        return out
    }

    /// The screen of a step without timesteps; when its content scrolls, drawn taller so that
    /// nothing is hidden.
    static func wholeFrame(_ start: PlayerState) -> Frame {
        var state = start
        Player.prepare(&state)
        let first = Player.render(state)
        let more = first.facts.scrollBound
        guard more > 0 else { return first.frame }
        let height = min(tallest, state.size.height + more)
        Player.update(&state, .resize(Size(width: state.size.width, height: height)))
        return Player.view(state)
    }

    private func block(id: String, heading: String, frame: Frame) -> String {
        "<div class=\"step\" id=\"\(id)\">\n<h3>\(esc(heading))</h3>\n<pre class=\"screen\">"
            + HTMLRenderer().render(frame) + "</pre>\n</div>\n"
    }

    /// The answers of every quiz, in deck order.
    private func answers() -> String {
        var items = ""
        for (l, lesson) in start.deck.enumerated() {
            for (s, step) in lesson.steps.enumerated() {
                guard case .quiz(let quiz) = step.kind else { continue }
                let lang = start.language
                let choice = quiz.choices.indices.contains(quiz.answer) ? quiz.choices[quiz.answer].text(lang) : ""
                let where_ = ko ? "레슨 \(l + 1) · 단계 \(s + 1)" : "Lesson \(l + 1) · step \(s + 1)"
                items += "<li><a href=\"#l\(l + 1)-s\(s + 1)\">\(esc(where_))</a>: \(inline(quiz.question.text(lang)))"
                items += "<br/><strong>\(ko ? "정답" : "Answer") \(quiz.answer + 1)</strong>: \(inline(choice))"
                items += "<br/>\(inline(quiz.explain.text(lang)))</li>\n"
            }
        }
        guard !items.isEmpty else { return "" }
        return "<section class=\"answers\" id=\"answers\">\n<h2>\(ko ? "퀴즈 정답" : "Quiz answers")</h2>\n<ol>\n"
            + items + "</ol>\n</section>\n"
    }

    /// Lesson prose with its inline marks (`**bold**`, `` `code` ``) as `<b>` and `<code>`,
    /// everything else escaped as by `esc`.
    private func inline(_ text: String) -> String {
        esc(text)
            .replacing(/`([^`]+)`/) { "<code>\($0.1)</code>" }
            .replacing(/\*\*([^*<]+)\*\*/) { "<b>\($0.1)</b>" }  // never across a <code>
    }

    /// Lesson text for element content: control characters made visible, markup escaped,
    /// line breaks kept as spaces.
    private func esc(_ text: String) -> String {
        HTMLRenderer.escape(TextWidth.sanitized(text.replacingOccurrences(of: "\n", with: " ")))
    }

    /// The page's stylesheet: a light terminal on screen and on paper (black on white), screens
    /// sized so that `columns` fit an A4 page's width, page breaks before lessons and none inside
    /// a screen.
    static func stylesheet(columns: Int) -> String {
        // 510 pt is about the width of A4 with 15 mm margins; a monospace cell is about 0.6 em.
        let printPoints = min(10.0, 510.0 / (0.6 * Double(max(columns, 1))))
        let points = (printPoints * 10).rounded(.down) / 10
        return """
            :root { --fg: #000000; --bg: #ffffff; --rev-fg: #ffffff; --rev-bg: #000000; }
            body { font-family: sans-serif; color: #000; background: #fff; margin: 1.5em; }
            h2 { border-bottom: 1px solid #888; padding-bottom: 0.2em; }
            h3 { font-size: 1em; margin: 1em 0 0.3em 0; }
            pre.screen { font-family: "DejaVu Sans Mono", "D2Coding", "Noto Sans Mono CJK KR", "Nanum Gothic Coding", monospace;
              font-size: 13px; line-height: 1.2; color: var(--fg); background: var(--bg);
              border: 1px solid #999; padding: 0.4em; margin: 0; display: inline-block; white-space: pre; }
            .b { font-weight: bold; }
            .d { opacity: 0.65; }
            .i { font-style: italic; }
            .u { text-decoration: underline; }
            .about { color: #333; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; }
              nav { display: none; }
              :root { --rev-fg: #000000; --rev-bg: #dddddd; }
              pre.screen { font-size: \(points)pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              section.lesson { break-before: page; page-break-before: always; }
              .step { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              section.answers { break-before: page; page-break-before: always; }
            }
            """
    }
}
