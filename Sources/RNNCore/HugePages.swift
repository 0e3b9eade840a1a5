#if canImport(Glibc)
import Glibc
#endif

/// Large arrays (the stress lesson's 4–8 MB matrices and history) are written once, right after allocation: on
/// Linux, asking for transparent huge pages before the first write turns ~2,000 page faults per
/// 8 MB into a handful. Only the 2 MB-aligned interior is advised; failures are ignored (no THP,
/// other systems).
package enum HugePages {
    /// Arrays smaller than this are left alone.
    package static let threshold = 2 << 20

    /// Advises huge pages for the memory of a buffer about to be written for the first time.
    package static func advise(_ buffer: UnsafeMutableBufferPointer<Double>) {
        adviseBytes(UnsafeMutableRawPointer(buffer.baseAddress), count: buffer.count * MemoryLayout<Double>.stride)
    }

    static func adviseBytes(_ start: UnsafeMutableRawPointer?, count: Int) {
        #if os(Linux)
        guard let start, count >= threshold else { return }
        let huge = 2 << 20
        let first = (Int(bitPattern: start) + huge - 1) & ~(huge - 1)
        let last = (Int(bitPattern: start) + count) & ~(huge - 1)
        guard last > first, let p = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(p, last - first, 14 /* MADV_HUGEPAGE */)
        #endif
    }
}
