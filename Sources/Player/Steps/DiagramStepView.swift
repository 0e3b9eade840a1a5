import Lessons
import Screen

/// Draws a diagram step: the drawing as written (never wrapped; centred when it fits, else clipped
/// with a dim `…` ending each clipped line), then the
/// caption wrapped below it.
struct DiagramStepView {
    /// The diagram.
    var diagram: Diagram
    /// Language of the text.
    var language: Language
    /// Rows scrolled.
    var scroll: Int

    /// Draws into `area`; returns the rows the step needs (before scrolling).
    @discardableResult
    func render(into frame: inout Frame, area: Rect) -> Int {
        var art = diagram.art.text(language).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while art.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { art.removeLast() }
        let artWidth = art.map { TextWidth.width(of: $0) }.max() ?? 0
        let left = area.x + max(0, (area.width - artWidth) / 2)
        let shown = art.dropFirst(scroll)
        var y = area.y
        for line in shown where y < area.maxY {
            frame.put(line, x: left, y: y, clip: area)
            // Wider than the screen (60×20): the clipped line ends in a dim `…`.
            if left + TextWidth.width(of: line) > area.maxX, area.width > 1 {
                frame.put("…", x: area.maxX - 1, y: y, style: .dim, clip: area)
            }
            y += 1
        }
        let captionBlock = diagram.caption.map { TextBlock($0.text(language)) }
        let needed = art.count + (captionBlock.map { 1 + $0.height(forWidth: area.width) } ?? 0)
        guard let captionBlock, y + 1 < area.maxY else { return needed }
        captionBlock.render(into: &frame, area: Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1))
        return needed
    }
}
