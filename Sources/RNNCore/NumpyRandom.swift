import Foundation

/// numpy's legacy generator (`np.random.seed`, `random_sample`, `randn`) reproduced bit for bit.
///
/// MT19937 seeded with `init_genrand(seed)` exactly as `np.random.seed(seed)` does for an integer
/// seed in 0…2^32−1; `random()` is `random_sample` (53-bit doubles from two 32-bit outputs) and
/// `standardNormal()` is `randn` (the legacy polar method with its cached second value).
public struct NumpyRandom: Sendable {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    private var key: [UInt32]
    private var pos: Int
    private var cachedGauss: Double?

    /// The state after `np.random.seed(seed)`.
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.n)
        var s = seed
        for i in 0..<Self.n {
            key[i] = s
            s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
        }
        self.key = key
        self.pos = Self.n
        self.cachedGauss = nil
    }

    /// Refills the 624-word state (numpy's `mt19937_gen`).
    private mutating func generate() {
        let n = Self.n, m = Self.m
        key.withUnsafeMutableBufferPointer { k in
            // Branch-free (the low bit is random, so a branch would mispredict half the time).
            @inline(__always) func twist(_ y: UInt32) -> UInt32 {
                (y >> 1) ^ ((0 &- (y & 1)) & Self.matrixA)
            }
            var i = 0
            while i < n - m {
                let y = (k[i] & Self.upperMask) | (k[i + 1] & Self.lowerMask)
                k[i] = k[i + m] ^ twist(y)
                i += 1
            }
            while i < n - 1 {
                let y = (k[i] & Self.upperMask) | (k[i + 1] & Self.lowerMask)
                k[i] = k[i + m - n] ^ twist(y)
                i += 1
            }
            let y = (k[n - 1] & Self.upperMask) | (k[0] & Self.lowerMask)
            k[n - 1] = k[m - 1] ^ twist(y)
        }
        pos = 0
    }

    /// The next tempered 32-bit output (numpy's `mt19937_next32`).
    public mutating func nextUInt32() -> UInt32 {
        if pos == Self.n { generate() }
        var y = key[pos]
        pos += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= (y >> 18)
        return y
    }

    /// A double in [0, 1), bit-equal to `np.random.random_sample()`.
    public mutating func random() -> Double {
        let a = Double(nextUInt32() >> 5)
        let b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// A standard normal draw, bit-equal to `np.random.randn()` (legacy polar method with a cache).
    public mutating func standardNormal() -> Double {
        if let cached = cachedGauss {
            cachedGauss = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * random() - 1.0
            x2 = 2.0 * random() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// `count` values of `random()`, like `np.random.random((count,))`.
    public mutating func randomVector(_ count: Int) -> [Double] {
        guard count > 0 else { return [] }
        return [Double](unsafeUninitializedCapacity: count) { out, initialized in
            var i = 0
            while i < count {
                if pos == Self.n { generate() }
                // Whole pairs left in the state: temper them straight from the buffer.
                let pairs = min(count - i, (Self.n - pos) / 2)
                if pairs > 0 {
                    key.withUnsafeBufferPointer { k in
                        // A tight loop without overflow checks, so that it vectorises. The words
                        // shifted right by 5 or 6 fit in an Int32, which converts to Double exactly;
                        // × 2^-53 is the same as ÷ 2^53.
                        let src = k.baseAddress! + pos
                        let dst = out.baseAddress! + i
                        for q in 0..<pairs {
                            let a = Double(Int32(truncatingIfNeeded: Self.temper(src[2 &* q]) >> 5))
                            let b = Double(Int32(truncatingIfNeeded: Self.temper(src[2 &* q &+ 1]) >> 6))
                            dst[q] = (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
                        }
                    }
                    pos += 2 * pairs
                    i += pairs
                } else {
                    // A pair that straddles a refill.
                    out[i] = random()
                    i += 1
                }
            }
            initialized = count
        }
    }

    @inline(__always)
    private static func temper(_ x: UInt32) -> UInt32 {
        var y = x
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= (y >> 18)
        return y
    }

    /// A `rows`×`cols` matrix of `random()` in C order, like `np.random.random((rows, cols))`.
    public mutating func randomMatrix(rows: Int, cols: Int) -> Matrix {
        Matrix(rows: rows, cols: cols, values: randomVector(rows * cols))
    }

    /// `count` values of `standardNormal()`, like `np.random.randn(count)`.
    public mutating func standardNormalVector(_ count: Int) -> [Double] {
        (0..<count).map { _ in standardNormal() }
    }

    /// A `rows`×`cols` matrix of `standardNormal()` in C order, like `np.random.randn(rows, cols)`.
    public mutating func standardNormalMatrix(rows: Int, cols: Int) -> Matrix {
        Matrix(rows: rows, cols: cols, values: standardNormalVector(rows * cols))
    }
}
