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
    /// The rows under the caption kept for the step's callouts (empty when it has none).
    var calloutRect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Columns per value shared by every tensor of the equation (5 or more: numbers in the cells).
    var cellWidth = 2
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
    /// The column left of the history where each row's t is written (empty when rows are averaged).
    var historyLabels = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The numbers panel of h_t (empty when there is no room: the h_t vector shows its numbers).
    var numbersRect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The two legend rows.
    var legendRect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Inspect mode's drill-down panel: the free rows under the equation when there are enough
    /// (120×40), else the numbers panel's place, else the history's (80×24). Empty outside inspect mode.
    var drillRect = Rect(x: 0, y: 0, width: 0, height: 0)

    /// Columns per value tried, widest first: numbers with three decimals, with two, colour only.
    static let cellWidths = [7, 5, 2, 1]
    /// Columns the numbers panel of h_t needs at least.
    static let numbersMinWidth = 19

    /// Lays out `cell` for a run of `sizes` at timestep `t` in `area`. Nothing depends on the
    /// values, and the columns depend on T rather than on t, so they never move between timesteps.
    /// `calloutRows` rows under the caption are kept for callouts (the same at every timestep).
    init(cell: CellDescription, sizes: CellDescription.RunSizes, t: Int, area: Rect, mode: ColorMode,
         halfBlocks: Bool, language: Language, calloutRows: Int = 0, inspecting: Bool = false) {
        equationLines = RNNLayout.equationLines(cell.equation(sizes), indentAfter: cell.activation + "(", width: area.width)
        let (_, rest0) = area.splitTop(equationLines.count)
        let (capRow, rest) = rest0.splitTop(1)
        captionRow = capRow
        let (callouts, rest1) = rest.splitTop(calloutRows)
        calloutRect = callouts
        let (body, legendArea) = rest1.splitTop(rest1.height - 2)
        legendRect = legendArea

        let history = RNNLayout.historyWidth(sizes)
        var choice: (width: Int, bands: [[FlowItem]])?
        for c in RNNLayout.cellWidths {
            let bands = FlowLayout.arrange(RNNLayout.flowItems(cell, sizes, t: t, cellWidth: c, maxWidth: body.width), width: body.width)
            let heights = bands.map { $0.map(\.preferredHeight).max() ?? 1 }
            let widest = bands.map(FlowLayout.width).max() ?? 0
            let beside = bands.count >= 2 && FlowLayout.width(of: bands[bands.count - 1]) + 2 + history <= body.width
            let historyRows = beside ? 0 : 1 + min(sizes.timesteps, 4)
            let needed = heights.reduce(0, +) + bands.count - 1 + historyRows
            // Numbers in the matrices only when every row fits; colour cells may be squeezed.
            if c == 1 || (bands.count <= 2 && widest <= body.width && (c < 5 || needed <= body.height)) {
                choice = (c, bands)
                break
            }
        }
        var bands = choice?.bands ?? [[]]
        cellWidth = choice?.width ?? 1
        // On large screens the cells grow taller too (2 or 3 rows per value) when everything, the
        // history with a row per timestep included, still fits: the screen keeps its proportions.
        if cellWidth >= 2 {
            for rowHeight in [3, 2] {
                let grown = FlowLayout.arrange(RNNLayout.flowItems(cell, sizes, t: t, cellWidth: cellWidth, maxWidth: body.width,
                                                                   rowHeight: rowHeight), width: body.width)
                guard grown.count == bands.count else { continue }
                let beside = grown.count >= 2 && FlowLayout.width(of: grown[grown.count - 1]) + 2 + history <= body.width
                let needed = grown.map { $0.map(\.preferredHeight).max() ?? 1 }.reduce(0, +) + grown.count
                    + (beside ? 0 : 1 + sizes.timesteps)
                if needed <= body.height {
                    bands = grown
                    break
                }
            }
        }
        if bands.isEmpty { bands = [[]] }

        let besideLast = bands.count >= 2 && FlowLayout.width(of: bands[bands.count - 1]) + 2 + history <= body.width
        let historyBelow = besideLast ? 0 : min(max(4, body.height / 3), 2 + sizes.timesteps)
        let natural = bands.map { $0.map(\.preferredHeight).max() ?? 1 }
        let room = body.height - historyBelow
        let gaps = natural.reduce(0, +) + bands.count <= room ? 1 : 0
        let budget = max(2, (room - gaps * bands.count) / max(1, bands.count))
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
            // Beside the last band, the history may run down to the bottom of the body.
            lastRect = Rect(x: x + 1, y: y, width: body.maxX - x - 1, height: body.maxY - y)
            y += height + gaps
        }
        var lower = besideLast ? lastRect : Rect(x: body.x, y: y, width: body.width, height: body.maxY - y)
        if inspecting, besideLast {
            // The history keeps its rows beside the last band; the rows under both take the panel.
            let freeTop = max(y, min(lastRect.maxY, lastRect.y + 2 + sizes.timesteps))
            if body.maxY - freeTop >= RNNLayout.drillMinRows {
                lower.height = freeTop - lower.y
                drillRect = Rect(x: body.x, y: freeTop, width: body.width, height: body.maxY - freeTop)
            }
        }
        layLower(lower, sizes: sizes, t: t, mode: mode, halfBlocks: halfBlocks, language: language)
        if inspecting, drillRect.isEmpty {
            if !numbersRect.isEmpty {
                drillRect = numbersRect
                numbersRect = Rect(x: 0, y: 0, width: 0, height: 0)
            } else {
                drillRect = lower
                self.history = nil
                historyRect = Rect(x: 0, y: 0, width: 0, height: 0)
                historyLabels = historyRect
            }
        }
    }

    /// Rows the drill-down panel wants at least before it takes the place of another panel.
    static let drillMinRows = 8

    /// The equation as it fits `width`: one line, or two with the second indented under
    /// `indentAfter` (the activation's opening parenthesis).
    static func equationLines(_ parts: [String], indentAfter: String, width: Int) -> [String] {
        let whole = parts.joined(separator: " ")
        if TextWidth.width(of: whole) <= width || parts.count < 2 { return [whole] }
        let indent = parts[0].range(of: indentAfter).map { parts[0].distance(from: parts[0].startIndex, to: $0.upperBound) } ?? 0
        return [parts[0], String(repeating: " ", count: indent) + parts[1]]
    }

    /// The history's title as it fits `width` columns, never cut inside its shape: `은닉 상태 (3, 5)`
    /// (`states (3, 5)`), else the shorter `h (3, 5)`, else `h`.
    static func historyTitle(_ sizes: CellDescription.RunSizes, width: Int, language: Language) -> String {
        let shape = CellDescription.shapeText([sizes.timesteps, sizes.hiddenUnits])
        let candidates = [(language == .ko ? "은닉 상태 " : "states ") + shape, "h " + shape, "h"]
        return candidates.first { TextWidth.width(of: $0) <= width } ?? ""
    }

    /// Columns the history wants: t labels, the row marker, two columns per unit (at most 40).
    static func historyWidth(_ sizes: CellDescription.RunSizes) -> Int {
        String(sizes.timesteps).count + 1 + 1 + min(40, 2 * sizes.hiddenUnits)
    }

    /// The equation's pieces in reading order; at t = 0 they are named for the first step. Each
    /// reserves the width of its widest label over the run (t = 1 … T).
    private static func flowItems(_ cell: CellDescription, _ sizes: CellDescription.RunSizes, t: Int,
                                  cellWidth: Int, maxWidth: Int, rowHeight: Int = 1) -> [FlowItem] {
        let now = max(t, 1)
        var items: [FlowItem] = []
        for (index, tensor) in cell.tensors.enumerated() {
            let dims = tensor.shape(sizes)
            let shape = CellDescription.shapeText(dims)
            let labelWidth = [1, sizes.timesteps].map { TextWidth.width(of: tensor.label($0) + " " + shape) }.max() ?? 0
            // Matrices that cannot keep one cell per value are capped (the heatmap averages).
            let cap = cellWidth == 1 ? max(8, (maxWidth - 50) / 2) : maxWidth
            // Vectors are one value wide: they show their numbers whenever their rows fit, as the
            // matrices do from 5 columns per value on.
            let width = tensor.isMatrix ? cellWidth : max(cellWidth, 5)
            items.append(.tensor(index: index, label: tensor.label(now), shape: shape, labelWidth: labelWidth,
                                 rows: dims[0], cols: dims.count > 1 ? dims[1] : 1, cellWidth: width, maxWidth: cap,
                                 rowHeight: rowHeight))
            if let symbol = tensor.symbolAfter { items.append(.symbol(symbol)) }
        }
        return items
    }

    private mutating func place(_ item: FlowItem, in rect: Rect, cell: CellDescription, mode: ColorMode, halfBlocks: Bool) {
        switch item {
        case .symbol(let text):
            symbols.append((text, rect))
        case let .tensor(index, label, shape, _, rows, cols, cellWidth, _, rowHeight):
            let values = cellWidth >= 5
            let heatmap = Heatmap.layout(rows: rows, cols: cols, titleWidth: 0, showValues: values, highlightRow: false,
                                         highlightColumn: false, mode: mode, halfBlocks: halfBlocks, area: rect,
                                         cellWidth: cellWidth, rowHeight: rowHeight)
            tensors.append(PlacedTensor(tensor: cell.tensors[index], label: label, shape: shape, rect: rect,
                                        heatmap: heatmap, showValues: values))
        }
    }

    /// The history (left, with a t label per row when each timestep has its own row) and the
    /// numbers of h_t (right, when there is room beside the history).
    private mutating func layLower(_ area: Rect, sizes: CellDescription.RunSizes, t: Int, mode: ColorMode,
                                   halfBlocks: Bool, language: Language) {
        guard !area.isEmpty else { return }
        let want = RNNLayout.historyWidth(sizes)
        var left = area
        if area.width >= want + 2 + RNNLayout.numbersMinWidth {
            let numbersWidth = min(40, max(RNNLayout.numbersMinWidth + 5, area.width - want - 2))
            let (l, right) = area.splitLeft(area.width - numbersWidth - 1)
            left = l
            numbersRect = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
        }
        // One row per timestep when they all fit: then each row is labelled with its t.
        let labelWidth = String(sizes.timesteps).count + 1
        if sizes.timesteps <= left.height - 1, left.width > labelWidth + 4 {
            historyLabels = Rect(x: left.x, y: left.y + 1, width: labelWidth, height: sizes.timesteps)
            left = Rect(x: left.x + labelWidth, y: left.y, width: left.width - labelWidth, height: left.height)
        }
        historyRect = left
        historyTitle = RNNLayout.historyTitle(sizes, width: left.width, language: language)
        // The history's cells are as wide as the equation's (colour only), room permitting.
        let historyCell = max(2, min(cellWidth, (left.width - 1) / max(1, sizes.hiddenUnits)))
        history = Heatmap.layout(rows: sizes.timesteps, cols: sizes.hiddenUnits, titleWidth: TextWidth.width(of: historyTitle),
                                 showValues: false, highlightRow: true, highlightColumn: false,
                                 mode: mode, halfBlocks: halfBlocks, area: left, cellWidth: historyCell)
    }
}
