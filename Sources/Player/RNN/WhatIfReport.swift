import Lessons
import Screen

/// The line that reports the last what-if edit in place of the caption, e.g.
/// `what-if: Wx[0,0] 0.5488 → 0.6488 · max |Δh_5| = 0.0213` (Korean: `가정: …`).
struct WhatIfReport {
    /// The step's edits (nil: none).
    var edits: WhatIfEdits?
    /// The step's computation (its `maxStateChange` is the Δh at t).
    var computation: StepComputation
    /// The timestep shown.
    var t: Int
    /// Language.
    var language: Language

    /// The line, or nil when nothing is edited.
    var text: String? {
        guard let edits, !edits.isEmpty, let last = edits.last else { return nil }
        return WhatIfReport.line(last, delta: computation.maxStateChange, t: t, language: language)
    }

    /// The line for change `last` with max |Δh_t| = `delta` (nil: not known), shared with gated steps.
    static func line(_ last: WhatIfEdits.Change, delta: Double?, t: Int, language: Language) -> String {
        let ko = language == .ko
        var change = last.target
        if let old = last.old, let new = last.new {
            change += " " + NumberFormat.fixed(old, decimals: 4) + " → " + NumberFormat.fixed(new, decimals: 4)
        }
        var line = (ko ? "가정: " : "what-if: ") + change
        if let delta, t >= 1 {
            line += " · " + (ko ? "최대" : "max") + " |Δh_\(t)| = " + NumberFormat.fixed(delta, decimals: 4)
        }
        return line
    }
}
