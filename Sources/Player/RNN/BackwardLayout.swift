import Lessons
import Screen

/// Where everything of an rnn step's backward view goes, from the sizes alone (no values):
///
///     backward t = 7: δ_7 = (1 − h_7²) ⊙ ∂L/∂h_7,  ∂L/∂h_6 = Whᵀ (8, 8) · δ_7      equation line(s)
///     L = Σ h_10 = 7.93   ‖∂L/∂x_7‖ = 3.2e-4   → t = 6                               caption
///     ∂L/∂h_7 (8,) ⊙ 1−h_7² (8,) = δ_7 (8,) Whᵀ·→ ∂L/∂h_6 (8,) [Wxᵀ·→ ∂L/∂x_7 (4,)]   vectors, numbers
///     dWx (8, 4)  dWh (8, 8)  db (8,)   ‖∂L/∂x_t‖ bar chart (log scale)             accumulating sums
///     legend (two rows)
///
/// Labels reserve the width of their widest timestep (t = 1 and t = T), so nothing moves as t
/// changes. ∂L/∂x_t joins the vectors when it fits the width.
struct BackwardLayout {
    /// A tensor of the backward view.
    enum Tensor: String, CaseIterable {
        case dState, factor, delta, dPrev, dInput, dWx, dWh, db

        /// True for the accumulating parameter gradients (the lower band).
        var isParameter: Bool { self == .dWx || self == .dWh || self == .db }
    }

    /// A tensor placed on screen.
    struct Placed {
        /// Which tensor.
        var tensor: Tensor
        /// Its label at the timestep shown, e.g. `∂L/∂h_7`.
        var label: String
        /// Its shape, e.g. `(8,)`.
        var shape: String
        /// Its rectangle, label row included.
        var rect: Rect
        /// How its values fit below the label.
        var heatmap: HeatmapLayout
        /// Whether numbers are printed in its cells.
        var showValues: Bool
    }

    /// The equation, one to three lines.
    var equationLines: [String] = []
    /// The caption row.
    var captionRow = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The tensors: the vectors band, then the parameter gradients.
    var tensors: [Placed] = []
    /// Operators between the vectors and where they go.
    var symbols: [(text: String, rect: Rect)] = []
    /// The bar chart of ‖∂L/∂x_t‖ (empty when there is no room).
    var chartRect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The two legend rows.
    var legendRect = Rect(x: 0, y: 0, width: 0, height: 0)

    /// Columns per value of the vectors when their numbers are shown (`-4.2e-5` and a space).
    static let numberCellWidth = 8

    /// Lays out the backward view of a run of `sizes` at timestep `t` (1…T) in `area`.
    init(sizes: CellDescription.RunSizes, t: Int, area: Rect, mode: ColorMode, unicode: Bool, language: Language) {
        let names = BackwardNames(unicode: unicode)
        let pieces = names.equation(t: t, sizes: sizes, language: language)
        let body0 = area.height - 1 - 2
        let h = sizes.hiddenUnits
        // The gradient sums' line only when the bands keep their natural height below it.
        let natural = 2 * (1 + h)
        equationLines = BackwardLayout.lines(pieces, width: area.width, extraRows: body0 - natural)
        let (_, rest0) = area.splitTop(equationLines.count)
        let (caption, rest) = rest0.splitTop(1)
        captionRow = caption
        let (body, legend) = rest.splitTop(max(0, rest.height - 2))
        legendRect = legend

        let lowerMin = min(body.height / 2, 6)
        let vectorHeight = max(2, min(1 + h, body.height - lowerMin))
        let (vectorBand, lowerBand) = body.splitTop(vectorHeight)
        layVectors(vectorBand, sizes: sizes, t: t, names: names, mode: mode, unicode: unicode)
        layParameters(lowerBand, sizes: sizes, names: names, mode: mode, unicode: unicode)
    }

    /// The equation's pieces joined into as few lines as `width` allows (two spaces between
    /// pieces on one line); the last piece (the gradient sums) only when it fits on the last line
    /// or `extraRows` rows are free for it.
    static func lines(_ pieces: [String], width: Int, extraRows: Int) -> [String] {
        var lines: [String] = []
        for (index, piece) in pieces.enumerated() {
            let optional = index == pieces.count - 1 && pieces.count > 2
            if let last = lines.last, TextWidth.width(of: last + "  " + piece) <= width {
                lines[lines.count - 1] = last + "  " + piece
            } else if !optional || lines.count < extraRows {
                lines.append(piece)
            }
        }
        return lines
    }

