import Foundation
import RNNCore

/// A matrix drawn as a colour heatmap under its title, e.g. `Wx (8, 4)`.
///
/// Each value gets a cell two columns wide (one when space is short, six with numbers). A matrix
/// taller than the area is drawn with `▀` half blocks (two rows per terminal row, colour modes
/// only), and when still too large it is averaged in blocks; `layout(for:)` reports what was done.
public struct Heatmap: Sendable {
    /// Columns taken by a number (`-0.30`) plus one space.
    public static let valueCellWidth = 6

    /// The title line.
    public var title: String
    /// The values.
    public var matrix: Matrix
    /// The value range; colours are symmetric around 0.
    public var range: ClosedRange<Double>
    /// The colour mode glyphs and colours are chosen for.
    public var mode: ColorMode
    /// A row to mark with `▸` in a left gutter.
    public var highlightRow: Int?
    /// A column to mark with `▴` under the matrix.
    public var highlightColumn: Int?
    /// Print numbers in the cells when there is room.
    public var showValues: Bool
    /// The palette.
    public var palette: Palette
    /// Whether `▀` half blocks may be used (false where the terminal cannot show them, e.g. without UTF-8).
    public var halfBlocks = true
    /// The title's style.
    public var titleStyle: Style
    /// For a matrix that fills row by row (a history: rows `0..<filledRows` set, NaN below): the
    /// owner's incremental block means, so that a downsampled frame adds only the new rows instead
    /// of averaging the whole matrix. The owner guarantees rows below `filledRows` never change
    /// while it keeps the same `GrowingBlockMeans`. Rows from `filledRows` on are drawn empty (NaN)
    /// whatever they hold, so the owner need not clear (or even initialise) them.
    public var growingMeans: GrowingBlockMeans?
    /// The rows set so far, for `growingMeans`.
    public var filledRows = 0

    /// Creates a heatmap.
    public init(
        title: String, matrix: Matrix, range: ClosedRange<Double>, mode: ColorMode,
        highlightRow: Int? = nil, highlightColumn: Int? = nil, showValues: Bool = false,
        palette: Palette = .diverging, titleStyle: Style = .bold
    ) {
        self.title = title
        self.matrix = matrix
        self.range = range
        self.mode = mode
        self.highlightRow = highlightRow
        self.highlightColumn = highlightColumn
        self.showValues = showValues
        self.palette = palette
        self.titleStyle = titleStyle
    }

    /// The size that shows every value in its own cell (numbers included when `showValues`).
    public static func preferredSize(
        rows: Int, cols: Int, title: String = "", showValues: Bool = false,
        highlightRow: Bool = false, highlightColumn: Bool = false
    ) -> Size {
        let gutter = highlightRow ? 1 : 0
        let width = gutter + cols * (showValues ? valueCellWidth : 2)
        return Size(width: max(width, TextWidth.width(of: title)), height: 1 + rows + (highlightColumn ? 1 : 0))
    }

    /// The size this heatmap prefers.
    public var preferredSize: Size {
        Heatmap.preferredSize(
            rows: matrix.rows, cols: matrix.cols, title: title, showValues: showValues,
            highlightRow: highlightRow != nil, highlightColumn: highlightColumn != nil)
    }

