/// A dense row-major matrix of doubles, shaped like a 2-D numpy array.
public struct Matrix: Equatable, Sendable {
    /// Number of rows (numpy's `shape[0]`).
    public let rows: Int
    /// Number of columns (numpy's `shape[1]`).
    public let cols: Int
    /// The values, row after row; `values.count == rows * cols`.
    public var values: [Double]

    /// Wraps `values` (row-major) as a `rows`×`cols` matrix.
    public init(rows: Int, cols: Int, values: [Double]) {
        precondition(rows >= 0 && cols >= 0 && values.count == rows * cols, "Matrix shape does not match its values")
        self.rows = rows
        self.cols = cols
        self.values = values
    }

    /// A `rows`×`cols` matrix filled with `value`.
    public init(rows: Int, cols: Int, repeating value: Double = 0) {
        self.init(rows: rows, cols: cols, values: Array(repeating: value, count: rows * cols))
    }

    /// Builds a matrix from nested rows; all rows must have the same length.
    public init(_ nested: [[Double]]) {
        let cols = nested.first?.count ?? 0
        precondition(nested.allSatisfy { $0.count == cols }, "ragged rows")
        self.init(rows: nested.count, cols: cols, values: nested.flatMap { $0 })
    }

    /// The element at row `r`, column `c`.
    public subscript(r: Int, c: Int) -> Double {
        get { values[r * cols + c] }
        set { values[r * cols + c] = newValue }
    }

    /// Row `r` as an array.
    public func row(_ r: Int) -> [Double] {
        Array(values[(r * cols)..<((r + 1) * cols)])
    }

    /// The rows as nested arrays (for JSON output).
    public var nested: [[Double]] {
        (0..<rows).map { row($0) }
    }
}
