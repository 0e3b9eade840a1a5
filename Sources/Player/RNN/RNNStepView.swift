import Lessons
import RNNCore
import Screen

/// Draws an rnn step: the equation with shapes, `t = k/T`, every tensor of the current
/// timestep as a heatmap laid out like the equation (`RNNLayout`), the history of hidden states,
/// the numbers of h_t and a legend. Every number comes from the step's `StepComputation`.
struct RNNStepView {
    /// The cell kind shown: the SimpleRNN with the run's activation.
    var cell: CellDescription { RNNStepView.cell(computation.run.activation, language) }
    /// The step's computation, prepared by `Player.update` (a pure fallback computes what is missing).
    var computation: StepComputation
    /// The timestep shown: 0 is the initial state.
    var t: Int
    /// Colour mode.
    var mode: ColorMode
    /// Language of captions.
    var language: Language
    /// Rows scrolled in the numbers panel.
    var scroll: Int
    /// Whether heatmaps may use `▀` half blocks.
    var halfBlocks = true
    /// The step's callouts in the view's language, by timestep.
    var callouts: [Int: String] = [:]
    /// Inspect mode's cursor (nil outside inspect mode).
    var inspect: InspectCursor?
    /// The step's what-if edits (nil: none).
    var edits: WhatIfEdits?
    /// True when the history is drawn as a line chart per unit (`v`).
    var trajectories = false
    /// The words the step reads, one per timestep (nil: a plain rnn step); see `SentenceStrip`.
    var sentence: Sentence?

    /// The SimpleRNN description for `activation`, its name in `language` (identity is 항등 in Korean).
    static func cell(_ activation: Activation, _ language: Language) -> CellDescription {
        switch activation {
        case .tanh: return .simpleRNN
        case .relu: return .simpleRNN(activation: "ReLU", arrow: "ReLU→")
        case .identity: return language == .ko ? .simpleRNN(activation: "항등", arrow: "항등→")
            : .simpleRNN(activation: "identity", arrow: "  id→")
        }
    }

    /// The run's sizes.
    static func sizes(_ run: RNNRun) -> CellDescription.RunSizes {
        .init(timesteps: run.timesteps, inputDim: run.inputDim, hiddenUnits: run.hiddenUnits)
    }

    /// The layout in `area`.
    func layout(_ area: Rect) -> RNNLayout {
        RNNLayout(cell: cell, sizes: RNNStepView.sizes(computation.run), t: t, area: area, mode: mode,
                  halfBlocks: halfBlocks, language: language, calloutRows: calloutRows(width: area.width) + strip.rows,
                  inspecting: inspect != nil)
    }

    /// Rows kept for callouts: the most any of the step's callouts takes at `width` (at most 2),
    /// so the screen below does not move between timesteps.
    func calloutRows(width: Int) -> Int {
        callouts.values.map { min(2, RNNStepView.calloutBlock($0).height(forWidth: width)) }.max() ?? 0
    }

    /// A callout as drawn: bold, after a marker.
    static func calloutBlock(_ text: String) -> TextBlock {
        TextBlock("▸ " + text, style: Style(attributes: .bold))
    }

    /// The line under the equation: where we are and what the next key computes; a shorter
    /// wording when the long one does not fit `width`.
    func caption(width: Int) -> String {
        let total = computation.run.timesteps
        let ko = language == .ko
        let f = cell.activation
        if let report = WhatIfReport(edits: edits, computation: computation, t: t, language: language).text { return report }
        if let words = sentenceCaption(width: width) { return words }
        guard t == 0 else {
            let main = "t = \(t)/\(total)   z_\(t) = Wx·x_\(t) + Wh·h_\(t - 1) + b,   h_\(t) = \(f)(z_\(t))"
            // h_{t-1} is the previous step's h_t: say so, when it fits.
            let tag = t == 1
                ? (ko ? "   (h_0: 초기 상태)" : "   (h_0: the initial state)")
                : (ko ? "   (h_\(t - 1): t = \(t - 1)의 h_t)" : "   (h_\(t - 1): h_t of t = \(t - 1))")
            if TextWidth.width(of: main + tag) <= width { return main + tag }
            if TextWidth.width(of: main) <= width { return main }
            // Narrower spacing, then whole terms dropped from the end (60×20 at t = 10).
            let compact = "t = \(t)/\(total)  z_\(t) = Wx·x_\(t) + Wh·h_\(t - 1) + b,  h_\(t) = \(f)(z_\(t))"
            return TextShortening.shortened(compact, to: width)
        }
        let long = ko
            ? "t = 0/\(total)   초기 상태 h_0. →를 누르면 z_1 = Wx·x_1 + Wh·h_0 + b, h_1 = \(f)(z_1)을 계산합니다"
            : "t = 0/\(total)   initial state h_0. → computes z_1 = Wx·x_1 + Wh·h_0 + b, h_1 = \(f)(z_1)"
        if TextWidth.width(of: long) <= width { return long }
        return TextShortening.shortened(ko
            ? "t = 0/\(total)   h_0: 초기 상태.  → h_1 = \(f)(Wx·x_1 + Wh·h_0 + b)"
            : "t = 0/\(total)   h_0: initial state.  → h_1 = \(f)(Wx·x_1 + Wh·h_0 + b)", to: width)
    }

