import Lessons
import RNNCore
import Screen

/// Draws an rnn step's backward view at timestep t (T down to 1): the backward step's equation,
/// the loss and ‖∂L/∂x_t‖, the vectors ∂L/∂h_t ⊙ (1 − h_t²) = δ_t → Whᵀ·δ_t (= ∂L/∂h_{t−1}) with
/// their numbers (scientific notation when small), dWx, dWh and db summed from T down to t as
/// heatmaps, the bar chart of ‖∂L/∂x_t‖ on a log scale with t marked, and a legend. Every number
/// comes from the step's `BackwardComputation` (`BackwardLayout` says where things go).
struct BackwardView {
    /// The step's computation; its `backward` is prepared by `Player.update` (a pure fallback
    /// builds one for a state that was not prepared).
    var computation: StepComputation
    /// The timestep shown, 1…T.
    var t: Int
    /// Colour mode.
    var mode: ColorMode
    /// Language of captions.
    var language: Language
    /// Whether Unicode symbols and half blocks may be used (false on an ASCII terminal).
    var unicode = true

    /// The layout in `area`.
    func layout(_ area: Rect) -> BackwardLayout {
        BackwardLayout(sizes: RNNStepView.sizes(computation.run), t: t, area: area, mode: mode, unicode: unicode,
                       language: language)
    }

    /// The backward computation at t: the prepared one, else (a state `update` did not prepare)
    /// one built here.
    var backward: BackwardComputation {
        if let prepared = computation.backward, prepared.t == t { return prepared }
        var built = computation.backward ?? BackwardComputation(computation.run)
        built.show(t)
        return built
    }

    /// The caption: the loss, ‖∂L/∂x_t‖ and what → does next.
    func caption(_ b: BackwardComputation, width: Int) -> String {
        let names = BackwardNames(unicode: unicode)
        let ko = language == .ko
        let total = b.pass.timesteps
        let sigma = unicode ? "Σ" : "sum"
        let loss = "L = \(sigma) h_\(total) = " + NumberFormat.short(b.pass.loss, width: 9)
        let norm = names.inputNorm(t) + " = " + NumberFormat.scientific(b.record.inputGradNorm, significant: 2)
        let arrow = unicode ? "→" : ">"
        let next = t > 1
            ? (ko ? "\(arrow): t = \(t - 1)로" : "\(arrow): t = \(t - 1)")
            : (ko ? "첫 입력까지 왔습니다" : "back at the first input")
        let long = loss + "   " + norm + "   " + next
        return TextWidth.width(of: long) <= width ? long : loss + "   " + norm
    }

    /// Draws into `area`.
    func render(into frame: inout Frame, area: Rect) -> ViewFacts {
        let b = backward
        let layout = layout(area)
        for (i, line) in layout.equationLines.enumerated() {
            frame.put(line, x: area.x, y: area.y + i, style: .bold, clip: area)
        }
        frame.put(caption(b, width: layout.captionRow.width), x: layout.captionRow.x, y: layout.captionRow.y,
                  clip: layout.captionRow)
        for symbol in layout.symbols {
            let rect = symbol.rect
            let middle = rect.y + 1 + max(0, (rect.height - 2) / 2)
            frame.put(symbol.text, x: rect.x, y: min(middle, rect.maxY - 1), style: .bold, clip: rect)
        }
        var facts = ViewFacts()
        facts.contentHeight = area.height
        facts.visibleHeight = area.height
        for placed in layout.tensors {
            drawTensor(&frame, placed, b)
            if let fact = AveragingFact(name: placed.label, placed.heatmap) { facts.averaging.append(fact) }
        }
        if !layout.chartRect.isEmpty {
            let ko = language == .ko
            let names = BackwardNames(unicode: unicode)
            // The title drops its note rather than be cut inside it (60×20).
            let fullTitle = names.inputNorm + (ko ? " (로그 눈금)" : " (log scale)")
            let title = TextWidth.width(of: fullTitle) <= layout.chartRect.width ? fullTitle : names.inputNorm
            var chart = LogBarChart(title: title,
                                    values: b.shownNorms, decades: b.decades, marked: t - 1, mode: mode)
            chart.unicode = unicode
            chart.render(into: &frame, area: layout.chartRect)
        }
        drawLegend(&frame, layout.legendRect, b, averaging: facts.averaging)
        return facts
    }

