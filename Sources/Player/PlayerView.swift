import Lessons
import RNNCore
import Screen

extension Player {
    /// The smallest screen the player draws on; smaller ones get a message saying so.
    public static let minimumSize = Size(width: 60, height: 20)

    /// Draws the whole screen for `state` at its size, in its colour mode, and reports the
    /// layout facts. On an ASCII terminal the lesson text is English, heatmaps use no half blocks,
    /// and every glyph has an ASCII stand-in. Pure: it reads the state's computations (prepared by
    /// `update`) and changes nothing.
    public static func render(_ state: PlayerState) -> Screenful {
        guard state.ascii else { return compose(state, halfBlocks: true) }
        var english = state
        english.language = .en
        var screen = compose(english, halfBlocks: false)
        screen.frame = screen.frame.asciified()
        return screen
    }

    /// The frame of `render(state)`.
    public static func view(_ state: PlayerState) -> Frame {
        render(state).frame
    }

    /// The screen `state` shows at another size or colour mode: the state is resized (and its
    /// computation prepared) on a copy first, as the terminal would do.
    public static func view(_ state: PlayerState, size: Size, mode: ColorMode, ascii: Bool = false) -> Frame {
        var copy = state
        copy.colorMode = mode
        copy.ascii = ascii
        update(&copy, .resize(size))
        return view(copy)
    }

    /// The rectangle the current step is drawn in, or nil when the screen is too small. The
    /// header takes the first row, the status line the last; a blank row under the header (except
    /// where an rnn step needs every row) and one column of margin each side.
    static func stepArea(_ state: PlayerState) -> Rect? {
        let size = state.size
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else { return nil }
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let top = state.timestepCount > 0 && size.height < 30 ? 0 : 1
        return Rect(x: body.x + 1, y: body.y + top, width: body.width - 2, height: body.height - top)
    }

    private static func compose(_ state: PlayerState, halfBlocks: Bool) -> Screenful {
        var frame = Frame(size: state.size)
        guard let area = stepArea(state) else {
            drawTooSmall(&frame, state)
            return Screenful(frame: frame, facts: ViewFacts())
        }
        let (header, rest) = frame.bounds.splitTop(1)
        let (body, status) = rest.splitTop(rest.height - 1)
        drawHeader(&frame, header, state)
        let facts = drawStep(&frame, area, state, halfBlocks: halfBlocks)
        drawStatus(&frame, status, state, unicode: halfBlocks)
        if state.showHelp {
            HelpOverlay(language: state.language, scroll: state.helpScroll).render(into: &frame, area: body)
        } else if state.showProblems {
            ProblemsPanel(problems: state.problems, language: state.language, ascii: !halfBlocks).render(into: &frame, area: body)
        } else if let selected = state.menu {
            LessonMenu(deck: state.deck, current: state.lessonIndex, selected: selected, answers: state.answers,
                       language: state.language, ascii: !halfBlocks).render(into: &frame, area: body)
        }
        return Screenful(frame: frame, facts: facts)
    }

    /// Facts of a step whose content is `height` rows tall in `area`.
    private static func scrolled(_ height: Int, _ area: Rect) -> ViewFacts {
        var facts = ViewFacts()
        facts.contentHeight = height
        facts.visibleHeight = area.height
        facts.scrollBound = max(0, height - area.height)
        return facts
    }