    /// Draws into `area` and reports the numbers panel's scroll bound and the heatmaps' averaging.
    func render(into frame: inout Frame, area: Rect) -> ViewFacts {
        var run = computation.run
        // Views never compute; this only covers a state that `update` did not prepare.
        if run.computedSteps < t { run.compute(through: t) }
        let layout = layout(area)
        let values = TimestepTensors(run, t: t)
        for (i, line) in layout.equationLines.enumerated() {
            frame.put(TextShortening.shortened(line, to: area.width), x: area.x, y: area.y + i, style: .bold, clip: area)
        }
        frame.put(caption(width: layout.captionRow.width), x: layout.captionRow.x, y: layout.captionRow.y, clip: layout.captionRow)
        let (stripRect, calloutRect) = layout.calloutRect.splitTop(min(strip.rows, layout.calloutRect.height))
        strip.render(into: &frame, area: stripRect)
        if let callout = callouts[t], !calloutRect.isEmpty {
            RNNStepView.calloutBlock(callout).render(into: &frame, area: calloutRect)
        }
        var facts = ViewFacts()
        facts.contentHeight = area.height
        facts.visibleHeight = area.height
        for symbol in layout.symbols {
            let rect = symbol.rect
            let middle = rect.y + 1 + max(0, (rect.height - 2) / 2)
            frame.put(symbol.text, x: rect.x, y: min(middle, rect.maxY - 1), style: .bold, clip: rect)
        }
        for placed in layout.tensors {
            drawTensor(&frame, placed, run: run, values: values)
            if let fact = AveragingFact(name: placed.label, placed.heatmap) { facts.averaging.append(fact) }
        }
        let overlay = InspectOverlay(layout: layout, computation: computation, t: t)
        overlay.markChanges(in: &frame)
        if let inspect, t >= 1 { overlay.highlight(inspect, in: &frame) }
        if trajectories, !layout.historyRect.isEmpty {
            TrajectoryPanel(computation: computation, run: run, t: t, mode: mode, language: language, ascii: !halfBlocks,
                            emphasised: inspect.flatMap(TrajectoryPanel.unit))
                .render(into: &frame, area: Rect(x: layout.historyRect.x - layout.historyLabels.width, y: layout.historyRect.y,
                                                 width: layout.historyRect.width + layout.historyLabels.width,
                                                 height: layout.historyRect.height))
        } else if let history = layout.history {
            drawHistory(&frame, layout, run: run)
            if let fact = AveragingFact(name: language == .ko ? "은닉 상태" : "states", history) { facts.averaging.append(fact) }
        }
        if let drill = computation.drillDown, !layout.drillRect.isEmpty {
            DrillDownView(drill: drill, activationName: cell.activation, language: language).render(into: &frame, area: layout.drillRect)
        }
        facts.scrollBound = drawNumbers(&frame, layout.numbersRect, values.h ?? run.parameters.h0)
        drawLegend(&frame, layout.legendRect, facts.averaging)
        return facts
    }

    /// Legend text: plain (not dim), so it reads from the back of a room on dark and light
    /// backgrounds alike.
    static let legendText = Style.plain

    private func range(_ role: CellDescription.Role) -> ClosedRange<Double> {
        role == .partial ? computation.ranges.partials : computation.ranges.weights
    }

    private func drawTensor(_ frame: inout Frame, _ placed: RNNLayout.PlacedTensor, run: RNNRun, values: TimestepTensors) {
        let matrix: Matrix
        if let constant = computation.constantMatrix(placed.tensor.id) {
            matrix = constant
        } else {
            let dims = placed.tensor.shape(RNNStepView.sizes(run))
            let vector = values.vector(placed.tensor.id, run.parameters) ?? Array(repeating: .nan, count: dims[0])
            matrix = Matrix(rows: vector.count, cols: 1, values: vector)
        }
        var heatmap = Heatmap(title: "", matrix: matrix, range: range(placed.tensor.role), mode: mode, showValues: placed.showValues)
        heatmap.halfBlocks = halfBlocks
        heatmap.cellWidth = placed.heatmap.cellWidth > 0 ? placed.heatmap.cellWidth : nil
        heatmap.rowHeight = placed.heatmap.rowHeight
        if let cached = computation.weightPixels[placed.tensor.id.rawValue] {
            heatmap.pixels = cached.means
            heatmap.pixelGrid = cached.grid
        }
        heatmap.render(into: &frame, area: placed.rect)
        let x = placed.rect.x + frame.put(placed.label, x: placed.rect.x, y: placed.rect.y, style: .bold, clip: placed.rect)
        frame.put(" " + placed.shape, x: x, y: placed.rect.y, style: .plain, clip: placed.rect)
    }

