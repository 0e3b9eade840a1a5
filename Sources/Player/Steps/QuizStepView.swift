import Lessons
import Screen

/// Draws a quiz step: the question, the numbered choices, and once answered, which choice was
/// right (✔) or wrong (✘) and the explanation.
struct QuizStepView {
    /// The quiz.
    var quiz: Quiz
    /// The choice picked, if answered (0-based).
    var picked: Int?
    /// Language of the text.
    var language: Language
    /// Rows scrolled.
    var scroll: Int
    /// Colour mode (marks stay readable without colour: ✔ and ✘ carry the meaning).
    var mode: ColorMode

    /// Feedback carries its own background, so its contrast does not depend on the terminal's
    /// (bold white on the palette's blue: 6.3:1; on its dark orange: 5.3:1); with few or no
    /// colours it is reversed.
    static let right = Style(fg: .rgb(255, 255, 255), bg: .rgb(0x21, 0x66, 0xAC), attributes: .bold)
    static let wrong = Style(fg: .rgb(255, 255, 255), bg: .rgb(0xB3, 0x58, 0x06), attributes: .bold)

    /// `style` as this colour mode shows it: reversed and bold below 256 colours.
    func feedback(_ style: Style) -> Style {
        mode == .ansi256 || mode == .truecolor ? style : Style(attributes: [.bold, .reverse])
    }

    /// Draws into `area`.
    /// Draws into `area`; returns the rows the step needs (before scrolling).
    @discardableResult
    func render(into frame: inout Frame, area: Rect) -> Int {
        var lines: [[TextBlock.Span]] = []
        let ko = language == .ko
        lines += TextBlock(quiz.question.text(language), style: .bold).lines(width: area.width)
        lines.append([])
        for (i, choice) in quiz.choices.enumerated() {
            var mark = "   "
            var style = Style.plain
            if let picked {
                if i == quiz.answer { mark = " ✔ "; style = feedback(QuizStepView.right) }
                else if i == picked { mark = " ✘ "; style = feedback(QuizStepView.wrong) }
            }
            let prefix = mark + "\(i + 1)  "
            let body = TextBlock(choice.text(language), style: style).lines(width: max(1, area.width - prefix.count))
            for (j, line) in body.enumerated() {
                let head = TextBlock.Span(text: j == 0 ? prefix : String(repeating: " ", count: prefix.count), style: style)
                lines.append([head] + line)
            }
        }
        lines.append([])
        if let picked {
            let verdict = picked == quiz.answer
                ? (ko ? "✔ 맞았습니다!" : "✔ Right!")
                : (ko ? "✘ 아쉽네요. 답은 \(quiz.answer + 1)번입니다." : "✘ Not quite: the answer is \(quiz.answer + 1).")
            lines.append([TextBlock.Span(text: verdict, style: feedback(picked == quiz.answer ? QuizStepView.right : QuizStepView.wrong))])
            lines.append([])
            lines += TextBlock(quiz.explain.text(language)).lines(width: area.width)
        } else {
            let prompt = ko
                ? "먼저 예측해 보세요. 1–\(quiz.choices.count) 키로 답하면 해설이 나옵니다."
                : "Predict first: press 1–\(quiz.choices.count) to answer, then the explanation appears."
            lines.append([TextBlock.Span(text: prompt, style: .dim)])
        }
        let first = min(scroll, max(0, lines.count - area.height))
        for (row, spans) in lines.dropFirst(first).prefix(area.height).enumerated() {
            var x = area.x
            for span in spans {
                x += frame.put(span.text, x: x, y: area.y + row, style: span.style, clip: area)
            }
        }
        return lines.count
    }
}
