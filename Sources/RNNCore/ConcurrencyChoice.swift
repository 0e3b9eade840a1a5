import Dispatch

/// Decides, step by step, whether a recurrence's mat-vec product runs on every core or on the
/// calling thread alone, by timing both.
///
/// Splitting Wh·h across cores pays on an idle machine; on one whose cores are busy with other
/// work, a chunk claimed by a thread that is then descheduled stalls the whole step, and the
/// split costs more than it saves (measured: docs/performance.md, round 3). Both ways compute the
/// same chunks with the same kernel, so the results are bit-identical whichever is chosen; only
/// the time differs. The choice: `trialSteps` steps each way, then `runSteps` steps the faster way,
/// then another trial, and so on.
struct ConcurrencyChoice {
    /// Steps timed each way in a trial.
    static let trialSteps = 6
    /// Steps run the faster way between trials.
    static let runSteps = 120

    /// Position in the current cycle (trial one way, trial the other way, run).
    private var position = 0
    /// Nanoseconds spent by the trial's concurrent and one-thread steps.
    private var concurrentTime: UInt64 = 0
    private var serialTime: UInt64 = 0
    /// The way chosen by the last trial.
    private var preferConcurrent = true
    /// When the current step started (0 outside trials).
    private var started: UInt64 = 0

    /// Whether the next step runs concurrently; call `finish()` after it.
    mutating func begin() -> Bool {
        let trial = position < 2 * ConcurrencyChoice.trialSteps
        started = trial ? DispatchTime.now().uptimeNanoseconds : 0
        return trial ? position < ConcurrencyChoice.trialSteps : preferConcurrent
    }

    /// Records the step that `begin()` started.
    mutating func finish() {
        let trialSteps = ConcurrencyChoice.trialSteps
        if started != 0 {
            let elapsed = DispatchTime.now().uptimeNanoseconds &- started
            if position < trialSteps { concurrentTime &+= elapsed } else { serialTime &+= elapsed }
            if position == 2 * trialSteps - 1 {
                preferConcurrent = concurrentTime < serialTime
                concurrentTime = 0
                serialTime = 0
            }
        }
        position = (position + 1) % (2 * trialSteps + ConcurrencyChoice.runSteps)
    }
}