    private func drawHistory(_ frame: inout Frame, _ layout: RNNLayout, run: RNNRun) {
        // The marker's gutter is kept at t = 0 too (row -1 marks nothing), so nothing moves at t = 1.
        var heatmap = Heatmap(title: layout.historyTitle, matrix: run.computedStates, range: computation.ranges.weights,
                              mode: mode, highlightRow: t - 1)
        heatmap.halfBlocks = halfBlocks
        heatmap.fill = Heatmap.Fill(totalRows: run.timesteps, filledRows: t)
        if let cell = layout.history?.cellWidth, cell > 0 { heatmap.cellWidth = cell }
        if let pixels = computation.historyPixels, pixels.filled == t {
            heatmap.pixels = pixels.means
            heatmap.pixelGrid = pixels.grid
        }
        heatmap.render(into: &frame, area: layout.historyRect)
        let labels = layout.historyLabels
        guard !labels.isEmpty else { return }
        for row in 0..<labels.height {
            let text = String(row + 1)
            let style: Style = row == t - 1 ? .bold : .plain
            frame.put(text, x: labels.maxX - 1 - TextWidth.width(of: text), y: labels.y + row, style: style, clip: labels)
        }
    }

    /// h_t's values, one per row, in columns; scrolls with j/k. Returns the largest useful scroll.
    private func drawNumbers(_ frame: inout Frame, _ area: Rect, _ values: [Double]) -> Int {
        guard !area.isEmpty else { return 0 }
        frame.put("h_\(t) " + CellDescription.shapeText([values.count]), x: area.x, y: area.y, style: .bold, clip: area)
        let rows = max(1, area.height - 1)
        let colWidth = 19
        let columns = max(1, area.width / colWidth)
        let perPage = rows * columns
        let maxScroll = max(0, (values.count - perPage + columns - 1) / columns)
        let first = min(scroll, maxScroll) * columns
        for (slot, index) in (first..<min(values.count, first + perPage)).enumerated() {
            let col = slot / rows, row = slot % rows
            let number = NumberFormat.fixed(values[index], decimals: 8)
            let text = "[\(index)]".padding(5) + (number.hasPrefix("-") ? number : " " + number)
            frame.put(text, x: area.x + col * colWidth, y: area.y + 1 + row, clip: area)
        }
        if first + perPage < values.count {
            let more = language == .ko ? "↓ j 더 보기" : "↓ j more"
            frame.put(more, x: area.maxX - TextWidth.width(of: more), y: area.y, style: .dim, clip: area)
        }
        return maxScroll
    }

    private func drawLegend(_ frame: inout Frame, _ area: Rect, _ averaging: [AveragingFact]) {
        guard !area.isEmpty else { return }
        let ko = language == .ko
        let fromData = computation.ranges.partialsFromData
        var weights = Legend(range: computation.ranges.weights, mode: mode, barWidth: 11)
        weights.korean = ko
        let partial = Legend(range: computation.ranges.partials, mode: mode, barWidth: 11)
        // Both scales whole on the row: the bars narrow (to 5 cells) before the labels take their
        // short forms (60×20 in English), so no range end is ever cut off.
        let ends = [weights, partial].map { $0.rowWidth(barCells: 0) - 2 }
        let forms = ko ? [("가중치·상태 ", "부분합 ")] : [("weights, states ", "partial sums "), ("weights ", "sums ")]
        var labels = forms[forms.count - 1], bar = 5
        for form in forms {
            let fixed = TextWidth.width(of: form.0 + form.1) + ends[0] + ends[1] + 2
            if fixed + 2 * 5 <= area.width || form == forms[forms.count - 1] {
                labels = form
                bar = max(2, min(11, (area.width - fixed) / 2))
                break
            }
        }
        weights.barWidth = bar
        var col = area.x + frame.put(labels.0, x: area.x, y: area.y, style: RNNStepView.legendText, clip: area)
        col += weights.render(into: &frame, area: Rect(x: col, y: area.y, width: ends[0] + bar, height: 1)) > 0 ? ends[0] + bar + 2 : 0
        col += frame.put(labels.1, x: col, y: area.y, style: RNNStepView.legendText, clip: area)
        var partialBar = partial
        partialBar.barWidth = bar
        partialBar.render(into: &frame, area: Rect(x: col, y: area.y, width: min(ends[1] + bar, area.maxX - col), height: 1))
        var second = [String]()
        if let key = weights.glyphKey { second.append(key) }
        // Which scale the partial sums use: the run's own values, or a bound when the run is too
        // large to compute at opening.
        second.append(ko ? (fromData ? "부분합: 실제 최대" : "부분합: 상한") : (fromData ? "partial sums: run's max" : "partial sums: bound"))
        if !second.isEmpty {
            // Whole items only: those that do not fit give way to `…` (60×20), never one cut in half.
            frame.put(AveragingFact.legendRow(second, averaging, korean: ko, width: area.width), x: area.x, y: area.y + 1,
                      style: RNNStepView.legendText, clip: area)
        }
    }
}

private extension String {
    /// Pads with spaces to `width` columns.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - TextWidth.width(of: self)))
    }
}
