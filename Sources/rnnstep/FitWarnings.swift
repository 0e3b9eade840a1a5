import Foundation
import Lessons
import Player
import RNNCore
import Screen

/// Warnings for steps that do not fit an 80×24 terminal (the smallest common one), found by
/// drawing each step with the player's own views and reading the facts they report
/// (`Player.render`), in each language.
enum FitWarnings {
    /// The screen a lesson should fit.
    static let screen = Size(width: 80, height: 24)
    /// Columns and rows a step's content gets on that screen (header, blank row and status line
    /// taken; one column of margin each side).
    static let contentWidth = screen.width - 2
    static let contentRows = screen.height - 3
    /// Block means that average more values than this per cell count as heavy downsampling.
    static let heavyMean = 4
    /// rnn steps holding more numbers than this are judged by their sizes, not drawn.
    static let drawBudget = 2_000_000

    /// The fit warnings for every step of `lesson`, in step order.
    static func check(_ lesson: Lesson) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, step) in lesson.steps.enumerated() {
            var messages: [String] = []
            for language in languages(of: step.kind) {
                for message in problems(lesson, index, language) where !messages.contains(message) {
                    messages.append(message)
                }
            }
            found += messages.map {
                Diagnostic(path: lesson.path, line: step.position.line, column: step.position.column, severity: .warning, message: $0)
            }
        }
        return found
    }

    /// Korean and English when the step's text differs by language, else one of them.
    private static func languages(of kind: StepKind) -> [Language] {
        let texts: [LocalizedText]
        switch kind {
        case .text(let text): texts = [text]
        case .quiz(let quiz): texts = [quiz.question, quiz.explain] + quiz.choices
        case .diagram(let diagram): texts = [diagram.art] + (diagram.caption.map { [$0] } ?? [])
        default: texts = []
        }
        return texts.contains { $0.text(.ko) != $0.text(.en) } ? [.ko, .en] : [.en]
    }

    private static func problems(_ lesson: Lesson, _ index: Int, _ language: Language) -> [String] {
        let tag = language == .ko ? " (Korean)" : " (English)"
        let kind = lesson.steps[index].kind
        var messages: [String] = []
        switch kind {
        case .rnn(let spec) where spec.isStack:
            return stackProblems(lesson, index, spec)
        case .rnn(let spec):
            if let message = rnnProblem(lesson, index, spec) { messages.append(message) }
            return messages
        case .gated:
            // The gated screen is laid out for the whole step area, like the rnn screen.
            return messages
        case .code(let listing):
            let view = CodeView(code: listing.source)
            let gutter = String(view.lines.count).count + 1
            let widest = view.lines.map { TextWidth.width(of: $0) }.max() ?? 0
            if widest + gutter > contentWidth {
                messages.append("the code step has a line \(widest) columns wide; with line numbers it needs \(widest + gutter) "
                                + "columns, more than the \(contentWidth) an 80×24 terminal shows, so its right end is cut off")
            }
        case .diagram(let diagram):
            let widest = diagram.art.text(language).split(separator: "\n").map { TextWidth.width(of: String($0)) }.max() ?? 0
            if widest > contentWidth {
                messages.append("the diagram\(tag) is \(widest) columns wide, more than the \(contentWidth) an 80×24 terminal shows, "
                                + "so its right side is cut off; make it narrower")
            }
        case .summary(let model):
            if let text = try? KerasSummary(model).text {
                let widest = text.split(separator: "\n").map { TextWidth.width(of: String($0)) }.max() ?? 0
                if widest > contentWidth {
                    messages.append("the model summary is \(widest) columns wide, more than the \(contentWidth) an 80×24 terminal shows; "
                                    + "shorter layer names make it narrower")
                }
            }
        default:
            break
        }
        // A summary's breakdown under the Keras table is supplementary (the view says `↓` leads to
        // it), so only the table itself must fit.
        var rows = contentHeight(lesson, index, language)
        if case .summary(let model) = kind, let table = try? KerasSummary(model).fitting(width: contentWidth).lines.count {
            rows = min(rows, table + 1)
        }
        if rows > contentRows {
            messages.append("this step\(languages(of: kind).count > 1 ? tag : "") needs \(rows) rows, more than the \(contentRows) "
                            + "an 80×24 terminal shows, so students must scroll (↓) to see the rest; split it into two steps")
        }
        return messages
    }

    /// The rows the step's content takes at 80 columns, as the step's view reports it.
    private static func contentHeight(_ lesson: Lesson, _ index: Int, _ language: Language) -> Int {
        var state = PlayerState(deck: [lesson], language: language, size: screen)
        state.stepIndex = index
        return Player.render(state).facts.contentHeight
    }

    /// A warning when the rnn step's heatmaps are shown at 80×24 as block means of many values.
    private static func rnnProblem(_ lesson: Lesson, _ index: Int, _ spec: RNNSpec) -> String? {
        let numbers = LessonLimits.rnnNumbers(timesteps: spec.timesteps, inputDim: spec.inputDim, hiddenUnits: spec.hiddenUnits) ?? Int.max
        guard numbers <= drawBudget else {
            return "this rnn step (T \(spec.timesteps), D \(spec.inputDim), H \(spec.hiddenUnits)) is far too large to show "
                + "value by value on an 80×24 terminal; a few hidden units and timesteps teach better"
        }
        var state = PlayerState(deck: [lesson], language: .en, size: screen)
        state.stepIndex = index
        state.timestep = spec.timesteps
        Player.prepare(&state)
        let worst = Player.render(state).facts.averaging.map(\.valuesPerPixel).max() ?? 1
        guard worst > heavyMean else { return nil }
        return "at 80×24 this rnn step's heatmaps show block means of up to \(worst) values per cell "
            + "(T \(spec.timesteps), D \(spec.inputDim), H \(spec.hiddenUnits)); fewer timesteps or units show every value"
    }
}
