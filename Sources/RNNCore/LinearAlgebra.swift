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
        matVecBatch(m, rows: rows, cols: cols, xs, steps: steps, into: out, only: 0..<rows)
    }

    /// `matVecBatch` for the matrix rows in `only` alone: writes out[s, r] for r in `only` (the
    /// output keeps its full `steps`×`rows` layout), each element summed exactly as `dot` does.
    static func matVecBatch(_ m: UnsafeBufferPointer<Double>, rows: Int, cols: Int,
                            _ xs: UnsafeBufferPointer<Double>, steps: Int,
                            into out: UnsafeMutableBufferPointer<Double>, only: Range<Int>) {
        guard cols > 0, let mBase = m.baseAddress, let xBase = xs.baseAddress, let oBase = out.baseAddress else {
            for s in 0..<steps { for r in only { out[s * rows + r] = 0 } }
            return
        }
        let block = max(1, min(64, 65_536 / (cols * 8)))
        var s0 = 0
        while s0 < steps {
            let s1 = min(steps, s0 + block)
            for r in only {
                let row = mBase + r * cols
                for s in s0..<s1 {
                    oBase[s * rows + r] = dot(row, xBase + s * cols, count: cols)
                }
            }
            s0 = s1
        }
    }

    // MARK: Kernels for the backward pass

    /// The transpose of a row-major `rows`×`cols` matrix, as a row-major `cols`×`rows` array.
    ///
    /// With it, Whᵀ·δ and Wxᵀ·δ are ordinary mat-vec products (`matVec`, `matVecBatch`), so they sum
    /// in the same order as the forward pass's products.
    static func transposed(_ m: [Double], rows: Int, cols: Int) -> [Double] {
        precondition(m.count == rows * cols, "transpose: shape does not match the values")
        var out = [Double](repeating: 0, count: rows * cols)
        let tile = 32
        m.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                var r0 = 0
                while r0 < rows {
                    let r1 = min(rows, r0 + tile)
                    var c0 = 0
                    while c0 < cols {
                        let c1 = min(cols, c0 + tile)
                        for r in r0..<r1 {
                            for c in c0..<c1 { dst[c * rows + r] = src[r * cols + c] }
                        }
                        c0 = c1
                    }
                    r0 = r1
                }
            }
        }
        return out
    }

    /// acc[i, j] += Σ_s d[s, i]·v[s, j], the sum of `steps` outer products d_s·v_sᵀ, taken for
    /// s = steps−1 down to 0 (the last row first) and added to each accumulator element one term at
    /// a time (`acc += d·v`, no fused multiply-add).
    ///
    /// Because every element is a plain sequential sum in that order, accumulating the rows in several
    /// calls (latest rows first) gives the same bits as one call over all of them. `acc` is
    /// `dRows`×`vCols` row-major; `d` holds `steps` rows of `dRows`, `v` `steps` rows of `vCols`.
    /// The loops are tiled so a block of `acc` stays in cache while the rows stream past.
    static func accumulateOuterProducts(_ d: UnsafeBufferPointer<Double>, dRows: Int,
                                        _ v: UnsafeBufferPointer<Double>, vCols: Int, steps: Int,
                                        into acc: UnsafeMutableBufferPointer<Double>) {
        guard steps > 0, dRows > 0, vCols > 0,
              let dBase = d.baseAddress, let vBase = v.baseAddress, let aBase = acc.baseAddress else { return }
        let rowBlock = 16, colBlock = 256
        var i0 = 0
        while i0 < dRows {
            let i1 = min(dRows, i0 + rowBlock)
            var j0 = 0
            while j0 < vCols {
                let j1 = min(vCols, j0 + colBlock)
                var s = steps - 1
                while s >= 0 {
                    let vRow = vBase + s * vCols
                    for i in i0..<i1 {
                        axpy(dBase[s * dRows + i], vRow, into: aBase + i * vCols, from: j0, to: j1)
                    }
                    s -= 1
                }
                j0 = j1
            }
            i0 = i1
        }
    }

    /// y[j] += a·x[j] for j in `from..<to`, element by element (SIMD lanes are independent elements).
    @inline(__always)
    static func axpy(_ a: Double, _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, from: Int, to: Int) {
        var j = from
        let av = SIMD4<Double>(repeating: a)
        while j + 4 <= to {
            let xv = UnsafeRawPointer(x + j).loadUnaligned(as: SIMD4<Double>.self)
            let yv = UnsafeRawPointer(y + j).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + j).storeBytes(of: yv + av * xv, as: SIMD4<Double>.self)
            j += 4
        }
        while j < to {
            y[j] += a * x[j]
            j += 1
        }
    }

    /// ‖v‖₂ computed with scaling (max |v_i| factored out first), so it neither overflows for values
    /// near the largest double nor underflows to 0 for vanishing values such as 1e-200.
    /// 0 for an empty or all-zero vector; NaN when an element is NaN; +inf when one is infinite.
    static func norm2(_ v: UnsafeBufferPointer<Double>) -> Double {
        var scale = 0.0
        for x in v {
            if x.isNaN { return .nan }
            scale = max(scale, abs(x))
        }
        guard scale > 0 else { return 0 }
        guard scale.isFinite else { return .infinity }
        var sum = 0.0
        for x in v {
            let r = x / scale
            sum += r * r
        }
        return scale * sum.squareRoot()
    }
}
