/// How a heatmap fits its matrix into an area: cell width, half blocks, downsampling.
public struct HeatmapLayout: Equatable, Sendable {
    /// Terminal columns per drawn cell (6 with values, 2 normally, 1 when space is short).
    public var cellWidth: Int
    /// Matrix rows averaged into one drawn row (or one half of a `▀` cell).
    public var rowsPerCell: Int
    /// Matrix columns averaged into one drawn cell.
    public var colsPerCell: Int
    /// True when each terminal row shows two drawn rows with `▀` (colour modes only).
    public var halfBlock: Bool
    /// Drawn rows after averaging (before pairing by `▀`).
    public var pixelRows: Int
    /// Drawn cells across.
    public var displayColumns: Int
    /// Terminal rows taken by the matrix itself.
    public var matrixRows: Int
    /// Terminal rows per drawn row (more than 1 on large screens: cells grow).
    public var rowHeight = 1
    /// Columns reserved left of the matrix for the row marker (0 or 1).
    public var gutter: Int
    /// True when numbers are printed in the cells.
    public var showsValues: Bool
    /// The area actually used, title and marker row included.
    public var size: Size
    /// Rows of the matrix as laid out.
    public var sourceRows = 0
    /// Columns of the matrix.
    public var sourceCols = 0

    /// How values are averaged into pixels.
    public var grid: BlockGrid {
        BlockGrid(rows: sourceRows, cols: sourceCols, rowsPerCell: rowsPerCell, colsPerCell: colsPerCell)
    }

    /// How many values one drawn cell (or one half of a `▀` cell) averages.
    public var valuesPerPixel: Int { rowsPerCell * colsPerCell }

    /// True when rows or columns were averaged.
    public var isDownsampled: Bool { rowsPerCell > 1 || colsPerCell > 1 }

    /// A layout that draws nothing.
    public static let empty = HeatmapLayout(
        cellWidth: 0, rowsPerCell: 1, colsPerCell: 1, halfBlock: false, pixelRows: 0,
        displayColumns: 0, matrixRows: 0, gutter: 0, showsValues: false, size: Size(width: 0, height: 0))

    /// The terminal row (relative to the matrix top) that shows matrix row `row`.
    public func terminalRow(ofMatrixRow row: Int) -> Int {
        let pixel = row / rowsPerCell
        return halfBlock ? pixel / 2 : pixel * rowHeight
    }

    /// The column (relative to the matrix left edge, after the gutter) of matrix column `col`.
    public func terminalColumn(ofMatrixColumn col: Int) -> Int {
        (col / colsPerCell) * cellWidth
    }
}
