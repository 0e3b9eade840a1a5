import Lessons
import RNNCore
import Screen

/// Draws an rnn step: the equation with shapes, `t = k/T`, every tensor of the current
/// timestep as a heatmap laid out like the equation (`RNNLayout`), the history of hidden states,
/// the numbers of h_t and a legend. Every number comes from the step's `StepComputation`.
struct RNNStepView {
    /// The cell kind shown.
    var cell = CellDescription.simpleRNN
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

    /// The run's sizes.
    static func sizes(_ run: RNNRun) -> CellDescription.RunSizes {
        .init(timesteps: run.timesteps, inputDim: run.inputDim, hiddenUnits: run.hiddenUnits)
    }

    /// The layout in `area`.
    func layout(_ area: Rect) -> RNNLayout {
        RNNLayout(cell: cell, sizes: RNNStepView.sizes(computation.run), t: t, area: area, mode: mode,
                  halfBlocks: halfBlocks, language: language)
    }

    /// The line under the equation: where we are and what the next key computes; a shorter
    /// wording when the long one does not fit `width`.
    func caption(width: Int) -> String {
        let total = computation.run.timesteps
        let ko = language == .ko
        guard t == 0 else {
            return "t = \(t)/\(total)   z_\(t) = Wx·x_\(t) + Wh·h_\(t - 1) + b,   h_\(t) = tanh(z_\(t))"
        }
        let long = ko
            ? "t = 0/\(total)   초기 상태 h_0. → 를 누르면 z_1 = Wx·x_1 + Wh·h_0 + b, h_1 = tanh(z_1) 을 계산합니다"
            : "t = 0/\(total)   initial state h_0. → computes z_1 = Wx·x_1 + Wh·h_0 + b, h_1 = tanh(z_1)"
        if TextWidth.width(of: long) <= width { return long }
        return ko
            ? "t = 0/\(total)   h_0: 초기 상태.  → h_1 = tanh(Wx·x_1 + Wh·h_0 + b)"
            : "t = 0/\(total)   h_0: initial state.  → h_1 = tanh(Wx·x_1 + Wh·h_0 + b)"
    }

    /// Draws into `area` and reports the numbers panel's scroll bound and the heatmaps' averaging.
    func render(into frame: inout Frame, area: Rect) -> ViewFacts {
        var run = computation.run
        // Views never compute; this only covers a state that `update` did not prepare.
        if run.computedSteps < t { run.compute(through: t) }
        let layout = layout(area)
        let values = TimestepTensors(run, t: t)
        for (i, line) in layout.equationLines.enumerated() {
            frame.put(line, x: area.x, y: area.y + i, style: .bold, clip: area)
        }
        frame.put(caption(width: layout.captionRow.width), x: layout.captionRow.x, y: layout.captionRow.y, clip: layout.captionRow)
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
        if let history = layout.history {
            drawHistory(&frame, layout, run: run)
            if let fact = AveragingFact(name: "states", history) { facts.averaging.append(fact) }
        }
        facts.scrollBound = drawNumbers(&frame, layout.numbersRect, values.h ?? run.parameters.h0)
        drawLegend(&frame, layout.legendRect, facts.averaging)
        return facts
    }

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
        if let cached = computation.weightPixels[placed.tensor.id.rawValue] {
            heatmap.pixels = cached.means
            heatmap.pixelGrid = cached.grid
        }
        heatmap.render(into: &frame, area: placed.rect)
        let x = placed.rect.x + frame.put(placed.label, x: placed.rect.x, y: placed.rect.y, style: .bold, clip: placed.rect)
        frame.put(" " + placed.shape, x: x, y: placed.rect.y, style: .dim, clip: placed.rect)
    }

    private func drawHistory(_ frame: inout Frame, _ layout: RNNLayout, run: RNNRun) {
        var heatmap = Heatmap(title: layout.historyTitle, matrix: run.computedStates, range: computation.ranges.weights,
                              mode: mode, highlightRow: t > 0 ? t - 1 : nil)
        heatmap.halfBlocks = halfBlocks
        heatmap.fill = Heatmap.Fill(totalRows: run.timesteps, filledRows: t)
        if let pixels = computation.historyPixels, pixels.filled == t {
            heatmap.pixels = pixels.means
            heatmap.pixelGrid = pixels.grid
        }
        heatmap.render(into: &frame, area: layout.historyRect)
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
        let label1 = language == .ko ? "가중치·상태 " : "weights, states "
        let label2 = language == .ko ? "부분합 " : "partial sums "
        let bar = 11
        var col = area.x + frame.put(label1, x: area.x, y: area.y, style: .dim, clip: area)
        let weights = Legend(range: computation.ranges.weights, mode: mode, barWidth: bar)
        col += weights.render(into: &frame, area: Rect(x: col, y: area.y, width: bar + 14, height: 1)) > 0 ? bar + 14 : 0
        col += frame.put(label2, x: col, y: area.y, style: .dim, clip: area)
        let partial = Legend(range: computation.ranges.partials, mode: mode, barWidth: bar)
        partial.render(into: &frame, area: Rect(x: col, y: area.y, width: min(bar + 14, area.maxX - col), height: 1))
        var second = [String]()
        if let key = weights.glyphKey { second.append(key) }
        second += averaging.map { "\($0.name): " + $0.note }
        if !second.isEmpty {
            frame.put(second.joined(separator: "   "), x: area.x, y: area.y + 1, style: .dim, clip: area)
        }
    }
}

private extension String {
    /// Pads with spaces to `width` columns.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - TextWidth.width(of: self)))
    }
}
