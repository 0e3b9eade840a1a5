import Screen

/// One piece of the rnn screen's equation row, as geometry: a labelled tensor or an operator symbol.
enum FlowItem {
    /// A tensor of the cell description (`index` into its tensors) with its label, shape and size,
    /// drawn `cellWidth` columns per value; `labelWidth` is reserved for the widest label the
    /// tensor takes over the run, so columns do not move between timesteps.
    case tensor(index: Int, label: String, shape: String, labelWidth: Int, rows: Int, cols: Int, cellWidth: Int, maxWidth: Int,
                rowHeight: Int)
    /// An operator between tensors, such as `·`, `=`, `+` or `tanh→`.
    case symbol(String)

    /// Columns the item takes.
    var width: Int {
        switch self {
        case .symbol(let text):
            return TextWidth.width(of: text)
        case let .tensor(_, _, _, labelWidth, _, cols, cellWidth, maxWidth, _):
            return max(labelWidth, min(cols * cellWidth, maxWidth))
        }
    }

    /// Rows the item would like: name and shape, then one row per matrix row.
    var preferredHeight: Int {
        switch self {
        case .symbol: return 2
        case let .tensor(_, _, _, _, rows, _, _, _, rowHeight): return 1 + rows * rowHeight
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
