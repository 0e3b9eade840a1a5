/// Fast dense kernels used by the engine (mat-vec with independent SIMD accumulators).
enum LinearAlgebra {
    /// out[r] = Σ_c m[r, c]·x[c] for a row-major `rows`×`cols` matrix.
    ///
    /// Summation uses four independent 4-lane accumulators (like BLAS, not strictly left to right);
    /// the result agrees with numpy's `np.dot` to rounding.
    @inline(__always)
    static func matVec(_ m: UnsafeBufferPointer<Double>, rows: Int, cols: Int,
                       _ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        guard let mBase = m.baseAddress, let xBase = x.baseAddress else {
            for r in 0..<rows { out[r] = 0 }
            return
        }
        let xRaw = UnsafeRawPointer(xBase)
        let blocks = cols / 16
        for r in 0..<rows {
            let row = mBase + r * cols
            let rowRaw = UnsafeRawPointer(row)
            var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
            var k = 0
            for _ in 0..<blocks {
                let o = k * 8
                a0 += rowRaw.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
                    * xRaw.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
                a1 += rowRaw.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self)
                    * xRaw.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self)
                a2 += rowRaw.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self)
                    * xRaw.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self)
                a3 += rowRaw.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self)
                    * xRaw.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self)
                k += 16
            }
            var sum = ((a0 + a1) + (a2 + a3)).sum()
            while k < cols {
                sum += row[k] * xBase[k]
                k += 1
            }
            out[r] = sum
        }
    }
}
