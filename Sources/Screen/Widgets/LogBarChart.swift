import Foundation

/// Positive values as vertical bars on a log10 scale, one bar per index (labelled from 1), with
/// one bar marked: e.g. ‖∂L/∂x_t‖ for every timestep t, where a vanishing gradient is a staircase
/// down over many decades and an exploding one a staircase up.
///
/// Layout in its area: the title on the first row; the decade labels (`1e+0`, `1e-8`) in a left
/// axis; the bars, each up to three columns wide (with eighth blocks `▁…█` for the top cell, or
/// whole `#` cells without Unicode); the marked index under its bar on the last row, with the
/// first and last index when they fit. More values than columns are grouped, each column showing
/// its group's largest value.
public struct LogBarChart: Sendable {
    /// The title line.
    public var title: String
    /// The values, index 0 first (labelled 1); nil is not known yet (drawn empty), 0 draws nothing.
    public var values: [Double?]
    /// The scale, as powers of ten: the bottom of the bars is 10^lowerBound, the top 10^upperBound.
    public var decades: ClosedRange<Int>
    /// The index whose bar is marked (bold label, a different colour or glyph).
    public var marked: Int?
    /// The colour mode.
    public var mode: ColorMode
    /// Whether eighth blocks may be used; false draws whole cells with ASCII glyphs.
    public var unicode = true

    /// Creates a chart.
    public init(title: String, values: [Double?], decades: ClosedRange<Int>, marked: Int?, mode: ColorMode) {
        self.title = title
        self.values = values
        self.decades = decades
        self.marked = marked
        self.mode = mode
    }

    /// The decades that hold every positive value of `values` (at least one decade).
    public static func decades(for values: [Double]) -> ClosedRange<Int> {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        guard let lo = positive.min(), let hi = positive.max() else { return 0...1 }
        let bottom = Int(log10(lo).rounded(.down)), top = Int(log10(hi).rounded(.up))
        return bottom...max(top, bottom + 1)
    }

    /// The axis label of decade `k`: `1e-8`, `1e+0`.
    static func decadeLabel(_ k: Int) -> String {
        "1e" + (k < 0 ? "-" : "+") + String(abs(k))
    }

    /// Bar colour: the palette's blue for ordinary bars, its orange for the marked one.
    static let barColor = Color.rgb(0x43, 0x93, 0xC3)
    /// The marked bar's colour.
    static let markedColor = Color.rgb(0xE0, 0x82, 0x14)

    /// Draws the chart into `area`.
    public func render(into frame: inout Frame, area: Rect) {
        guard !area.isEmpty else { return }
        frame.put(title, x: area.x, y: area.y, style: .bold, clip: area)
        let barRows = area.height - 2
        let axis = max(TextWidth.width(of: LogBarChart.decadeLabel(decades.lowerBound)),
                       TextWidth.width(of: LogBarChart.decadeLabel(decades.upperBound))) + 1
        let room = area.width - axis
        guard barRows >= 1, room >= 1, !values.isEmpty else { return }
        let top = area.y + 1, bottom = top + barRows - 1, labelRow = bottom + 1
        frame.put(LogBarChart.decadeLabel(decades.upperBound), x: area.x, y: top, style: .plain, clip: area)
        if barRows > 1 {
            frame.put(LogBarChart.decadeLabel(decades.lowerBound), x: area.x, y: bottom, style: .plain, clip: area)
        }
        // Columns per bar (the last of them a gap when 2 or 3), or values per column when grouped.
        let group = max(1, (values.count + room - 1) / room)
        let columns = (values.count + group - 1) / group
        let step = max(1, min(3, room / columns))
        let barWidth = step >= 2 ? step - 1 : 1
        let left = area.x + axis
        let span = Double(decades.upperBound - decades.lowerBound)
        for c in 0..<columns {
            let range = (c * group)..<min(values.count, (c + 1) * group)
            let known = range.compactMap { values[$0] }
            let isMarked = marked.map { range.contains($0) } ?? false
            let x = left + c * step
            if isMarked {
                let text = String(marked! + 1)
                let w = TextWidth.width(of: text)
                let lx = max(area.x + axis, min(area.maxX - w, x + barWidth / 2 - (w - 1) / 2))
                frame.put(text, x: lx, y: labelRow, style: .reverse, clip: area)
            }
            guard let value = known.max(), value > 0, value.isFinite || value == .infinity else { continue }
            let fraction = max(0, min(1, (log10(value) - Double(decades.lowerBound)) / span))
            let eighths = max(1, Int((fraction * Double(barRows * 8)).rounded()))
            let style = barStyle(marked: isMarked)
            for row in 0..<barRows {
                let filled = eighths - row * 8
                guard filled > 0 else { break }
                let glyph = glyph(eighths: min(8, filled), marked: isMarked)
                for dx in 0..<barWidth {
                    frame.set(x: x + dx, y: bottom - row, Cell(glyph, style: style), clip: area)
                }
            }
        }
        drawEndLabels(&frame, area: area, left: left, step: step, barWidth: barWidth, group: group, columns: columns,
                      row: labelRow)
    }

    /// The first and last index under their bars, where they do not touch the marked label.
    private func drawEndLabels(_ frame: inout Frame, area: Rect, left: Int, step: Int, barWidth: Int, group: Int,
                               columns: Int, row: Int) {
        var taken: [Range<Int>] = []
        if let marked {
            let text = String(marked + 1)
            let x = left + (marked / group) * step + barWidth / 2 - (TextWidth.width(of: text) - 1) / 2
            taken.append((x - 1)..<(x + TextWidth.width(of: text) + 1))
        }
        for (index, column) in [(0, 0), (values.count - 1, columns - 1)] {
            let text = String(index + 1)
            let w = TextWidth.width(of: text)
            let x = max(left, min(area.maxX - w, left + column * step + barWidth / 2 - (w - 1) / 2))
            let span = x..<(x + w)
            guard !taken.contains(where: { $0.overlaps(span) }) else { continue }
            frame.put(text, x: x, y: row, style: .plain, clip: area)
            taken.append((x - 1)..<(x + w + 1))
        }
    }

    private func glyph(eighths: Int, marked: Bool) -> String {
        guard unicode else { return marked ? "@" : "#" }
        if mode == .none || mode == .ansi16, marked { return eighths >= 8 ? "▓" : String(LogBarChart.eighthBlocks[eighths - 1]) }
        return String(LogBarChart.eighthBlocks[eighths - 1])
    }

    private func barStyle(marked: Bool) -> Style {
        switch mode {
        case .none: return marked ? Style(attributes: .bold) : .plain
        case .ansi16: return Style(fg: ColorQuantizer.ansiColor(marked ? 3 : 6))
        case .ansi256, .truecolor: return Style(fg: marked ? LogBarChart.markedColor : LogBarChart.barColor)
        }
    }

    /// `▁` to `█`: one to eight eighths of a cell.
    public static let eighthBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
}