    /// How the matrix fits into `area`.
    public func layout(for area: Rect) -> HeatmapLayout {
        let markerRow = highlightColumn != nil ? 1 : 0
        let gutter = highlightRow != nil ? 1 : 0
        let availRows = area.height - 1 - markerRow
        let availCols = area.width - gutter
        let rows = matrix.rows, cols = matrix.cols
        guard rows > 0, cols > 0, availRows > 0, availCols > 0 else {
            var empty = HeatmapLayout.empty
            empty.size = Size(width: min(area.width, TextWidth.width(of: title)), height: min(area.height, 1))
            return empty
        }
        var layout = HeatmapLayout.empty
        layout.gutter = gutter
        if showValues, cols * Heatmap.valueCellWidth <= availCols, rows <= availRows {
            layout.cellWidth = Heatmap.valueCellWidth
            layout.showsValues = true
        } else if cols * 2 <= availCols {
            layout.cellWidth = 2
        } else {
            layout.cellWidth = 1
            layout.colsPerCell = ceilDiv(cols, availCols)
        }
        let colour = halfBlocks && (mode == .ansi256 || mode == .truecolor)
        if rows <= availRows {
            layout.rowsPerCell = 1
        } else if colour {
            layout.halfBlock = true
            layout.rowsPerCell = ceilDiv(rows, 2 * availRows)
        } else {
            layout.rowsPerCell = ceilDiv(rows, availRows)
        }
        layout.displayColumns = ceilDiv(cols, layout.colsPerCell)
        layout.pixelRows = ceilDiv(rows, layout.rowsPerCell)
        layout.matrixRows = layout.halfBlock ? ceilDiv(layout.pixelRows, 2) : layout.pixelRows
        let width = gutter + layout.displayColumns * layout.cellWidth
        layout.size = Size(
            width: min(area.width, max(width, TextWidth.width(of: title))),
            height: 1 + layout.matrixRows + markerRow)
        return layout
    }

