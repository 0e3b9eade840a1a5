import Foundation
import RNNCore

/// Keeps one lazily computed forward pass per rnn step, so moving around a deck never
/// recomputes and opening a lesson computes nothing until a step is shown.
public final class EngineCache: @unchecked Sendable {
    private var runs: [StepID: RNNRun] = [:]
    private let lock = NSLock()

    /// An empty cache.
    public init() {}

    /// The forward pass for `id`, made from `spec` on first use.
    public func run(for id: StepID, spec: RNNSpec) -> RNNRun {
        lock.lock()
        defer { lock.unlock() }
        if let run = runs[id] { return run }
        let run = RNNRun(RNNParameters(spec))
        runs[id] = run
        return run
    }

    /// Forgets every forward pass (after a lesson file is reloaded).
    public func removeAll() {
        lock.lock()
        runs.removeAll()
        lock.unlock()
    }
}
