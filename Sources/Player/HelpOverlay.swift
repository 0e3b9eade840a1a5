import Lessons
import Screen

/// The `?` overlay: every key binding, drawn from the same table that handles the keys.
struct HelpOverlay {
    /// Language of the descriptions.
    var language: Language

    /// The rows shown: keys and what they do (inspect mode's keys last).
    var rows: [(keys: String, help: String)] {
        KeyBindings.all.map { ($0.label, $0.help.text(language)) } + InspectKeys.all.map { ($0.label, $0.help.text(language)) }
    }

    /// Draws the overlay centred in `area`; in two columns when one does not fit its height
    /// (80×24 has 22 rows for 22 bindings and the box).
    func render(into frame: inout Frame, area: Rect) {
        let title = language == .ko ? "키 (아무 키나 누르면 닫힘)" : "Keys (any key closes)"
        var entries = rows
        if entries.count + 2 > area.height {
            entries = HelpOverlay.twoColumns(entries)
        }
        Overlay(title: title, entries: entries).render(into: &frame, area: area)
    }

    /// The first half of `entries` on the left, the second half beside it.
    static func twoColumns(_ entries: [(keys: String, help: String)]) -> [(keys: String, help: String)] {
        let half = (entries.count + 1) / 2
        let keyWidth = entries.map { TextWidth.width(of: $0.keys) }.max() ?? 0
        let helpWidth = entries[..<half].map { TextWidth.width(of: $0.help) }.max() ?? 0
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - TextWidth.width(of: text)))
        }
        return (0..<half).map { i in
            let left = entries[i]
            guard i + half < entries.count else { return left }
            let right = entries[i + half]
            return (left.keys, pad(left.help, helpWidth) + "   " + pad(right.keys, keyWidth) + "  " + right.help)
        }
    }
}
