import Foundation
import RNNCore

/// Block means of the most recent large matrices, keyed by the identity of their storage and the
/// layout. The cache keeps each matrix's array alive, and an array shared with the cache cannot be
/// changed in place (copy-on-write), so a buffer address seen again means the same values.
final class BlockMeanCache: @unchecked Sendable {
    static let shared = BlockMeanCache()

    struct Key: Hashable {
        var rows, cols, rowsPerCell, colsPerCell, displayColumns: Int
    }

    private struct Entry {
        var source: [Double]
        var key: Key
        var means: [Double]
    }

    private var entries: [Entry] = []
    private let capacity = 8
    private let lock = NSLock()

    private static func address(_ values: [Double]) -> UnsafePointer<Double>? {
        values.withUnsafeBufferPointer { $0.baseAddress }
    }

    func means(of values: [Double], _ key: Key) -> [Double]? {
        guard let address = Self.address(values) else { return nil }
        return lock.withLock {
            guard let i = entries.firstIndex(where: { $0.key == key && Self.address($0.source) == address }) else { return nil }
            let entry = entries.remove(at: i)
            entries.append(entry)
            return entry.means
        }
    }

    func store(_ values: [Double], _ key: Key, _ means: [Double]) {
        // Small matrices are cheap to average; keep the cache for the ones that are not.
        guard values.count >= 4096 else { return }
        lock.withLock {
            entries.append(Entry(source: values, key: key, means: means))
            if entries.count > capacity { entries.removeFirst() }
        }
    }
}
