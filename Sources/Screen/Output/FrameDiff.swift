/// The cells that changed between two frames, as runs per row, so that the terminal layer writes
/// only those.
public enum FrameDiff {
    /// Consecutive changed cells on one row, starting at column `x`.
    public struct Run: Equatable, Sendable {
        /// Row.
        public var y: Int
        /// First column; never a continuation cell.
        public var x: Int
        /// The new cells, continuation cells of wide graphemes included.
        public var cells: [Cell]

        /// Creates a run.
        public init(y: Int, x: Int, cells: [Cell]) {
            self.y = y
            self.x = x
            self.cells = cells
        }
    }

    /// The changed runs from `previous` to `next`; every row whole when `previous` is nil or of a
    /// different size. A run never starts or ends inside a wide grapheme.
    public static func runs(from previous: Frame?, to next: Frame) -> [Run] {
        let w = next.size.width
        guard let previous, previous.size == next.size else {
            return (0..<next.size.height).compactMap { y in
                w == 0 ? nil : Run(y: y, x: 0, cells: (0..<w).map { next[$0, y] })
            }
        }
        return changes(to: next) { previous[$0, $1] }
    }

    /// The runs of `next` that differ from a blank screen (every cell `Cell.blank`), as for a
    /// terminal whose screen was just erased: blank cells need not be written again. At the first
    /// frame of `play` that leaves out about two thirds of the cells.
    public static func runs(fromBlank next: Frame) -> [Run] {
        let blank = Cell.blank
        return changes(to: next) { _, _ in blank }
    }

    /// The changed runs from the frame whose cells `previous` gives, to `next` (same size).
    @inline(__always)
    private static func changes(to next: Frame, previous: (Int, Int) -> Cell) -> [Run] {
        let w = next.size.width
        var runs: [Run] = []
        for y in 0..<next.size.height {
            var x = 0
            while x < w {
                guard previous(x, y) != next[x, y] else { x += 1; continue }
                var start = x
                while start > 0, next[start, y].isContinuation || previous(start, y).isContinuation { start -= 1 }
                var end = x
                // Extend over changed cells and over the continuations of wide graphemes.
                while end + 1 < w, previous(end + 1, y) != next[end + 1, y] || next[end + 1, y].isContinuation { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.cells.count > start {
                    start = last.x + last.cells.count
                }
                if start <= end {
                    runs.append(Run(y: y, x: start, cells: (start...end).map { next[$0, y] }))
                }
                x = end + 1
            }
        }
        return runs
    }

    /// Number of cells in `runs`.
    public static func cellCount(_ runs: [Run]) -> Int { runs.reduce(0) { $0 + $1.cells.count } }
}
