import Dispatch
import Foundation

/// The forward pass's two products on every core: the rows of the matrix are split into chunks that
/// `DispatchQueue.concurrentPerform` computes in parallel (the calling thread takes part, so a
/// busy machine degrades to the one-thread speed, not below it).
///
/// Each output element is still one `dot` of one matrix row, summed in the order every kernel
/// uses, whichever thread computes it: results are bit-identical to `matVec` / `matVecBatch` and do
/// not depend on the number of cores or on scheduling.
extension LinearAlgebra {
    /// Below this many multiply-adds a product stays on the calling thread: waking the other
    /// threads costs a few microseconds, more than small products take (the chapter's H 8 to 128).
    static let concurrentThreshold = 1 << 18

    /// The number of row chunks for a product: two per core, so a core that is busy elsewhere
    /// leaves its chunks to the others.
    static var concurrentChunks: Int { 2 * max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// True when `matVecConcurrent` would split a `rows`×`cols` product at all.
    static func splitsMatVec(rows: Int, cols: Int) -> Bool { chunkCount(rows: rows, work: rows * cols) > 1 }

    /// `matVec` with the rows split across cores when the product is large.
    ///
    /// `descending` takes the chunks last first. A recurrence that multiplies the same matrix
    /// every step alternates it, so each step starts on the rows the previous one read last,
    /// which are still in the cache (Wh of the stress lesson is 8 MB, four times a core's L2).
    /// `concurrent: false` computes the same chunks in the same order on the calling thread (for a
    /// machine whose other cores are busy; see `ConcurrencyChoice`).
    static func matVecConcurrent(_ m: UnsafeBufferPointer<Double>, rows: Int, cols: Int,
                                 _ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>,
                                 descending: Bool = false, concurrent: Bool = true) {
        let chunks = chunkCount(rows: rows, work: rows * cols)
        guard chunks > 1, let mBase = m.baseAddress, let xBase = x.baseAddress, let oBase = out.baseAddress else {
            matVec(m, rows: rows, cols: cols, x, into: out)
            return
        }
        let shared = Shared(m: mBase, x: xBase, out: oBase)
        guard concurrent else {
            for index in 0..<chunks {
                let range = rowRange(descending ? chunks - 1 - index : index, of: chunks, rows: rows)
                matVec(UnsafeBufferPointer(start: mBase + range.lowerBound * cols, count: range.count * cols),
                       rows: range.count, cols: cols, x,
                       into: UnsafeMutableBufferPointer(start: oBase + range.lowerBound, count: range.count))
            }
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = rowRange(descending ? chunks - 1 - index : index, of: chunks, rows: rows)
            matVec(UnsafeBufferPointer(start: shared.m + range.lowerBound * cols, count: range.count * cols),
                   rows: range.count, cols: cols, UnsafeBufferPointer(start: shared.x, count: cols),
                   into: UnsafeMutableBufferPointer(start: shared.out + range.lowerBound, count: range.count))
        }
    }

    /// `matVecBatch` with the matrix rows split across cores when the product is large.
    static func matVecBatchConcurrent(_ m: UnsafeBufferPointer<Double>, rows: Int, cols: Int,
                                      _ xs: UnsafeBufferPointer<Double>, steps: Int,
                                      into out: UnsafeMutableBufferPointer<Double>) {
        let chunks = chunkCount(rows: rows, work: rows * cols * steps)
        guard chunks > 1, let mBase = m.baseAddress, let xBase = xs.baseAddress, let oBase = out.baseAddress else {
            matVecBatch(m, rows: rows, cols: cols, xs, steps: steps, into: out)
            return
        }
        let shared = Shared(m: mBase, x: xBase, out: oBase)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            matVecBatch(UnsafeBufferPointer(start: shared.m, count: rows * cols), rows: rows, cols: cols,
                        UnsafeBufferPointer(start: shared.x, count: steps * cols), steps: steps,
                        into: UnsafeMutableBufferPointer(start: shared.out, count: steps * rows),
                        only: rowRange(chunk, of: chunks, rows: rows))
        }
    }

    /// How many chunks to split `rows` into: 1 (no threads) for small products.
    private static func chunkCount(rows: Int, work: Int) -> Int {
        guard work >= concurrentThreshold else { return 1 }
        return max(1, min(concurrentChunks, rows / 16))
    }

    /// Chunk `chunk` of `chunks` nearly equal row ranges, boundaries on even rows (so `matVec`'s
    /// row pairs are the same pairs as in one call; `dot2` equals `dot` anyway).
    private static func rowRange(_ chunk: Int, of chunks: Int, rows: Int) -> Range<Int> {
        func boundary(_ i: Int) -> Int { i == chunks ? rows : (rows * i / chunks) & ~1 }
        return boundary(chunk)..<boundary(chunk + 1)
    }

    /// The buffers of one product, handed to the worker threads. Each chunk reads `m` and `x` and
    /// writes only its own rows of `out`, so sharing them is safe.
    private struct Shared: @unchecked Sendable {
        let m: UnsafePointer<Double>
        let x: UnsafePointer<Double>
        let out: UnsafeMutablePointer<Double>
    }
}
