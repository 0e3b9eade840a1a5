import Lessons
import Screen

/// Where everything of an rnn step's screen goes, computed from the sizes alone (no values): the
/// equation lines, the caption row, each tensor's rectangle and heatmap layout in equation order,
/// the operators, the history of hidden states, the numbers panel and the legend.
///
/// `Player.update` uses it to prepare the pixels the heatmaps need (`StepComputation.prepare`);
/// `RNNStepView` draws into it. Both get the same layout for the same inputs.
struct RNNLayout {
    /// A tensor placed on screen.
    struct PlacedTensor {
        /// Its description.
        var tensor: CellDescription.Tensor
        /// Its label at this timestep, e.g. `x_3`.
        var label: String
        /// Its shape text, e.g. `(8, 4)`.
        var shape: String
        /// Its rectangle (label row included).
        var rect: Rect
        /// How its values fit the rectangle below the label row.
        var heatmap: HeatmapLayout
        /// Whether numbers may be printed in its cells.
        var showValues: Bool
    }

    /// The equation, one or two lines.
    var equationLines: [String]
    /// The row under the equation.
    var captionRow = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The tensors, in equation order.
    var tensors: [PlacedTensor] = []
    /// The operators and where they go.
    var symbols: [(text: String, rect: Rect)] = []
    /// The history heatmap's rectangle, title included (empty when there is no room).
    var historyRect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The history heatmap's layout (nil when there is no room).
    var history: HeatmapLayout?
    /// The history heatmap's title.
    var historyTitle = ""
    /// The numbers panel of h_t.
    var numbersRect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The two legend rows.
    var legendRect = Rect(x: 0, y: 0, width: 0, height: 0)

    /// Lays out `cell` for a run of `sizes` at timestep `t` in `area`.
    init(cell: CellDescription, sizes: CellDescription.RunSizes, t: Int, area: Rect, mode: ColorMode,
         halfBlocks: Bool, language: Language) {
        equationLines = RNNLayout.equationLines(cell.equation(sizes), indentAfter: cell.activation + "(", width: area.width)
        let (_, rest0) = area.splitTop(equationLines.count)
        let (capRow, rest1) = rest0.splitTop(1)
        captionRow = capRow
        let (body, legendArea) = rest1.splitTop(rest1.height - 2)
        legendRect = legendArea

        let sideWidth = 38
        var bands = RNNLayout.arrangeBands(cell, sizes, t: t, width: body.width, height: body.height)
        let besideLast = bands.count >= 2 && FlowLayout.width(of: bands[bands.count - 1]) + 2 + sideWidth <= body.width
        let historyBelow = besideLast ? 0 : min(max(4, body.height / 3), 2 + sizes.timesteps)
        let natural = bands.map { $0.map(\.preferredHeight).max() ?? 1 }
        let room = body.height - historyBelow
        let gaps = natural.reduce(0, +) + bands.count <= room ? 1 : 0
        let budget = max(2, (room - gaps * bands.count) / max(1, bands.count))
        if bands.isEmpty { bands = [[]] }
        var y = body.y + gaps
        var lastRect = Rect(x: body.x, y: y, width: 0, height: 0)
        for (index, band) in bands.enumerated() {
            let height = min(budget, natural[min(index, natural.count - 1)])
            var x = body.x
            for item in band {
                let rect = Rect(x: x, y: y, width: min(item.width, body.maxX - x), height: height)
                place(item, in: rect, cell: cell, mode: mode, halfBlocks: halfBlocks)
                x += item.width + 1
            }
            lastRect = Rect(x: x + 1, y: y, width: body.maxX - x - 1, height: height)
            y += height + gaps
        }
        let lower = besideLast ? lastRect : Rect(x: body.x, y: y, width: body.width, height: body.maxY - y)
        layLower(lower, sizes: sizes, t: t, mode: mode, halfBlocks: halfBlocks, language: language)
    }

