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

    /// Draws the overlay centred in `area` (usually the whole screen), clearing what is under it;
    /// returns the box drawn.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> Rect {
        let want = preferredSize
        let w = min(want.width, area.width), h = min(want.height, area.height)
        let box = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        frame.fill(box)
        let inner = Box(title: title, ascii: ascii).render(into: &frame, area: box)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let keyWidth = entries.map { TextWidth.width(of: $0.keys) }.max() ?? 0
        var y = content.y
        for entry in entries where y < content.maxY {
            frame.put(entry.keys, x: content.x, y: y, style: .bold, clip: content)
            frame.put(entry.help, x: content.x + keyWidth + 2, y: y, clip: content)
            y += 1
        }
        if let footer, y + 1 < content.maxY {
            frame.put(footer, x: content.x, y: y + 1, style: .dim, clip: content)
        }
        return box
    }
}