    /// Draws the title and the matrix into `area` of `frame`; returns the layout used.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> HeatmapLayout {
        let layout = layout(for: area)
        guard !area.isEmpty else { return layout }
        frame.put(title, x: area.x, y: area.y, style: titleStyle, clip: area)
        guard layout.cellWidth > 0 else { return layout }
        let grid = averaged(layout)
        let top = area.y + 1
        let left = area.x + layout.gutter
        for ty in 0..<layout.matrixRows {
            for dc in 0..<layout.displayColumns {
                let x = left + dc * layout.cellWidth
                if layout.halfBlock {
                    let upper = grid[(2 * ty) * layout.displayColumns + dc]
                    let lowerIndex = 2 * ty + 1
                    let lower = lowerIndex < layout.pixelRows ? grid[lowerIndex * layout.displayColumns + dc] : .nan
                    let cell = halfBlockCell(upper: upper, lower: lower)
                    for i in 0..<layout.cellWidth { frame.set(x: x + i, y: top + ty, cell, clip: area) }
                } else {
                    let value = grid[ty * layout.displayColumns + dc]
                    drawCell(value, x: x, y: top + ty, layout: layout, frame: &frame, clip: area)
                }
            }
        }
        if let row = highlightRow, row >= 0, row < matrix.rows {
            frame.set(x: area.x, y: top + layout.terminalRow(ofMatrixRow: row), Cell(String(Glyphs.rowMarker), style: .bold), clip: area)
        }
        if let col = highlightColumn, col >= 0, col < matrix.cols {
            let x = left + layout.terminalColumn(ofMatrixColumn: col) + (layout.cellWidth - 1) / 2
            frame.set(x: x, y: top + layout.matrixRows, Cell(String(Glyphs.columnMarker), style: .bold), clip: area)
        }
        return layout
    }

    /// One `▀` cell for two values; NaN (not computed yet) leaves its half empty.
    private func halfBlockCell(upper: Double, lower: Double) -> Cell {
        switch (upper.isNaN, lower.isNaN) {
        case (true, true):
            return .blank
        case (true, false):
            return Cell(String(Glyphs.lowerHalf), style: Style(fg: palette.color(for: lower, range: range)))
        case (false, true):
            return Cell(String(Glyphs.upperHalf), style: Style(fg: palette.color(for: upper, range: range)))
        case (false, false):
            return Cell(String(Glyphs.upperHalf), style: Style(fg: palette.color(for: upper, range: range),
                                                               bg: palette.color(for: lower, range: range)))
        }
    }

    private func drawCell(_ value: Double, x: Int, y: Int, layout: HeatmapLayout, frame: inout Frame, clip: Rect) {
        if layout.showsValues {
            let style = palette.textStyle(for: value, range: range, mode: mode)
            let text = value.isNaN ? "" : NumberFormat.compact(value, width: layout.cellWidth - 1)
            let padded = String(repeating: " ", count: max(0, layout.cellWidth - 1 - text.count)) + text + " "
            frame.put(padded, x: x, y: y, style: style, clip: clip)
        } else {
            let swatch = palette.swatch(for: value, range: range, mode: mode)
            let cell = Cell(String(swatch.glyph), style: swatch.style)
            for i in 0..<layout.cellWidth { frame.set(x: x + i, y: y, cell, clip: clip) }
        }
    }

    /// Block means in one pass over the matrix (NaN values are skipped; an all-NaN block is NaN).
    /// Results are remembered for the few most recent matrices (see `BlockMeanCache`), so a large
    /// constant matrix such as Wh is averaged once, not every frame.
    private func averaged(_ layout: HeatmapLayout) -> [Double] {
        if layout.rowsPerCell == 1, layout.colsPerCell == 1 {
            guard growingMeans != nil else { return matrix.values }
            let filled = min(max(0, filledRows), matrix.rows) * matrix.cols
            if filled == matrix.values.count { return matrix.values }
            return Array(matrix.values[..<filled]) + repeatElement(.nan, count: matrix.values.count - filled)
        }
        let key = BlockMeanCache.Key(rows: matrix.rows, cols: matrix.cols, rowsPerCell: layout.rowsPerCell,
                                     colsPerCell: layout.colsPerCell, displayColumns: layout.displayColumns)
        if let growingMeans {
            return growingMeans.means(of: matrix.values, key, pixelRows: layout.pixelRows,
                                      filled: min(max(0, filledRows), matrix.rows))
        }
        if let hit = BlockMeanCache.shared.means(of: matrix.values, key) { return hit }
        let (means, hasNaN) = Heatmap.blockMeans(matrix.values, key, pixelRows: layout.pixelRows)
        // A matrix with NaN is a history still filling up: it changes every frame, so it is not kept.
        if !hasNaN { BlockMeanCache.shared.store(matrix.values, key, means) }
        return means
    }

    /// Block means of a row-major matrix; each block sums its values in row-major order (so the
    /// result is the same, bit for bit, as adding every value to its block in one pass).
    static func blockMeans(_ values: [Double], _ key: BlockMeanCache.Key, pixelRows: Int) -> ([Double], Bool) {
        let count = pixelRows * key.displayColumns
        var sums = [Double](repeating: 0, count: count)
        var counts = [Double](repeating: 0, count: count)
        let nanSeen = accumulate(values, key, rows: 0..<key.rows, sums: &sums, counts: &counts)
        return (means(sums, counts), nanSeen)
    }

    /// Adds `rows` of the matrix to their blocks' sums and counts (NaN skipped), each block in
    /// row-major order; true when a NaN was skipped.
    static func accumulate(_ values: [Double], _ key: BlockMeanCache.Key, rows: Range<Int>,
                           sums: inout [Double], counts: inout [Double]) -> Bool {
        let dcols = key.displayColumns, cols = key.cols, rpc = key.rowsPerCell, cpc = key.colsPerCell
        var nanSeen = false
        values.withUnsafeBufferPointer { v in
            sums.withUnsafeMutableBufferPointer { s in
                counts.withUnsafeMutableBufferPointer { n in
                    for r in rows {
                        let base = (r / rpc) * dcols
                        let row = v.baseAddress! + r * cols
                        var c = 0, dc = 0
                        while c < cols {
                            let end = min(cols, c + cpc)
                            var sum = s[base + dc], seen = 0
                            for k in c..<end {
                                let x = row[k]
                                if x.isNaN { continue }
                                sum += x
                                seen += 1
                            }
                            if seen != end - c { nanSeen = true }
                            s[base + dc] = sum
                            n[base + dc] += Double(seen)
                            c = end
                            dc += 1
                        }
                    }
                }
            }
        }
        return nanSeen
    }

    /// sum / count per block; NaN for a block without values.
    static func means(_ sums: [Double], _ counts: [Double]) -> [Double] {
        (0..<sums.count).map { counts[$0] == 0 ? .nan : sums[$0] / counts[$0] }
    }
}

/// `a / b` rounded up, for positive `b`.
func ceilDiv(_ a: Int, _ b: Int) -> Int { b <= 0 ? a : (a + b - 1) / b }
