import RNNCore

/// The block means of a matrix that fills row by row (a history of hidden states), as a plain
/// value its owner keeps between frames: moving from `filled` rows to more adds only the new rows
/// to their blocks; moving back recomputes only the block row that loses rows and clears those
/// after it. The rows are added in the same order as a full pass (`BlockGrid.means`), so the means
/// are the same, bit for bit.
public struct GrowingBlockMeans: Equatable, Sendable {
    /// The grid the sums belong to.
    public private(set) var grid: BlockGrid
    /// The rows added so far.
    public private(set) var filled = 0
    private var sums: [Double]
    private var counts: [Double]

    /// Empty sums for `grid`.
    public init(grid: BlockGrid) {
        self.grid = grid
        sums = [Double](repeating: 0, count: grid.pixelRows * grid.displayColumns)
        counts = sums
    }

    /// Brings the sums to rows `0..<newFilled` of `values` (row-major, at least `newFilled` rows).
    /// The rows already added must not have changed.
    public mutating func fill(_ values: [Double], through newFilled: Int) {
        let target = min(max(0, newFilled), grid.rows)
        if target < filled {
            // Clear the block row that loses rows and every one after it, then re-add its kept rows.
            let firstRow = (target / grid.rowsPerCell) * grid.rowsPerCell
            let start = (target / grid.rowsPerCell) * grid.displayColumns
            let end = min(sums.count, ((filled - 1) / grid.rowsPerCell + 1) * grid.displayColumns)
            for i in start..<max(start, end) {
                sums[i] = 0
                counts[i] = 0
            }
            filled = firstRow
        }
        if target > filled {
            grid.accumulate(values, rows: filled..<target, sums: &sums, counts: &counts)
            filled = target
        }
    }

    /// The block means of the rows added so far (NaN for blocks without values).
    public var means: [Double] { BlockGrid.means(sums, counts) }
}
