/// Fast dense kernels used by the engine (dot products with independent SIMD accumulators).
///
/// Every dot product, whichever kernel computes it, sums in the same order (four 4-lane partial sums
/// over blocks of 16, combined pairwise, then the tail left to right), so batched and step-by-step
/// computation give identical bits. The order differs from a strict left-to-right sum, as BLAS's does;
/// results agree with numpy's `np.dot` to rounding.
enum LinearAlgebra {
    /// Σ_k a[k]·b[k] over `count` elements.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
        var k = 0
        while k + 16 <= count {
            let aRaw = UnsafeRawPointer(a + k), bRaw = UnsafeRawPointer(b + k)
            a0 += aRaw.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self)
                * bRaw.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self)
            a1 += aRaw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
                * bRaw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            a2 += aRaw.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self)
                * bRaw.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self)
            a3 += aRaw.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self)
                * bRaw.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self)
            k += 16
        }
        var sum = ((a0 + a1) + (a2 + a3)).sum()
        while k < count {
            sum += a[k] * b[k]
            k += 1
        }
        return sum
    }

    /// out[r] = Σ_c m[r, c]·x[c] for a row-major `rows`×`cols` matrix.
    static func matVec(_ m: UnsafeBufferPointer<Double>, rows: Int, cols: Int,
                       _ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        guard cols > 0, let mBase = m.baseAddress, let xBase = x.baseAddress else {
            for r in 0..<rows { out[r] = 0 }
            return
        }
        var r = 0
        while r + 2 <= rows {
            let (s0, s1) = dot2(mBase + r * cols, mBase + (r + 1) * cols, xBase, count: cols)
            out[r] = s0
            out[r + 1] = s1
            r += 2
        }
        if r < rows {
            out[r] = dot(mBase + r * cols, xBase, count: cols)
        }
    }

    /// Two dot products against the same vector, sharing its loads; each equals `dot` bit for bit.
    @inline(__always)
    static func dot2(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ x: UnsafePointer<Double>,
                     count: Int) -> (Double, Double) {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
        var b0 = SIMD4<Double>(), b1 = SIMD4<Double>(), b2 = SIMD4<Double>(), b3 = SIMD4<Double>()
        var k = 0
        while k + 16 <= count {
            let aRaw = UnsafeRawPointer(a + k), bRaw = UnsafeRawPointer(b + k), xRaw = UnsafeRawPointer(x + k)
            let x0 = xRaw.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self)
            let x1 = xRaw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            let x2 = xRaw.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self)
            let x3 = xRaw.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self)
            a0 += aRaw.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self) * x0
            b0 += bRaw.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self) * x0
            a1 += aRaw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self) * x1
            b1 += bRaw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self) * x1
            a2 += aRaw.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self) * x2
            b2 += bRaw.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self) * x2
            a3 += aRaw.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self) * x3
            b3 += bRaw.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self) * x3
            k += 16
        }
        var sa = ((a0 + a1) + (a2 + a3)).sum()
        var sb = ((b0 + b1) + (b2 + b3)).sum()
        while k < count {
            sa += a[k] * x[k]
            sb += b[k] * x[k]
            k += 1
        }
        return (sa, sb)
    }

    /// out[s, r] = Σ_c m[r, c]·xs[s, c] for `steps` vectors xs (rows of a row-major steps×cols array):
    /// the mat-vec product for many vectors at once, blocked so each matrix row is reused from cache.
    static func matVecBatch(_ m: UnsafeBufferPointer<Double>, rows: Int, cols: Int,
                            _ xs: UnsafeBufferPointer<Double>, steps: Int,
                            into out: UnsafeMutableBufferPointer<Double>) {
        guard cols > 0, let mBase = m.baseAddress, let xBase = xs.baseAddress, let oBase = out.baseAddress else {
            for i in 0..<(rows * steps) { out[i] = 0 }
            return
        }
        let block = max(1, min(64, 65_536 / (cols * 8)))
        var s0 = 0
        while s0 < steps {
            let s1 = min(steps, s0 + block)
            for r in 0..<rows {
                let row = mBase + r * cols
                for s in s0..<s1 {
                    oBase[s * rows + r] = dot(row, xBase + s * cols, count: cols)
                }
            }
            s0 = s1
        }
    }
}
