import Foundation
import RNNCore

/// Keeps one lazily computed forward pass (and its colour scales) per rnn step, so moving
/// around a deck never recomputes and opening a lesson computes nothing until a step is shown.
public final class EngineCache: @unchecked Sendable {
    /// A forward pass and its colour scales.
    public struct Entry: Sendable {
        /// The lazily computed forward pass.
        public let run: RNNRun
        /// The fixed colour scales of the step.
        public let ranges: DisplayRanges
        /// The hidden states shown so far, kept between frames.
        let history: RunHistory
    }

    private var entries: [StepID: Entry] = [:]
    private let lock = NSLock()

    /// An empty cache.
    public init() {}

    /// The forward pass for `id`, made from `spec` on first use; nil if the spec is inconsistent
    /// (validation prevents that for loaded lessons).
    public func entry(for id: StepID, spec: RNNSpec) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[id] { return entry }
        guard let parameters = try? RNNParameters(spec) else { return nil }
        let run = RNNRun(parameters)
        let entry = Entry(run: run, ranges: DisplayRanges(parameters), history: RunHistory(of: run))
        entries[id] = entry
        return entry
    }

    /// Forgets every forward pass (after a lesson file is reloaded).
    public func removeAll() {
        lock.lock()
        entries.removeAll()
        lock.unlock()
    }
}