    /// The equation as it fits `width`: one line, or two with the second indented under
    /// `indentAfter` (the activation's opening parenthesis).
    static func equationLines(_ parts: [String], indentAfter: String, width: Int) -> [String] {
        let whole = parts.joined(separator: " ")
        if TextWidth.width(of: whole) <= width || parts.count < 2 { return [whole] }
        let indent = parts[0].range(of: indentAfter).map { parts[0].distance(from: parts[0].startIndex, to: $0.upperBound) } ?? 0
        return [parts[0], String(repeating: " ", count: indent) + parts[1]]
    }

    /// The equation's pieces in bands: numbers inside the vectors when every row fits.
    private static func arrangeBands(_ cell: CellDescription, _ sizes: CellDescription.RunSizes, t: Int,
                                     width: Int, height: Int) -> [[FlowItem]] {
        let maxMatrix = max(8, (width - 50) / 2)
        let plain = FlowLayout.arrange(flowItems(cell, sizes, t: t, values: false, maxMatrix: maxMatrix), width: width)
        let rows = max(sizes.hiddenUnits, sizes.inputDim)
        if rows <= height / max(1, plain.count) - 1 {
            let withValues = FlowLayout.arrange(flowItems(cell, sizes, t: t, values: true, maxMatrix: maxMatrix), width: width)
            if withValues.count <= plain.count { return withValues }
        }
        return plain
    }

    /// The equation's pieces in reading order; at t = 0 they are named for the first step.
    private static func flowItems(_ cell: CellDescription, _ sizes: CellDescription.RunSizes, t: Int,
                                  values: Bool, maxMatrix: Int) -> [FlowItem] {
        let now = max(t, 1)
        var items: [FlowItem] = []
        for (index, tensor) in cell.tensors.enumerated() {
            let dims = tensor.shape(sizes)
            items.append(.tensor(index: index, label: tensor.label(now), shape: CellDescription.shapeText(dims),
                                 rows: dims[0], cols: dims.count > 1 ? dims[1] : 1,
                                 values: values && !tensor.isMatrix, maxWidth: maxMatrix))
            if let symbol = tensor.symbolAfter { items.append(.symbol(symbol)) }
        }
        return items
    }

    private mutating func place(_ item: FlowItem, in rect: Rect, cell: CellDescription, mode: ColorMode, halfBlocks: Bool) {
        switch item {
        case .symbol(let text):
            symbols.append((text, rect))
        case let .tensor(index, label, shape, rows, cols, values, _):
            let heatmap = Heatmap.layout(rows: rows, cols: cols, titleWidth: 0, showValues: values, highlightRow: false,
                                         highlightColumn: false, mode: mode, halfBlocks: halfBlocks, area: rect)
            tensors.append(PlacedTensor(tensor: cell.tensors[index], label: label, shape: shape, rect: rect,
                                        heatmap: heatmap, showValues: values))
        }
    }

    /// The history (left) and the numbers of h_t (right) in `area`.
    private mutating func layLower(_ area: Rect, sizes: CellDescription.RunSizes, t: Int, mode: ColorMode,
                                   halfBlocks: Bool, language: Language) {
        guard !area.isEmpty else { return }
        let numbersWidth = area.width >= 60 ? min(max(24, area.width / 3), 40) : 19
        let (left, right) = area.splitLeft(area.width - numbersWidth - 1)
        historyTitle = (language == .ko ? "은닉 상태 " : "states ")
            + CellDescription.shapeText([sizes.timesteps, sizes.hiddenUnits])
        historyRect = left
        history = Heatmap.layout(rows: sizes.timesteps, cols: sizes.hiddenUnits, titleWidth: TextWidth.width(of: historyTitle),
                                 showValues: false, highlightRow: t > 0, highlightColumn: false,
                                 mode: mode, halfBlocks: halfBlocks, area: left)
        numbersRect = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
    }
}
