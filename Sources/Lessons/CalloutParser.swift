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
                let lines = Self.lineCount(localized.text(language))
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

    /// The lines of a callout: its `"\n"` characters plus one, less one for a final `"\n"`, as
    /// splitting it at `"\n"` counts them (a `"\r\n"` is one character, not a `"\n"`). Counted on the
    /// bytes, without walking the text character by character.
    static func lineCount(_ text: String) -> Int {
        var breaks = 0
        var previous: UInt8 = 0
        var endsWithBreak = false
        for byte in text.utf8 {
            endsWithBreak = byte == 0x0A && previous != 0x0D
            if endsWithBreak { breaks += 1 }
            previous = byte
        }
        return breaks + 1 - (endsWithBreak ? 1 : 0)
    }
}
