import Foundation
@testable import RNNCore
import Testing

/// The kernels that split rows across cores give the same bits as the one-thread kernels, for
/// sizes that do and do not reach the threshold and row counts that split unevenly.
struct ConcurrentKernelTests {
    @Test(arguments: [(8, 4), (600, 700), (1023, 513), (1024, 1024)])
    func matVecConcurrentIsMatVec(rows: Int, cols: Int) {
        var rng = NumpyRandom(seed: UInt32(rows))
        let m = rng.randomVector(rows * cols).map { $0 - 0.5 }
        let x = rng.randomVector(cols).map { $0 * 3 - 1 }
        var serial = [Double](repeating: .nan, count: rows)
        m.withUnsafeBufferPointer { mp in
            x.withUnsafeBufferPointer { xp in
                serial.withUnsafeMutableBufferPointer { LinearAlgebra.matVec(mp, rows: rows, cols: cols, xp, into: $0) }
            }
        }
        // Every way ConcurrencyChoice may pick: on all cores or on this thread, chunks either way round.
        for (descending, concurrent) in [(false, true), (true, true), (false, false), (true, false)] {
            var out = [Double](repeating: .nan, count: rows)
            m.withUnsafeBufferPointer { mp in
                x.withUnsafeBufferPointer { xp in
                    out.withUnsafeMutableBufferPointer {
                        LinearAlgebra.matVecConcurrent(mp, rows: rows, cols: cols, xp, into: $0,
                                                       descending: descending, concurrent: concurrent)
                    }
                }
            }
            #expect(serial.map(\.bitPattern) == out.map(\.bitPattern), "descending \(descending), concurrent \(concurrent)")
        }
    }

    @Test(arguments: [(8, 4, 10), (300, 257, 90), (1024, 512, 70)])
    func matVecBatchConcurrentIsMatVecBatch(rows: Int, cols: Int, steps: Int) {
        var rng = NumpyRandom(seed: UInt32(rows + steps))
        let m = rng.randomVector(rows * cols).map { $0 - 0.5 }
        let xs = rng.randomVector(steps * cols)
        var serial = [Double](repeating: .nan, count: rows * steps)
        var concurrent = [Double](repeating: .nan, count: rows * steps)
        var oneByOne = [Double](repeating: .nan, count: rows * steps)
        m.withUnsafeBufferPointer { mp in
            xs.withUnsafeBufferPointer { xp in
                serial.withUnsafeMutableBufferPointer {
                    LinearAlgebra.matVecBatch(mp, rows: rows, cols: cols, xp, steps: steps, into: $0)
                }
                concurrent.withUnsafeMutableBufferPointer {
                    LinearAlgebra.matVecBatchConcurrent(mp, rows: rows, cols: cols, xp, steps: steps, into: $0)
                }
                oneByOne.withUnsafeMutableBufferPointer { out in
                    for s in 0..<steps {
                        LinearAlgebra.matVec(mp, rows: rows, cols: cols,
                                             UnsafeBufferPointer(rebasing: xp[(s * cols)..<((s + 1) * cols)]),
                                             into: UnsafeMutableBufferPointer(rebasing: out[(s * rows)..<((s + 1) * rows)]))
                    }
                }
            }
        }
        #expect(serial.map(\.bitPattern) == concurrent.map(\.bitPattern))
        #expect(serial.map(\.bitPattern) == oneByOne.map(\.bitPattern))
    }
}
