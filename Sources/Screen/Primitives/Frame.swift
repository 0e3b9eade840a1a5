/// A whole screen: a grid of styled cells, drawn by views and diffed by the terminal layer.
public struct Frame: Equatable, Sendable {
    /// The frame's size.
    public let size: Size
    /// The cells, row after row.
    public private(set) var cells: [Cell]

    /// A blank frame of `size`.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The whole frame as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// True when (x, y) is inside the frame.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Sets one cell, keeping wide graphemes whole: a grapheme that would overhang the frame's
    /// right edge or `clip` is replaced by a space, and overwriting half of a wide grapheme blanks
    /// its other half.
    public mutating func set(x: Int, y: Int, _ cell: Cell, clip: Rect? = nil) {
        guard contains(x: x, y: y) else { return }
        let limit = clip.map { $0.intersection(bounds) } ?? bounds
        guard x >= limit.x, x < limit.maxX, y >= limit.y, y < limit.maxY else { return }
        let w = cell.text.count == 1 ? TextWidth.width(of: cell.text.first!) : 1
        breakWide(x: x, y: y)
        if w == 2 {
            if x + 1 < limit.maxX {
                breakWide(x: x + 1, y: y)
                self[x, y] = cell
                self[x + 1, y] = Cell("", style: cell.style)
            } else {
                self[x, y] = Cell(" ", style: cell.style)
            }
        } else {
            self[x, y] = cell
        }
    }

    /// Writes `text` (sanitized, on one line) starting at (x, y), clipped to `clip` (default: the
    /// frame). Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let limit = (clip ?? bounds).intersection(bounds)
        guard y >= limit.y, y < limit.maxY else { return 0 }
        var col = x
        for ch in TextWidth.sanitized(text) {
            let w = TextWidth.width(of: ch)
            if w == 0 { continue }
            if col + w > limit.maxX { break }
            if col >= limit.x {
                set(x: col, y: y, Cell(String(ch), style: style), clip: limit)
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills `rect` with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(x: x, y: y, cell) }
        }
    }

    /// Applies `style` to the cells of `rect`, keeping their text.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { transform(&cells[y * size.width + x].style) }
        }
    }

    /// Row `y` as plain text (continuation cells skipped).
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width {
            let c = self[x, y]
            if !c.isContinuation { s += c.text }
        }
        return s
    }

    /// All rows as plain text.
    public var lines: [String] { (0..<size.height).map { line($0) } }

    /// All rows as plain text with trailing spaces removed, joined by newlines.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    private mutating func breakWide(x: Int, y: Int) {
        let c = self[x, y]
        if c.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if x + 1 < size.width, self[x + 1, y].isContinuation, TextWidth.width(of: c.text.first ?? " ") == 2 {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
    }
}
