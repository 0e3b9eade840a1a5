import Lessons
import RNNCore
import Screen

extension Player {
    /// The smallest screen the player draws on; smaller ones get a message saying so.
    public static let minimumSize = Size(width: 60, height: 20)

    /// Draws the whole screen for `state` at `size` in colour `mode`. With `ascii` (a terminal
    /// without UTF-8) the lesson text is English, heatmaps use no half blocks, and every glyph has
    /// an ASCII stand-in.
    public static func view(_ state: PlayerState, size: Size, mode: ColorMode, ascii: Bool = false) -> Frame {
        guard ascii else { return compose(state, size: size, mode: mode, halfBlocks: true) }
        var english = state
        english.language = .en
        return compose(english, size: size, mode: mode, halfBlocks: false).asciified()
    }

    private static func compose(_ state: PlayerState, size: Size, mode: ColorMode, halfBlocks: Bool) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(&frame, state)
            return frame
        }
        let (header, rest) = frame.bounds.splitTop(1)
        let (body, status) = rest.splitTop(rest.height - 1)
        drawHeader(&frame, header, state)
        // A blank row under the header, except where an rnn step needs every row.
        let top = state.timestepCount > 0 && size.height < 30 ? 0 : 1
        drawStep(&frame, Rect(x: body.x + 1, y: body.y + top, width: body.width - 2, height: body.height - top), state, mode,
                 halfBlocks: halfBlocks)
        drawStatus(&frame, status, state, unicode: halfBlocks)
        if state.showHelp {
            HelpOverlay(language: state.language).render(into: &frame, area: body)
        }
        return frame
    }

    private static func drawStep(_ frame: inout Frame, _ area: Rect, _ state: PlayerState, _ mode: ColorMode, halfBlocks: Bool) {
        switch state.step.kind {
        case .text(let text):
            TextBlock(text.text(state.language), scroll: state.scroll).render(into: &frame, area: area)
        case .code(let listing):
            // A block scalar's final newline is not a line of the listing.
            var source = Substring(listing.source)
            while source.hasSuffix("\n") { source = source.dropLast() }
            CodeView(code: String(source), scroll: state.scroll).render(into: &frame, area: area)
        case .summary(let model):
            SummaryStepView(model: model, language: state.language, scroll: state.scroll).render(into: &frame, area: area)
        case .quiz(let quiz):
            QuizStepView(quiz: quiz, picked: state.answers[state.stepID], language: state.language,
                         scroll: state.scroll, mode: mode).render(into: &frame, area: area)
        case .diagram(let diagram):
            DiagramStepView(diagram: diagram, language: state.language, scroll: state.scroll).render(into: &frame, area: area)
        case .rnn:
            guard let entry = state.engineEntry else {
                frame.put("this rnn step's arrays do not match its sizes", x: area.x, y: area.y, clip: area)
                return
            }
            RNNStepView(entry: entry, t: state.timestep, mode: mode,
                        language: state.language, scroll: state.scroll, halfBlocks: halfBlocks)
                .render(into: &frame, area: area)
        }
    }

    private static func drawHeader(_ frame: inout Frame, _ area: Rect, _ state: PlayerState) {
        frame.fill(area, with: Cell(" ", style: .reverse))
        let deck = state.deck.count > 1 ? " (\(state.lessonIndex + 1)/\(state.deck.count))" : ""
        let left = " rnnstep · " + state.lesson.title.text(state.language) + deck
        let stepWord = state.language == .ko ? "단계" : "step"
        var right = "\(stepWord) \(state.stepIndex + 1)/\(state.lesson.steps.count) · \(kindName(state.step.kind)) "
        if state.timestepCount > 0 { right = "t = \(state.timestep)/\(state.timestepCount) · " + right }
        let rightWidth = TextWidth.width(of: right)
        let leftClip = Rect(x: area.x, y: area.y, width: max(0, area.width - rightWidth - 1), height: 1)
        frame.put(left, x: area.x, y: area.y, style: Style(attributes: [.reverse, .bold]), clip: leftClip)
        frame.put(right, x: area.maxX - rightWidth, y: area.y, style: .reverse, clip: area)
    }

    private static func drawStatus(_ frame: inout Frame, _ area: Rect, _ state: PlayerState, unicode: Bool) {
        let ko = state.language == .ko
        var hints = ko
            ? " → 다음  ← 이전  PgDn/PgUp 단계  ]/[ 레슨  L English  ? 도움말  q 끝"
            : " → next  ← back  PgDn/PgUp step  ]/[ lesson  L \(unicode ? "한국어" : "Korean")  ? help  q quit"
        if state.playing {
            hints = " ▶ \(formatSpeed(speeds[state.speedIndex]))/s  Space " + (ko ? "멈춤" : "pause") + " ·" + hints
        }
        frame.put(hints, x: area.x, y: area.y, style: .dim, clip: area)
        if let notice = state.notice {
            let text = " " + notice + " "
            frame.put(text, x: area.maxX - TextWidth.width(of: text), y: area.y, style: .reverse, clip: area)
        }
    }

    private static func drawTooSmall(_ frame: inout Frame, _ state: PlayerState) {
        let need = "\(minimumSize.width)×\(minimumSize.height)"
        let have = "\(frame.size.width)×\(frame.size.height)"
        let lines = state.language == .ko
            ? ["터미널이 너무 작습니다", "필요: \(need) 이상", "현재: \(have)", "q: 끝내기"]
            : ["terminal too small", "needs \(need) or larger", "now \(have)", "q quits"]
        for (i, line) in lines.enumerated() where i < frame.size.height {
            frame.put(line, x: 0, y: i, style: i == 0 ? .bold : .plain)
        }
    }

    private static func formatSpeed(_ speed: Double) -> String {
        speed == speed.rounded() ? String(Int(speed)) : String(speed)
    }

    /// A short name of a step kind for the header.
    static func kindName(_ kind: StepKind) -> String {
        switch kind {
        case .text: return "text"
        case .code: return "code"
        case .summary: return "summary"
        case .rnn: return "rnn"
        case .quiz: return "quiz"
        case .diagram: return "diagram"
        }
    }
}
