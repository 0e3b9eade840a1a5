import Yams

/// An rnn step's `callouts: {0: text, 2: {ko, en}}`: remarks shown at given timesteps.
extension LessonParser {
    /// The callouts of a step with `timesteps` timesteps, keyed by t (0 … T); errors for keys that
    /// are not such timesteps and texts of more than two lines.
    /// On a deep or bidirectional step the keys are key-press positions 0 … T·passes, and `passes` says how many passes.
    func callouts(_ node: Node, timesteps: Int, passes: Int? = nil) -> [Int: LocalizedText] {
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            context.error("found \(node.found) for `callouts`, expected a map from timesteps to texts, e.g. {0: \"…\", 3: {ko: …, en: …}}",
                          at: node)
            return [:]
        }
        var out: [Int: LocalizedText] = [:]
        for (key, value) in mapping {
            let text = key.scalar?.string ?? ""
            guard let t = Int(text), String(t) == text, (0...timesteps).contains(t) else {
                let range = passes.map { "a position from 0 to \(timesteps) (this step has \(timesteps / $0) timesteps in each of its \($0) passes, "
                                         + "one position per key press; 0 is the screen before the first)" }
                    ?? "a timestep from 0 to \(timesteps) (this step has \(timesteps) timesteps; 0 is the screen before the first)"
                context.error("found the callout key \(Node.quote(text)), expected " + range, at: key)
                continue
            }
            guard out[t] == nil else {
                context.error("found the callout for t = \(t) a second time; each timestep has at most one callout", at: key)
                continue
            }
            guard let localized = context.localized(value, field: "callouts.\(t)") else { continue }
            for language in Language.allCases {
                let lines = localized.text(language).split(separator: "\n", omittingEmptySubsequences: false)
                    .count - (localized.text(language).hasSuffix("\n") ? 1 : 0)
                if lines > LessonFormat.maxCalloutLines {
                    context.error("the callout for t = \(t) has \(lines) lines, expected one or two "
                                  + "(a callout is a remark beside the numbers; longer text belongs in a text step)", at: value)
                    break
                }
            }
            out[t] = localized
        }
        return out
    }
}
