import Lessons
import RNNCore
import Screen

/// Draws an rnn step: the equation with shapes, `t = k/T`, every tensor of the current
/// timestep as a heatmap laid out like the equation, the history of hidden states, the numbers
/// of h_t and a legend. Every number comes from the engine's `StepRecord`.
struct RNNStepView {
    /// The forward pass, its colour scales and its history.
    var entry: EngineCache.Entry
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

    /// The forward pass.
    var run: RNNRun { entry.run }

    /// numpy's shape text: `(8, 4)` or `(8,)`.
    static func shape(_ dims: Int...) -> String {
        dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.map(String.init).joined(separator: ", ") + ")"
    }

    /// The equation with shapes, e.g. `h_t (8,) = tanh( Wx (8, 4) · x_t (4,) + Wh (8, 8) · h_{t-1} (8,) + b (8,) )`.
    var equation: String { equationParts.joined(separator: " ") }

    /// The equation in two halves, split before `+ Wh`, for screens too narrow for one line.
    var equationParts: [String] {
        let h = run.hiddenUnits, d = run.inputDim
        let sh = RNNStepView.shape(h), sx = RNNStepView.shape(d)
        return ["h_t \(sh) = tanh( Wx \(RNNStepView.shape(h, d)) · x_t \(sx)",
                "+ Wh \(RNNStepView.shape(h, h)) · h_{t-1} \(sh) + b \(sh) )"]
    }

    /// The equation as it fits `width`: one line, or two with the second indented under `tanh(`.
    func equationLines(width: Int) -> [String] {
        if TextWidth.width(of: equation) <= width { return [equation] }
        let parts = equationParts
        let indent = String(repeating: " ", count: parts[0].distance(from: parts[0].startIndex, to: parts[0].range(of: "tanh(")!.upperBound))
        return [parts[0], indent + parts[1]]
    }