    private func values(_ tensor: BackwardLayout.Tensor, _ b: BackwardComputation) -> Matrix {
        func column(_ v: [Double]) -> Matrix { Matrix(rows: v.count, cols: 1, values: v) }
        switch tensor {
        case .dState: return column(b.record.dState)
        case .factor: return column(b.record.tanhDerivative)
        case .delta: return column(b.record.delta)
        case .dPrev: return column(b.record.dPrevState)
        case .dInput: return column(b.record.dInput)
        case .dWx: return b.gradients.dWx
        case .dWh: return b.gradients.dWh
        case .db: return column(b.gradients.db)
        }
    }

    private func range(_ tensor: BackwardLayout.Tensor, _ b: BackwardComputation) -> ClosedRange<Double> {
        switch tensor {
        case .factor: return -1...1
        case .dWx, .dWh, .db: return b.parameterRange
        default: return b.gradientRange
        }
    }

    private func drawTensor(_ frame: inout Frame, _ placed: BackwardLayout.Placed, _ b: BackwardComputation) {
        var heatmap = Heatmap(title: "", matrix: values(placed.tensor, b), range: range(placed.tensor, b), mode: mode,
                              showValues: placed.showValues)
        heatmap.halfBlocks = unicode
        heatmap.scientific = true
        heatmap.cellWidth = placed.heatmap.cellWidth > 0 ? placed.heatmap.cellWidth : nil
        heatmap.render(into: &frame, area: placed.rect)
        let x = placed.rect.x + frame.put(placed.label, x: placed.rect.x, y: placed.rect.y, style: .bold, clip: placed.rect)
        // The shape only whole (`∂L/∂h_7 (8,` at 60×20 loses it instead).
        if x + 1 + TextWidth.width(of: placed.shape) <= placed.rect.maxX {
            frame.put(" " + placed.shape, x: x, y: placed.rect.y, style: .plain, clip: placed.rect)
        }
    }

    private func drawLegend(_ frame: inout Frame, _ area: Rect, _ b: BackwardComputation, averaging: [AveragingFact]) {
        guard !area.isEmpty else { return }
        let ko = language == .ko
        let names = BackwardNames(unicode: unicode)
        var col = area.x
        let first = names.gradientLegend + " "
        var gradients = Legend(range: b.gradientRange, mode: mode, barWidth: 7)
        gradients.scientific = true
        gradients.korean = ko
        var parameters = Legend(range: b.parameterRange, mode: mode, barWidth: 7)
        parameters.scientific = true
        // Both scales whole on the row: the bars narrow (to 2 cells at 60×20) so no range end is cut.
        let ends = [gradients, parameters].map { $0.rowWidth(barCells: 0) - 2 }
        let firstColumns = max(ends[0] + 2, 20)  // the first scale and the gap after it, bar aside
        let fixed = TextWidth.width(of: first + "dW, db ") + firstColumns + ends[1]
        let bar = max(2, min(7, (area.width - fixed) / 2))
        gradients.barWidth = bar
        parameters.barWidth = bar
        col += frame.put(first, x: col, y: area.y, style: RNNStepView.legendText, clip: area)
        gradients.render(into: &frame, area: Rect(x: col, y: area.y, width: min(ends[0] + bar, area.maxX - col), height: 1))
        col += bar + firstColumns
        col += frame.put("dW, db ", x: col, y: area.y, style: RNNStepView.legendText, clip: area)
        parameters.render(into: &frame, area: Rect(x: col, y: area.y, width: max(0, min(ends[1] + bar, area.maxX - col)), height: 1))
        var second = [String]()
        if let key = gradients.glyphKey { second.append(key) }
        second.append(names.factorLegend + (ko ? ": 가중치 색 " : ": weight colours ") + (unicode ? "(0…1)" : "(0 to 1)"))
        frame.put(AveragingFact.legendRow(second, averaging, korean: ko, width: area.width), x: area.x, y: area.y + 1, style: RNNStepView.legendText, clip: area)
    }
}