    private static func drawStep(_ frame: inout Frame, _ area: Rect, _ state: PlayerState, halfBlocks: Bool) -> ViewFacts {
        let mode = state.colorMode
        switch state.step.kind {
        case .text(let text):
            let block = TextBlock(text.text(state.language), scroll: state.scroll)
            let rows = block.lines(width: area.width)
            block.render(rows, into: &frame, area: area)
            return scrolled(rows.count, area)
        case .code(let listing):
            // A block scalar's final newline is not a line of the listing.
            var source = Substring(listing.source)
            while source.hasSuffix("\n") { source = source.dropLast() }
            let view = CodeView(code: String(source), scroll: state.scroll)
            view.render(into: &frame, area: area)
            return scrolled(view.lines.count, area)
        case .summary(let model):
            let rows = SummaryStepView(model: model, language: state.language, scroll: state.scroll).render(into: &frame, area: area)
            return scrolled(rows, area)
        case .quiz(let quiz):
            let rows = QuizStepView(quiz: quiz, picked: state.answers[state.stepID], language: state.language,
                                    scroll: state.scroll, mode: mode).render(into: &frame, area: area)
            return scrolled(rows, area)
        case .diagram(let diagram):
            let rows = DiagramStepView(diagram: diagram, language: state.language, scroll: state.scroll).render(into: &frame, area: area)
            return scrolled(rows, area)
        case .gated(let spec):
            let computation: GatedComputation
            if let prepared = state.gatedComputations[state.stepID] {
                computation = prepared
            } else if let parameters = try? GatedParameters(spec) {
                computation = GatedComputation(parameters)
            } else {
                return ViewFacts()
            }
            return GatedStepView(computation: computation, position: state.timestep, mode: mode, language: state.language,
                                 halfBlocks: halfBlocks, inspect: state.inspect, edits: state.gatedEdits[state.stepID],
                                 trajectories: state.trajectories)
                .render(into: &frame, area: area)
        case .rnn(let spec) where spec.isStack:
            return drawStack(&frame, area, state, halfBlocks: halfBlocks)
        case .rnn(let spec):
            let computation: StepComputation
            if let prepared = state.computation {
                computation = prepared
            } else if let parameters = try? RNNParameters(spec) {
                computation = StepComputation(parameters, output: spec.output)
            } else {
                let message = state.language == .ko ? "이 RNN 단계의 배열이 크기와 맞지 않습니다" : "this rnn step's arrays do not match its sizes"
                frame.put(message, x: area.x, y: area.y, clip: area)
                return ViewFacts()
            }
            if let t = state.backwardTimestep {
                return BackwardView(computation: computation, t: t, mode: mode, language: state.language, unicode: halfBlocks)
                    .render(into: &frame, area: area)
            }
            return RNNStepView(computation: computation, t: state.timestep, mode: mode, language: state.language,
                               scroll: state.scroll, halfBlocks: halfBlocks,
                               callouts: state.step.callouts.mapValues { $0.text(state.language) },
                               inspect: state.inspect, edits: state.edits[state.stepID], trajectories: state.trajectories,
                               sentence: spec.sentence)
                .render(into: &frame, area: area)
        }
    }

    /// The rnn layout of the current step at the state's size, for `prepare`.
    static func rnnLayout(_ state: PlayerState, _ computation: StepComputation) -> RNNLayout? {
        guard let area = stepArea(state) else { return nil }
        var shown = state
        if state.ascii { shown.language = .en }
        return RNNStepView(computation: computation, t: state.timestep, mode: state.colorMode, language: shown.language,
                           scroll: state.scroll, halfBlocks: !state.ascii,
                           callouts: state.step.callouts.mapValues { $0.text(shown.language) },
                           inspect: state.inspect, sentence: state.step.sentence).layout(area)
    }

    private static func drawHeader(_ frame: inout Frame, _ area: Rect, _ state: PlayerState) {
        frame.fill(area, with: Cell(" ", style: .reverse))
        let line = header(state, width: area.width)
        let rightWidth = TextWidth.width(of: line.right)
        let leftClip = Rect(x: area.x, y: area.y, width: max(0, area.width - rightWidth - 1), height: 1)
        frame.put(line.left, x: area.x, y: area.y, style: Style(attributes: [.reverse, .bold]), clip: leftClip)
        frame.put(line.right, x: area.maxX - rightWidth, y: area.y, style: .reverse, clip: area)
    }

    /// The header's two sides at `width` columns (`HeaderLine`: the title gives way at a word,
    /// then the step kind, then the rest of the title, then whole parts of the place).
    static func header(_ state: PlayerState, width: Int) -> HeaderLine {
        let deck = state.deck.count > 1 ? " (\(state.lessonIndex + 1)/\(state.deck.count))" : ""
        // The right side at every position of the step: the widest decides the title's form.
        let positions = state.timestepCount > 0 ? Array(0...state.timestepCount) : [state.timestep]
        let widest = positions.map { position -> [String] in
            var other = state
            other.timestep = position
            if other.backwardTimestep != nil { other.backwardTimestep = max(1, position) }
            return headerParts(other)
        }.max { TextWidth.width(of: $0.joined(separator: " · ")) < TextWidth.width(of: $1.joined(separator: " · ")) }
        return HeaderLine(title: state.lesson.title.text(state.language) + deck, parts: headerParts(state),
                          kind: kindName(state.step.kind, state.language), width: width, widest: widest)
    }

