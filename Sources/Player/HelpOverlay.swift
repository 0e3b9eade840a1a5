import Lessons
import Screen

/// The `?` overlay: every key binding, drawn from the same table that handles the keys.
struct HelpOverlay {
    /// Language of the descriptions.
    var language: Language

    /// The rows shown: keys and what they do.
    var rows: [(keys: String, help: String)] {
        KeyBindings.all.map { ($0.label, $0.help.text(language)) }
    }

    /// Draws the overlay centred in `area`.
    func render(into frame: inout Frame, area: Rect) {
        let title = language == .ko ? "키 (아무 키나 누르면 닫힘)" : "Keys (any key closes)"
        Overlay(title: title, entries: rows).render(into: &frame, area: area)
    }
}
