/// A border with an optional title, drawn with box-drawing characters (`┌─┐│└┘`) or, for
/// non-UTF-8 locales, ASCII (`+-|`).
public struct Box: Sendable {
    /// The title set into the top border.
    public var title: String?
    /// Use `+`, `-`, `|` instead of box-drawing characters.
    public var ascii: Bool
    /// The border's style.
    public var style: Style
    /// The title's style.
    public var titleStyle: Style

    /// Creates a box.
    public init(title: String? = nil, ascii: Bool = false, style: Style = .plain, titleStyle: Style = .bold) {
        self.title = title
        self.ascii = ascii
        self.style = style
        self.titleStyle = titleStyle
    }

    /// The area inside the border.
    public func inner(of area: Rect) -> Rect { area.inset(by: 1) }

    /// Draws the border (and title) around `area`; returns the inner area.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let (h, v, tl, tr, bl, br) = ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        for x in left + 1..<right {
            frame.set(x: x, y: top, Cell(h, style: style))
            frame.set(x: x, y: bottom, Cell(h, style: style))
        }
        for y in top + 1..<bottom {
            frame.set(x: left, y: y, Cell(v, style: style))
            frame.set(x: right, y: y, Cell(v, style: style))
        }
        frame.set(x: left, y: top, Cell(tl, style: style))
        frame.set(x: right, y: top, Cell(tr, style: style))
        frame.set(x: left, y: bottom, Cell(bl, style: style))
        frame.set(x: right, y: bottom, Cell(br, style: style))
        if let title, !title.isEmpty, area.width > 4 {
            let clip = Rect(x: left + 1, y: top, width: area.width - 2, height: 1)
            frame.put(" " + title + " ", x: left + 1, y: top, style: titleStyle, clip: clip)
        }
        return inner(of: area)
    }
}
