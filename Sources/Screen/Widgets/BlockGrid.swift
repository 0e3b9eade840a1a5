/// How a heatmap averages a matrix into drawn cells ("pixels"): blocks of `rowsPerCell` ×
/// `colsPerCell` values. Two heatmaps with the same grid draw the same pixels from the same matrix,
/// so an owner can compute a grid's block means once and hand them to every frame
/// (`Heatmap.pixels`).
public struct BlockGrid: Hashable, Sendable {
    /// Rows of the matrix as laid out (for a matrix that fills up, all of them).
    public var rows: Int
    /// Columns of the matrix.
    public var cols: Int
    /// Matrix rows averaged into one pixel row.
    public var rowsPerCell: Int
    /// Matrix columns averaged into one pixel.
    public var colsPerCell: Int

    /// Creates a grid.
    public init(rows: Int, cols: Int, rowsPerCell: Int, colsPerCell: Int) {
        self.rows = rows
        self.cols = cols
        self.rowsPerCell = max(1, rowsPerCell)
        self.colsPerCell = max(1, colsPerCell)
    }

    /// Pixel rows (`rows / rowsPerCell`, rounded up).
    public var pixelRows: Int { ceilDiv(rows, rowsPerCell) }
    /// Pixels across (`cols / colsPerCell`, rounded up).
    public var displayColumns: Int { ceilDiv(cols, colsPerCell) }
    /// True when every value is its own pixel.
    public var isIdentity: Bool { rowsPerCell == 1 && colsPerCell == 1 }

    /// The block means of rows `0..<filled` of a row-major matrix with `cols` columns (NaN values
    /// skipped; a block without values is NaN). Each block adds its values in row-major order.
    public func means(of values: [Double], filled: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: pixelRows * displayColumns)
        var counts = sums
        accumulate(values, rows: 0..<min(filled, rows), sums: &sums, counts: &counts)
        return BlockGrid.means(sums, counts)
    }

    /// Adds `rows` of the matrix to their blocks' sums and counts (NaN skipped), each block in
    /// row-major order.
    func accumulate(_ values: [Double], rows: Range<Int>, sums: inout [Double], counts: inout [Double]) {
        let dcols = displayColumns, cols = cols, rpc = rowsPerCell, cpc = colsPerCell
        guard !rows.isEmpty, values.count >= rows.upperBound * cols else { return }
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
                            s[base + dc] = sum
                            n[base + dc] += Double(seen)
                            c = end
                            dc += 1
                        }
                    }
                }
            }
        }
    }

    /// sum / count per block; NaN for a block without values.
    static func means(_ sums: [Double], _ counts: [Double]) -> [Double] {
        (0..<sums.count).map { counts[$0] == 0 ? .nan : sums[$0] / counts[$0] }
    }
}

/// `a / b` rounded up, for positive `b`.
func ceilDiv(_ a: Int, _ b: Int) -> Int { b <= 0 ? a : (a + b - 1) / b }
