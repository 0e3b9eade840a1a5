import RNNCore
import Screen

/// One piece of the rnn screen's equation row: a labelled heatmap or an operator symbol.
enum FlowItem {
    /// A tensor: its name, its numpy shape and its values.
    case heatmap(name: String, shape: String, matrix: Matrix, range: ClosedRange<Double>, mode: ColorMode, values: Bool, maxWidth: Int, halfBlocks: Bool)
    /// An operator between tensors, such as `·`, `=`, `+` or `tanh→`.
    case symbol(String)

    /// Columns the item takes.
    var width: Int {
        switch self {
        case .symbol(let text):
            return TextWidth.width(of: text)
        case let .heatmap(name, shape, matrix, _, _, values, maxWidth, _):
            let body = matrix.cols * (values ? Heatmap.valueCellWidth : 2)
            return max(TextWidth.width(of: name + " " + shape), min(body, maxWidth))
        }
    }

    /// Rows the item would like: name, shape, then one row per matrix row.
    var preferredHeight: Int {
        switch self {
        case .symbol: return 2
        case .heatmap(_, _, let matrix, _, _, _, _, _): return 1 + matrix.rows
        }
    }

    /// Draws the item into `rect`; returns the heatmap's scale note, if it had to shrink.
    func draw(_ frame: inout Frame, _ rect: Rect) -> String? {
        switch self {
        case .symbol(let text):
            let middle = rect.y + 1 + max(0, (rect.height - 2) / 2)
            frame.put(text, x: rect.x, y: min(middle, rect.maxY - 1), style: .bold, clip: rect)
            return nil
        case let .heatmap(name, shape, matrix, range, mode, values, _, halfBlocks):
            var heatmap = Heatmap(title: "", matrix: matrix, range: range, mode: mode, showValues: values)
            heatmap.halfBlocks = halfBlocks
            let layout = heatmap.render(into: &frame, area: rect)
            let x = rect.x + frame.put(name, x: rect.x, y: rect.y, style: .bold, clip: rect)
            frame.put(" " + shape, x: x, y: rect.y, style: .dim, clip: rect)
            return layout.scaleNote.map { "\(name): \($0)" }
        }
    }
}

/// Lays items left to right in bands, starting a new band when the next item (with the symbol
/// before it) would not fit; a band never ends with a symbol.
enum FlowLayout {
    /// The items grouped into bands that fit `width` columns (one space between items).
    static func arrange(_ items: [FlowItem], width: Int) -> [[FlowItem]] {
        var bands: [[FlowItem]] = []
        var current: [FlowItem] = []
        var used = 0
        var index = 0
        while index < items.count {
            // Keep a symbol together with the tensor after it.
            var group = [items[index]]
            if case .symbol = items[index], index + 1 < items.count {
                group.append(items[index + 1])
            }
            let groupWidth = group.reduce(0) { $0 + $1.width } + group.count - 1
            let needed = used == 0 ? groupWidth : used + 1 + groupWidth
            if needed > width, !current.isEmpty {
                bands.append(current)
                current = []
                used = 0
            }
            used = used == 0 ? groupWidth : used + 1 + groupWidth
            current += group
            index += group.count
        }
        if !current.isEmpty { bands.append(current) }
        return bands
    }

    /// Total columns of a band.
    static func width(of band: [FlowItem]) -> Int {
        band.reduce(0) { $0 + $1.width } + max(0, band.count - 1)
    }
}