    /// The line under the equation: where we are and what the next key computes; a shorter
    /// wording when the long one does not fit `width`.
    func caption(width: Int) -> String {
        let total = run.timesteps
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

    /// Draws into `area`: equation, caption, the equation's tensors in one or two bands, the
    /// history and numbers (beside the last band when there is room, else below), the legend.
    func render(into frame: inout Frame, area: Rect) {
        let tensors = Tensors(entry, t: t)
        let lines = equationLines(width: area.width)
        let (eqRows, rest0) = area.splitTop(lines.count)
        for (i, line) in lines.enumerated() {
            frame.put(line, x: eqRows.x, y: eqRows.y + i, style: .bold, clip: eqRows)
        }
        let (capRow, rest1) = rest0.splitTop(1)
        frame.put(caption(width: capRow.width), x: capRow.x, y: capRow.y, clip: capRow)
        let (body, legendArea) = rest1.splitTop(rest1.height - 2)

        let sideWidth = 38
        var bands = arrangeBands(tensors, width: body.width, height: body.height)
        let besideLast = bands.count >= 2 && FlowLayout.width(of: bands[bands.count - 1]) + 2 + sideWidth <= body.width
        let historyBelow = besideLast ? 0 : min(max(4, body.height / 3), 2 + run.timesteps)
        let natural = bands.map { $0.map(\.preferredHeight).max() ?? 1 }
        let room = body.height - historyBelow
        let gaps = natural.reduce(0, +) + bands.count <= room ? 1 : 0
        let budget = max(2, (room - gaps * bands.count) / max(1, bands.count))
        if bands.isEmpty { bands = [[]] }
        var y = body.y + gaps
        var notes: [String] = []
        var lastRect = Rect(x: body.x, y: y, width: 0, height: 0)
        for (index, band) in bands.enumerated() {
            let height = min(budget, natural[min(index, natural.count - 1)])
            var x = body.x
            for item in band {
                let rect = Rect(x: x, y: y, width: min(item.width, body.maxX - x), height: height)
                if let note = item.draw(&frame, rect) { notes.append(note) }
                x += item.width + 1
            }
            lastRect = Rect(x: x + 1, y: y, width: body.maxX - x - 1, height: height)
            y += height + gaps
        }
        let lower = besideLast
            ? lastRect
            : Rect(x: body.x, y: y, width: body.width, height: body.maxY - y)
        notes += drawLower(&frame, lower, tensors)
        drawLegend(&frame, legendArea, tensors, notes: notes)
    }

    /// The equation's pieces in bands: numbers inside the vectors when every row fits.
    private func arrangeBands(_ x: Tensors, width: Int, height: Int) -> [[FlowItem]] {
        let maxMatrix = max(8, (width - 50) / 2)
        let plain = FlowLayout.arrange(flowItems(x, values: false, maxMatrix: maxMatrix), width: width)
        let rows = max(run.hiddenUnits, run.inputDim)
        if rows <= height / max(1, plain.count) - 1 {
            let withValues = FlowLayout.arrange(flowItems(x, values: true, maxMatrix: maxMatrix), width: width)
            if withValues.count <= plain.count { return withValues }
        }
        return plain
    }

    /// The equation's pieces, in reading order. At t = 0 they are named for the first step,
    /// with the values it will compute still empty.
    private func flowItems(_ x: Tensors, values: Bool, maxMatrix: Int) -> [FlowItem] {
        let h = run.hiddenUnits, d = run.inputDim
        let weight = x.weightRange, partial = x.partialRange
        let now = max(t, 1)
        func matrix(_ name: String, _ m: Matrix, _ range: ClosedRange<Double>) -> FlowItem {
            .heatmap(name: name, shape: RNNStepView.shape(m.rows, m.cols), matrix: m, range: range, mode: mode,
                     values: false, maxWidth: maxMatrix, halfBlocks: halfBlocks)
        }
        func vector(_ name: String, _ v: [Double]?, _ length: Int, _ range: ClosedRange<Double>) -> FlowItem {
            let m = Matrix(rows: length, cols: 1, values: v ?? Array(repeating: .nan, count: length))
            return .heatmap(name: name, shape: RNNStepView.shape(length), matrix: m, range: range, mode: mode,
                            values: values, maxWidth: maxMatrix, halfBlocks: halfBlocks)
        }
        return [
            matrix("Wx", run.parameters.wx, weight),
            .symbol("·"),
            vector("x_\(now)", x.x, d, weight),
            .symbol("="),
            vector("Wx·x_\(now)", x.wxX, h, partial),
            .symbol("+"),
            matrix("Wh", run.parameters.wh, weight),
            .symbol("·"),
            vector("h_\(now - 1)", x.hPrev, h, weight),
            .symbol("="),
            vector("Wh·h_\(now - 1)", x.whH, h, partial),
            .symbol("+"),
            vector("b", run.parameters.b, h, weight),
            .symbol("="),
            vector("z_\(now)", x.pre, h, partial),
            .symbol("tanh→"),
            vector("h_\(now)", t == 0 ? nil : x.h, h, weight),
        ]
    }

    /// The history of hidden states and the numbers of h_t.
    private func drawLower(_ frame: inout Frame, _ area: Rect, _ x: Tensors) -> [String] {
        guard !area.isEmpty else { return [] }
        let h = run.hiddenUnits
        let numbersWidth = area.width >= 60 ? min(max(24, area.width / 3), 40) : 19
        let (left, right) = area.splitLeft(area.width - numbersWidth - 1)
        let title = (language == .ko ? "은닉 상태 " : "states ") + RNNStepView.shape(run.timesteps, h)
        var heatmap = Heatmap(title: title, matrix: x.history, range: x.weightRange, mode: mode,
                              highlightRow: t > 0 ? t - 1 : nil)
        heatmap.halfBlocks = halfBlocks
        heatmap.growingMeans = x.historyMeans
        heatmap.filledRows = t
        let layout = heatmap.render(into: &frame, area: left)
        drawNumbers(&frame, Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height), x)
        return layout.scaleNote.map { ["states: " + $0] } ?? []
    }

    /// h_t's values, one per row, in columns; scrolls with j/k.
    private func drawNumbers(_ frame: inout Frame, _ area: Rect, _ x: Tensors) {
        guard !area.isEmpty else { return }
        let values = x.h ?? run.parameters.h0
        frame.put("h_\(t) " + RNNStepView.shape(values.count), x: area.x, y: area.y, style: .bold, clip: area)
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
    }

    private func drawLegend(_ frame: inout Frame, _ area: Rect, _ x: Tensors, notes: [String]) {
        guard !area.isEmpty else { return }
        let label1 = language == .ko ? "가중치·상태 " : "weights, states "
        let label2 = language == .ko ? "부분합 " : "partial sums "
        let bar = 11
        var col = area.x + frame.put(label1, x: area.x, y: area.y, style: .dim, clip: area)
        let weights = Legend(range: x.weightRange, mode: mode, barWidth: bar)
        col += weights.render(into: &frame, area: Rect(x: col, y: area.y, width: bar + 14, height: 1)) > 0 ? bar + 14 : 0
        col += frame.put(label2, x: col, y: area.y, style: .dim, clip: area)
        let partial = Legend(range: x.partialRange, mode: mode, barWidth: bar)
        partial.render(into: &frame, area: Rect(x: col, y: area.y, width: min(bar + 14, area.maxX - col), height: 1))
        var second = [String]()
        if let key = weights.glyphKey { second.append(key) }
        second += notes
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
