import Lessons
import Screen

/// The `e` panel of `play --watch`: every problem of the watched files with its position, one
/// diagnostic after another, wrapped to the panel's width (no lesson markup: shown as printed).
struct ProblemsPanel {
    /// The diagnostics, as `file:line:col: error: message` lines.
    var problems: [String]
    /// Language of the title.
    var language: Language
    /// Use ASCII borders.
    var ascii: Bool

    /// Draws the panel over `area`, clearing what is under it.
    func render(into frame: inout Frame, area: Rect) {
        let count = problems.count
        let title = language == .ko ? "오류 \(count)개 (아무 키나 누르면 닫힘)"
            : "\(count == 1 ? "1 problem" : "\(count) problems") (any key closes)"
        frame.fill(area)
        let inner = Box(title: title, ascii: ascii).render(into: &frame, area: area)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(1, inner.width - 2), height: inner.height)
        var y = content.y
        for problem in problems {
            let rows = ProblemsPanel.wrap(TextWidth.sanitized(problem), width: content.width)
            for (index, row) in rows.enumerated() where y < content.maxY {
                frame.put(row, x: content.x + (index == 0 ? 0 : 2), y: y, style: index == 0 ? .bold : .plain, clip: content)
                y += 1
            }
            guard y < content.maxY else { break }
        }
    }

    /// `text` cut into rows of at most `width` columns (continuation rows 2 narrower, as they
    /// are indented), breaking at spaces where one is near.
    static func wrap(_ text: String, width: Int) -> [String] {
        var rows: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let room = max(4, rows.isEmpty ? width : width - 2)
            let (fits, _) = TextWidth.prefix(String(rest), fitting: room)
            var take = fits.count
            if take < rest.count, let space = fits.lastIndex(of: " "), fits.distance(from: fits.startIndex, to: space) > room / 2 {
                take = fits.distance(from: fits.startIndex, to: space) + 1
            }
            take = max(1, take)
            rows.append(String(rest.prefix(take)).trimmingCharacters(in: .init(charactersIn: " ")))
            rest = rest.dropFirst(take)
        }
        return rows.isEmpty ? [""] : rows
    }
}
