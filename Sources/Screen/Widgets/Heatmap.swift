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
    /// Columns per value asked for by the owner (so neighbouring heatmaps share one width); numbers
    /// are printed when it is 5 or more. Nil: 6 with numbers, else 2, else 1.
    public var cellWidth: Int?
    /// Terminal rows per matrix row asked for by the owner (cells grow on large screens); used when
    /// every row fits that tall.
    public var rowHeight = 1
    /// The palette.
    public var palette: Palette
    /// Whether `▀` half blocks may be used (false where the terminal cannot show them, e.g. without UTF-8).
    public var halfBlocks = true
    /// The title's style.
    public var titleStyle: Style
    /// For a matrix that fills row by row (a history): the rows it is laid out for. The matrix
    /// holds at least `filledRows` rows; rows from `filledRows` on are drawn empty whatever the
    /// matrix holds there. Nil: every row of the matrix is set.
    public var fill: Fill?
    /// Block means computed by the heatmap's owner for `pixelGrid` (e.g. kept between frames for
    /// a large matrix); used when that grid is the one the layout picks, else computed here.
    public var pixels: [Double]?
    /// The grid `pixels` were computed for.
    public var pixelGrid: BlockGrid?
    /// Numbers in cells in scientific notation when they are small or large (`NumberFormat.short`),
    /// for values that span many decades (gradients); else fixed-point.
    public var scientific = false

    /// The layout of a matrix that fills row by row.
    public struct Fill: Equatable, Sendable {
        /// Rows laid out (T for a history).
        public var totalRows: Int
        /// Rows set so far.
        public var filledRows: Int

        /// Creates a fill.
        public init(totalRows: Int, filledRows: Int) {
            self.totalRows = totalRows
            self.filledRows = filledRows
        }
    }

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

    /// The rows the heatmap is laid out for (`fill`'s total, else the matrix's).
    public var layoutRows: Int { fill?.totalRows ?? matrix.rows }

    /// The size this heatmap prefers.
    public var preferredSize: Size {
        Heatmap.preferredSize(
            rows: layoutRows, cols: matrix.cols, title: title, showValues: showValues,
            highlightRow: highlightRow != nil, highlightColumn: highlightColumn != nil)
    }

    /// How the matrix fits into `area`.
    public func layout(for area: Rect) -> HeatmapLayout {
        Heatmap.layout(rows: layoutRows, cols: matrix.cols, titleWidth: TextWidth.width(of: title), showValues: showValues,
                       highlightRow: highlightRow != nil, highlightColumn: highlightColumn != nil,
                       mode: mode, halfBlocks: halfBlocks, area: area, cellWidth: cellWidth, rowHeight: rowHeight)
    }

    /// How a `rows`×`cols` matrix fits into `area` (the same as `layout(for:)` of a heatmap with
    /// those settings), without the values: owners use it to lay out before drawing.
    public static func layout(
        rows: Int, cols: Int, titleWidth: Int, showValues: Bool, highlightRow: Bool, highlightColumn: Bool,
        mode: ColorMode, halfBlocks: Bool, area: Rect, cellWidth asked: Int? = nil, rowHeight: Int = 1
    ) -> HeatmapLayout {
        let markerRow = highlightColumn ? 1 : 0
        let gutter = highlightRow ? 1 : 0
        let availRows = area.height - 1 - markerRow
        let availCols = area.width - gutter
        guard rows > 0, cols > 0, availRows > 0, availCols > 0 else {
            var empty = HeatmapLayout.empty
            empty.size = Size(width: min(area.width, titleWidth), height: min(area.height, 1))
            return empty
        }
        var layout = HeatmapLayout.empty
        layout.gutter = gutter
        layout.sourceRows = rows
        layout.sourceCols = cols
        if let asked, asked >= 1, cols * asked <= availCols, asked < 5 || !showValues || rows <= availRows {
            layout.cellWidth = asked
            layout.showsValues = showValues && asked >= 5
        } else if showValues, cols * Heatmap.valueCellWidth <= availCols, rows <= availRows {
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
        if rowHeight > 1, !layout.halfBlock, layout.rowsPerCell == 1, rows * rowHeight <= availRows {
            layout.rowHeight = rowHeight
            layout.matrixRows = rows * rowHeight
        }
        let width = gutter + layout.displayColumns * layout.cellWidth
        layout.size = Size(width: min(area.width, max(width, titleWidth)), height: 1 + layout.matrixRows + markerRow)
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
        let drawnRows = layout.halfBlock ? layout.matrixRows : layout.pixelRows
        for ty in 0..<drawnRows {
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
                    // A grown cell repeats its colour on every row; its number sits on the middle one.
                    for sub in 0..<layout.rowHeight {
                        drawCell(value, x: x, y: top + ty * layout.rowHeight + sub, layout: layout, frame: &frame, clip: area,
                                 number: sub == (layout.rowHeight - 1) / 2)
                    }
                }
            }
        }
        if let row = highlightRow, row >= 0, row < layoutRows {
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
            return Cell(String(Glyphs.lowerHalf), style: Style(fg: palette.color(normalized: palette.position(lower, range: range), mode: mode)))
        case (false, true):
            return Cell(String(Glyphs.upperHalf), style: Style(fg: palette.color(normalized: palette.position(upper, range: range), mode: mode)))
        case (false, false):
            return Cell(String(Glyphs.upperHalf), style: Style(fg: palette.color(normalized: palette.position(upper, range: range), mode: mode),
                                                               bg: palette.color(normalized: palette.position(lower, range: range), mode: mode)))
        }
    }

    private func drawCell(_ value: Double, x: Int, y: Int, layout: HeatmapLayout, frame: inout Frame, clip: Rect,
                          number: Bool = true) {
        if layout.showsValues {
            let style = palette.textStyle(for: value, range: range, mode: mode)
            let text = value.isNaN || !number ? ""
                : scientific ? NumberFormat.short(value, width: layout.cellWidth - 1)
                : NumberFormat.compact(value, width: layout.cellWidth - 1, maxDecimals: layout.cellWidth >= 7 ? 3 : 2)
            let padded = String(repeating: " ", count: max(0, layout.cellWidth - 1 - text.count)) + text + " "
            frame.put(padded, x: x, y: y, style: style, clip: clip)
        } else {
            let swatch = palette.swatch(for: value, range: range, mode: mode)
            let cell = Cell(String(swatch.glyph), style: swatch.style)
            for i in 0..<layout.cellWidth { frame.set(x: x + i, y: y, cell, clip: clip) }
        }
    }

    /// The pixels for `layout`: the owner's `pixels` when they were made for this grid, else the
    /// block means computed now (the values themselves when nothing is averaged). Rows past
    /// `fill.filledRows` are empty (NaN).
    func averaged(_ layout: HeatmapLayout) -> [Double] {
        let grid = layout.grid
        if let pixels, pixelGrid == grid, pixels.count == grid.pixelRows * grid.displayColumns { return pixels }
        let filled = min(fill?.filledRows ?? matrix.rows, matrix.rows, grid.rows)
        if grid.isIdentity {
            let count = grid.rows * grid.cols
            if filled * grid.cols == count, matrix.values.count == count { return matrix.values }
            return Array(matrix.values[..<(filled * grid.cols)]) + repeatElement(.nan, count: count - filled * grid.cols)
        }
        return grid.means(of: matrix.values, filled: filled)
    }
}

