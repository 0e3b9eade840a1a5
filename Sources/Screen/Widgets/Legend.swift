/// The colour scale with its value range, e.g. `-1.0 ▕████████▏ +1.0`, what the glyphs mean in
/// none/16-colour modes, and scale notes from the heatmaps (`▀ = 2 rows`).
public struct Legend: Sendable {
    /// The value range shown.
    public var range: ClosedRange<Double>
    /// The colour mode.
    public var mode: ColorMode
    /// Cells in the bar (the bar is narrowed to fit the area).
    public var barWidth: Int
    /// Extra lines, e.g. heatmap scale notes.
    public var notes: [String]
    /// The palette.
    public var palette: Palette
    /// Whether the glyph key is written in Korean.
    public var korean = false
    /// Whether the range's ends are written in scientific notation (`-2.1e-3`), for small or
    /// large ranges such as gradients'.
    public var scientific = false

    /// Creates a legend.
    public init(range: ClosedRange<Double>, mode: ColorMode, barWidth: Int = 17, notes: [String] = [], palette: Palette = .diverging) {
        self.range = range
        self.mode = mode
        self.barWidth = barWidth
        self.notes = notes
        self.palette = palette
    }

    /// The glyph key for modes without full colour, or nil in colour modes.
    public var glyphKey: String? {
        if palette.sequential {
            let shades = Glyphs.shades.map(String.init).joined(separator: " ")
            switch mode {
            case .none: return "\(Glyphs.zero) \(shades) = 0 → 1"
            case .ansi16: return korean ? "\(Glyphs.zero) \(shades) = 0 → 1 (자홍)" : "\(Glyphs.zero) \(shades) = 0 → 1 (magenta)"
            case .ansi256, .truecolor: return nil
            }
        }
        switch mode {
        case .none:
            let (neg, pos) = korean ? ("음수", "양수") : ("neg", "pos")
            return neg + " " + Glyphs.negative.reversed().map(String.init).joined(separator: " ")
                + "  \(Glyphs.zero) 0  " + pos + " " + Glyphs.positive.map(String.init).joined(separator: " ")
        case .ansi16:
            let shades = Glyphs.shades.map(String.init).joined()
            return korean
                ? "\(shades) = |값|; 파랑 음수, 노랑/빨강 양수"
                : "\(shades) = |value|; blue neg, yellow/red pos"
        case .ansi256, .truecolor:
            return nil
        }
    }

    /// Rows the legend needs.
    public var height: Int { 1 + (glyphKey == nil ? 0 : 1) + notes.count }

    /// A range end as written: signed, one decimal or two significant digits.
    func label(_ value: Double) -> String {
        guard scientific else { return NumberFormat.signed(value) }
        let text = NumberFormat.scientific(value, significant: 2)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// Columns the first row (`-1.0 ▕…▏ +1.0`) takes with a bar of `cells` cells.
    public func rowWidth(barCells cells: Int) -> Int {
        let lo = palette.sequential ? NumberFormat.compact(range.lowerBound, maxDecimals: 1) : label(range.lowerBound)
        let hi = palette.sequential ? NumberFormat.compact(range.upperBound, maxDecimals: 1) : label(range.upperBound)
        return TextWidth.width(of: lo) + 1 + 1 + max(2, cells) + 1 + 1 + TextWidth.width(of: hi)
    }

    /// Draws the legend into `area`; returns the rows used.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> Int {
        guard !area.isEmpty else { return 0 }
        let lo = palette.sequential ? NumberFormat.compact(range.lowerBound, maxDecimals: 1) : label(range.lowerBound)
        let hi = palette.sequential ? NumberFormat.compact(range.upperBound, maxDecimals: 1) : label(range.upperBound)
        var x = area.x
        x += frame.put(lo + " ", x: x, y: area.y, clip: area)
        let room = area.maxX - x - 2 - (1 + TextWidth.width(of: hi))
        let n = max(2, min(barWidth, room))
        x += frame.put(String(Glyphs.barEnds.0), x: x, y: area.y, clip: area)
        for i in 0..<n {
            let t = Double(i) / Double(n - 1)
            let value = range.lowerBound + (range.upperBound - range.lowerBound) * t
            let swatch = palette.swatch(for: value, range: range, mode: mode)
            let glyph = mode == .ansi256 || mode == .truecolor ? "█" : String(swatch.glyph)
            var style = swatch.style
            if mode == .ansi256 || mode == .truecolor { style = Style(fg: swatch.style.bg) }
            frame.set(x: x, y: area.y, Cell(glyph, style: style), clip: area)
            x += 1
        }
        x += frame.put(String(Glyphs.barEnds.1), x: x, y: area.y, clip: area)
        frame.put(" " + hi, x: x, y: area.y, clip: area)
        var y = area.y + 1
        for line in (glyphKey.map { [$0] } ?? []) + notes where y < area.maxY {
            frame.put(line, x: area.x, y: y, style: .dim, clip: area)
            y += 1
        }
        return y - area.y
    }
}
