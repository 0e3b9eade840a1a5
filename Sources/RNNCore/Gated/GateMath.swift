import Foundation

/// The small pieces the gated cells share: σ and products of row blocks with a vector.
enum GateMath {
    /// The logistic sigmoid 1/(1 + e^−x), as Keras 3's `sigmoid` and the numpy reference write it.
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        1 / (1 + exp(-x))
    }

    /// `m[rows] · v` for a row-major matrix with `m.cols == v.count`, into a new array.
    static func product(_ m: Matrix, rows: Range<Int>, _ v: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: rows.count)
        let cols = m.cols
        m.values.withUnsafeBufferPointer { all in
            let block = UnsafeBufferPointer(rebasing: all[(rows.lowerBound * cols)..<(rows.upperBound * cols)])
            v.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { LinearAlgebra.matVec(block, rows: rows.count, cols: cols, x, into: $0) }
            }
        }
        return out
    }
}
