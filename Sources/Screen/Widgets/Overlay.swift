/// A centred box listing `key  description` rows: the help overlay.
public struct Overlay: Sendable {
    /// One row of the overlay.
    public struct Entry: Equatable, Sendable {
        /// The keys, e.g. `→ / l`.
        public var keys: String
        /// What they do.
        public var help: String

        /// Creates an entry.
        public init(keys: String, help: String) {
            self.keys = keys
            self.help = help
        }
    }

    /// The box title.
    public var title: String
    /// The rows.
    public var entries: [Entry]
    /// A line under the rows, e.g. `press any key to close`.
    public var footer: String?
    /// ASCII borders.
    public var ascii: Bool

    /// Creates an overlay from `(keys, help)` pairs.
    public init(title: String = "Keys", entries: [(keys: String, help: String)], footer: String? = nil, ascii: Bool = false) {
        self.title = title
        self.entries = entries.map { Entry(keys: $0.keys, help: $0.help) }
        self.footer = footer
        self.ascii = ascii
    }

    /// The box size for all rows, before clipping to the screen.
    public var preferredSize: Size {
        let keyWidth = entries.map { TextWidth.width(of: $0.keys) }.max() ?? 0
        let helpWidth = entries.map { TextWidth.width(of: $0.help) }.max() ?? 0
        let inner = max(keyWidth + 2 + helpWidth, TextWidth.width(of: footer ?? ""), TextWidth.width(of: title) + 2)
        return Size(width: inner + 4, height: entries.count + 2 + (footer == nil ? 0 : 2))
    }

    /// Columns of rows used in `area`: two when one column is too tall for it and two fit its width.
    public func columns(in area: Rect) -> Int {
        let want = preferredSize
        guard want.height > area.height else { return 1 }
        let rows = (entries.count + 1) / 2
        return (want.width - 4) * 2 + 3 + 4 <= area.width && rows + 2 < want.height ? 2 : 1
    }

    /// Draws the overlay centred in `area` (usually the whole screen), clearing what is under it;
    /// returns the box drawn. When one column of rows is taller than `area`, the rows go in two
    /// columns if they fit side by side.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> Rect {
        var want = preferredSize
        let columns = columns(in: area)
        let perColumn = (entries.count + columns - 1) / columns
        let columnWidth = want.width - 4
        if columns == 2 {
            want = Size(width: columnWidth * 2 + 3 + 4, height: perColumn + 2 + (footer == nil ? 0 : 2))
        }
        let w = min(want.width, area.width), h = min(want.height, area.height)
        let box = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        frame.fill(box)
        let inner = Box(title: title, ascii: ascii).render(into: &frame, area: box)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let keyWidth = entries.map { TextWidth.width(of: $0.keys) }.max() ?? 0
        var y = content.y
        for (index, entry) in entries.enumerated() {
            let column = index / perColumn
            let x = content.x + column * (columnWidth + 3)
            let row = content.y + index % perColumn
            guard row < content.maxY else { continue }
            frame.put(entry.keys, x: x, y: row, style: .bold, clip: content)
            frame.put(entry.help, x: x + keyWidth + 2, y: row, clip: content)
            y = max(y, row + 1)
        }
        if let footer, y + 1 < content.maxY {
            frame.put(footer, x: content.x, y: y + 1, style: .dim, clip: content)
        }
        return box
    }
}
