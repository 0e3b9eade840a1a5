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

    /// Rows scrolled, when the overlay scrolls (`PlayerState.helpScroll`; clamped here).
    var scroll = 0

    /// Draws the overlay centred in `area`: in one column when it fits, else in two (80×24 has
    /// 22 rows for 37 rows and the box), else, on screens too small for both (60×20), one column
    /// that scrolls with ↓ ↑ (j k) and says which rows it shows.
    func render(into frame: inout Frame, area: Rect) {
        let title = language == .ko ? "키 (아무 키나 누르면 닫힘)" : "Keys (any key closes)"
        let entries = rows
        if entries.count + 2 <= area.height {
            Overlay(title: title, entries: entries).render(into: &frame, area: area)
            return
        }
        let two = HelpOverlay.twoColumns(entries)
        if !HelpOverlay.scrolls(rows: entries, area: area) {
            Overlay(title: title, entries: two).render(into: &frame, area: area)
            return
        }
        let visible = HelpOverlay.visibleRows(area)
        let first = min(max(0, scroll), entries.count - visible)
        let last = first + visible
        let footer = language == .ko
            ? "↓↑ j k: 더 보기 (\(first + 1)–\(last) / \(entries.count))"
            : "↓↑ j k: more (\(first + 1)–\(last) of \(entries.count))"
        Overlay(title: title, entries: Array(entries[first..<last]), footer: footer).render(into: &frame, area: area)
    }

    /// True when neither one column nor two fit `area`, so the overlay scrolls.
    static func scrolls(rows entries: [(keys: String, help: String)], area: Rect) -> Bool {
        guard entries.count + 2 > area.height else { return false }
        let two = twoColumns(entries)
        let keyWidth = two.map { TextWidth.width(of: $0.keys) }.max() ?? 0
        let width = keyWidth + 2 + (two.map { TextWidth.width(of: $0.help) }.max() ?? 0) + 4
        return two.count + 2 > area.height || width > area.width
    }

    /// The rows a scrolling overlay shows in `area` (the box and the footer take 4).
    static func visibleRows(_ area: Rect) -> Int { max(1, area.height - 4) }

    /// The largest useful scroll in `area`: 0 when the overlay does not scroll.
    func maxScroll(in area: Rect) -> Int {
        let entries = rows
        guard HelpOverlay.scrolls(rows: entries, area: area) else { return 0 }
        return max(0, entries.count - HelpOverlay.visibleRows(area))
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