    /// The header's right side without the step kind: the score on a lesson's last step, the
    /// place (`t = 3/10`, a gated stage, a stack's pass) and `step n/m`.
    private static func headerParts(_ state: PlayerState) -> [String] {
        let stepWord = state.language == .ko ? "단계" : "step"
        var parts = ["\(stepWord) \(state.stepIndex + 1)/\(state.lesson.steps.count)"]
        if let gated = state.gatedComputations[state.stepID], case .gated = state.step.kind {
            parts.insert(GatedStepView.placeText(gated, position: state.timestep, language: state.language), at: 0)
        } else if state.timestepCount > 0 {
            parts.insert(timestepText(state), at: 0)
        }
        if let score = scoreText(state) { parts.insert(score, at: 0) }
        return parts
    }

    private static func drawStatus(_ frame: inout Frame, _ area: Rect, _ state: PlayerState, unicode: Bool) {
        let ko = state.language == .ko
        var hints = state.inspect != nil ? inspectHints(state) : state.backwardTimestep != nil ? backwardHints(state, unicode: unicode) : ko
            ? " → 다음  ← 이전  PgDn/PgUp 단계  ]/[ 레슨  L 영어  ? 도움말  q 끝내기"
            : " → next  ← back  PgDn/PgUp step  ]/[ lesson  L \(unicode ? "한국어" : "Korean")  ? help  q quit"
        if state.playing {
            hints = " ▶ \(formatSpeed(speeds[state.speedIndex]))/s  Space " + (ko ? "멈춤" : "pause") + " ·" + hints
        }
        let badge = whatIfBadge(state)
        if let badge { hints = badge + hints }
        // A notice takes the right end, shortened at a word when it is wider than the line.
        var message: String?
        if let problem = state.problem {
            // A watched file's problem takes the message place, cut to the width so that its
            // `file:line:col` start always shows.
            message = " " + cut("✗ " + problem, to: max(10, area.width - 2)) + " "
        } else if let notice = state.notice {
            message = " " + TextShortening.shortened(notice, to: max(1, area.width - 2), prose: true) + " "
        }
        // Whole key groups are dropped where they do not fit (60×20, or beside a notice), never
        // one cut in half.
        let room = area.width - (message.map { TextWidth.width(of: $0) } ?? 0)
        // (Beside a notice the leading keys stay, as when the notice simply covered the rest.)
        hints = TextShortening.fittedGroups(hints, to: max(0, room), keepLast: message == nil ? 2 : 0)
        frame.put(hints, x: area.x, y: area.y, style: .plain, clip: area)
        if let badge { frame.restyle(Rect(x: area.x, y: area.y, width: TextWidth.width(of: badge), height: 1)) { $0.attributes.insert(.reverse) } }
        if let message {
            frame.put(message, x: area.maxX - TextWidth.width(of: message), y: area.y, style: .reverse, clip: area)
        }
    }

    /// `text` cut to `room` columns, ending with `…` when cut.
    static func cut(_ text: String, to room: Int) -> String {
        guard TextWidth.width(of: text) > room else { return text }
        var out = ""
        for ch in text {
            if TextWidth.width(of: out + String(ch)) > room - 1 { break }
            out.append(ch)
        }
        return out + "…"
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

    /// The lesson's quizzes answered right on the first try (an answer is final), and how many
    /// quizzes it has.
    static func score(_ state: PlayerState) -> (right: Int, of: Int) {
        var right = 0, total = 0
        for (index, step) in state.lesson.steps.enumerated() {
            guard case .quiz(let quiz) = step.kind else { continue }
            total += 1
            if state.answers[StepID(lesson: state.lessonIndex, step: index)] == quiz.answer { right += 1 }
        }
        return (right, total)
    }

    /// The score the header shows on the lesson's last step ("first try: 3/4 right": 3 of 4 right on the first try),
    /// or nil elsewhere and in a lesson without quizzes.
    static func scoreText(_ state: PlayerState) -> String? {
        guard state.stepIndex == state.lesson.steps.count - 1 else { return nil }
        let (right, total) = score(state)
        guard total > 0 else { return nil }
        return state.language == .ko ? "첫 시도 정답 \(right)/\(total)" : "first try: \(right)/\(total) right"
    }

    /// A short name of a step kind for the header.
    public static func kindName(_ kind: StepKind, _ language: Language = .en) -> String {
        let ko = language == .ko
        switch kind {
        case .text: return ko ? "설명" : "text"
        case .code: return ko ? "코드" : "code"
        case .summary: return ko ? "모델 요약" : "summary"
        case .rnn: return ko ? "RNN 계산" : "rnn"
        case .gated(let spec): return spec.cell == .lstm ? (ko ? "LSTM 계산" : "lstm") : (ko ? "GRU 계산" : "gru")
        case .quiz: return ko ? "퀴즈" : "quiz"
        case .diagram: return ko ? "그림" : "diagram"
        }
    }
}
