import Foundation
import RNNCore

/// Block means of a matrix that fills row by row (rows `0..<filled` set, NaN below), kept between
/// frames: moving from `filled` rows to more adds only the new rows to their blocks; moving back
/// recomputes only the block row that loses rows and clears those after it. The rows are added in
/// the same order as a full pass, so the means are the same, bit for bit.
public final class GrowingBlockMeans: @unchecked Sendable {
    private var key: BlockMeanCache.Key?
    private var pixelRows = 0
    private var filled = 0
    private var sums: [Double] = []
    private var counts: [Double] = []
    private let lock = NSLock()

    /// An empty cache.
    public init() {}

    func means(of values: [Double], _ key: BlockMeanCache.Key, pixelRows: Int, filled newFilled: Int) -> [Double] {
        lock.withLock {
            let size = pixelRows * key.displayColumns
            if self.key != key || self.pixelRows != pixelRows {
                self.key = key
                self.pixelRows = pixelRows
                filled = 0
                sums = [Double](repeating: 0, count: size)
                counts = [Double](repeating: 0, count: size)
            }
            if newFilled < filled {
                // Clear the block row that loses rows and every one after it, then re-add its kept rows.
                let firstRow = (newFilled / key.rowsPerCell) * key.rowsPerCell
                let start = (newFilled / key.rowsPerCell) * key.displayColumns
                let end = min(size, ((filled - 1) / key.rowsPerCell + 1) * key.displayColumns)
                for i in start..<max(start, end) {
                    sums[i] = 0
                    counts[i] = 0
                }
                filled = firstRow
            }
            if newFilled > filled {
                _ = Heatmap.accumulate(values, key, rows: filled..<newFilled, sums: &sums, counts: &counts)
                filled = newFilled
            }
            return Heatmap.means(sums, counts)
        }
    }
}