    /// Labels' widest width over the run (t = 1 and t = T).
    private static func labelWidth(_ label: (Int) -> String, _ shape: String, _ timesteps: Int) -> Int {
        [1, timesteps].map { TextWidth.width(of: label($0) + " " + shape) }.max() ?? 0
    }

    private mutating func layVectors(_ band: Rect, sizes: CellDescription.RunSizes, t: Int, names: BackwardNames,
                                     mode: ColorMode, unicode: Bool) {
        let hShape = CellDescription.shapeText([sizes.hiddenUnits]), xShape = CellDescription.shapeText([sizes.inputDim])
        typealias Item = (tensor: Tensor, label: (Int) -> String, shape: String, symbolBefore: String?)
        var items: [Item] = [
            (.dState, names.dState, hShape, nil),
            (.factor, names.factor, hShape, names.times),
            (.delta, names.delta, hShape, "="),
            (.dPrev, { names.dState($0 - 1) }, hShape, names.whT),
        ]
        let input: Item = (.dInput, names.dInput, xShape, names.wxT)
        func widths(_ items: [Item], cell: Int) -> [Int] {
            items.map { max(BackwardLayout.labelWidth($0.label, $0.shape, sizes.timesteps), cell) }
        }
        func total(_ items: [Item], cell: Int) -> Int {
            let w = widths(items, cell: cell).reduce(0, +)
            let s = items.compactMap(\.symbolBefore).map { TextWidth.width(of: $0) + 1 }.reduce(0, +)
            return w + s + items.count - 1
        }
        var cell = BackwardLayout.numberCellWidth
        if total(items + [input], cell: cell) <= band.width { items.append(input) }
        if total(items, cell: cell) > band.width { cell = 2 }
        var x = band.x
        for (item, width) in zip(items, widths(items, cell: cell)) {
            if let symbol = item.symbolBefore {
                let w = TextWidth.width(of: symbol)
                symbols.append((symbol, Rect(x: x, y: band.y, width: w, height: band.height)))
                x += w + 1
            }
            let rect = Rect(x: x, y: band.y, width: max(0, min(width, band.maxX - x)), height: band.height)
            let rows = item.tensor == .dInput ? sizes.inputDim : sizes.hiddenUnits
            let values = cell >= 5
            let heatmap = Heatmap.layout(rows: rows, cols: 1, titleWidth: 0, showValues: values, highlightRow: false,
                                         highlightColumn: false, mode: mode, halfBlocks: unicode, area: rect, cellWidth: cell)
            tensors.append(Placed(tensor: item.tensor, label: item.label(t), shape: item.shape, rect: rect,
                                  heatmap: heatmap, showValues: values && heatmap.showsValues))
            x += width + 1
        }
    }

    private mutating func layParameters(_ band: Rect, sizes: CellDescription.RunSizes, names: BackwardNames,
                                        mode: ColorMode, unicode: Bool) {
        guard band.height >= 2 else { return }
        let h = sizes.hiddenUnits, d = sizes.inputDim
        let shapes: [(Tensor, String, Int, Int)] = [
            (.dWx, names.dWx, h, d), (.dWh, names.dWh, h, h), (.db, names.db, h, 1),
        ]
        // Colour cells, two columns per value, at most a third of the width for the matrices.
        var x = band.x
        let cap = max(8, band.width / 3)
        for (tensor, name, rows, cols) in shapes {
            let shape = CellDescription.shapeText(tensor == .db ? [rows] : [rows, cols])
            let labelWidth = TextWidth.width(of: name + " " + shape)
            let width = min(max(labelWidth, min(cap, 2 * cols)), band.maxX - x)
            guard width > 0 else { break }
            let rect = Rect(x: x, y: band.y, width: width, height: band.height)
            let heatmap = Heatmap.layout(rows: rows, cols: cols, titleWidth: 0, showValues: false, highlightRow: false,
                                         highlightColumn: false, mode: mode, halfBlocks: unicode, area: rect)
            tensors.append(Placed(tensor: tensor, label: name, shape: shape, rect: rect, heatmap: heatmap, showValues: false))
            x += width + 2
        }
        if band.maxX - x >= 16 {
            chartRect = Rect(x: x + 1, y: band.y, width: band.maxX - x - 1, height: band.height)
        }
    }
}
