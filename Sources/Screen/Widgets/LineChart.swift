import Foundation

/// Several series over time in one chart, after LSTMVis's view of hidden units: a y range of
/// −1…1 with axis labels, one line per series drawn with braille dots (2×4 per cell), and the
/// current step marked under the plot with `▴`. Without UTF-8 (`ascii`) each point is the series'
/// own character (`0`–`9`, `a`–`z`) on a character grid instead.
public struct LineChart: Sendable {
    /// The title line.
    public var title: String
    /// The values of each series, step 1 first; a series may be shorter than `steps` (not yet computed).
    public var series: [[Double]]
    /// How many steps the x axis is laid out for (T).
    public var steps: Int
    /// The step marked under the plot (1-based; 0 marks nothing).
    public var current: Int
    /// A series drawn last and bold (the unit under inspect mode's cursor), if any.
    public var emphasised: Int?
    /// The colour mode (series are coloured in colour modes).
    public var mode: ColorMode
    /// True without UTF-8: ASCII characters instead of braille.
    public var ascii = false
    /// The names of the series for the ASCII plot's characters, e.g. unit numbers; default 0, 1, 2…
    public var symbols: [Character]?

    /// The y range.
    public static let range: ClosedRange<Double> = -1...1
    /// Columns taken by the y axis labels.
    static let axisWidth = 3
    /// Braille dot bits: [column][row] of a 2×4 cell.
    static let dots: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
    /// Series colours: Okabe–Ito, readable on dark and light backgrounds.
    static let colours: [Color] = [.rgb(230, 159, 0), .rgb(86, 180, 233), .rgb(0, 158, 115), .rgb(240, 228, 66),
                                   .rgb(0, 114, 178), .rgb(213, 94, 0), .rgb(204, 121, 167), .rgb(170, 170, 170)]

    /// Creates a chart.
    public init(title: String, series: [[Double]], steps: Int, current: Int, mode: ColorMode) {
        self.title = title
        self.series = series
        self.steps = steps
        self.current = current
        self.mode = mode
    }

    /// The character that names series `index` in the ASCII plot.
    func symbol(_ index: Int) -> Character {
        if let symbols, index < symbols.count { return symbols[index] }
        let names = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        return names[index % names.count]
    }

    /// The style of series `index`.
    func style(_ index: Int) -> Style {
        var style = mode == .none ? Style.plain : Style(fg: LineChart.colours[index % LineChart.colours.count])
        if index == emphasised { style.attributes.insert(.bold) }
        return style
    }

    /// Draws the title, the axis, the lines and the marker into `area`.
    public func render(into frame: inout Frame, area: Rect) {
        guard area.height >= 4, area.width > LineChart.axisWidth + 2 else { return }
        frame.put(title, x: area.x, y: area.y, style: .bold, clip: area)
        let plot = Rect(x: area.x + LineChart.axisWidth, y: area.y + 1, width: area.width - LineChart.axisWidth, height: area.height - 2)
        let zeroRow = (plot.height - 1) / 2
        for (label, row) in [(" 1", 0), (" 0", zeroRow), ("-1", plot.height - 1)] where label != " 0" || (zeroRow > 0 && zeroRow < plot.height - 1) {
            frame.put(label, x: area.x, y: plot.y + row, style: .dim, clip: area)
        }
        let order = series.indices.filter { $0 != emphasised } + (emphasised.map { series.indices.contains($0) ? [$0] : [] } ?? [])
        if ascii {
            drawASCII(&frame, plot, order)
        } else {
            drawBraille(&frame, plot, order)
        }
        if current >= 1, current <= steps {
            let x = plot.x + column(of: current - 1, across: plot.width)
            let marker = (ascii ? "^" : "▴") + " t = \(current)"
            let start = min(x, plot.maxX - TextWidth.width(of: marker))
            frame.put(marker, x: max(plot.x, start), y: plot.maxY, style: .bold, clip: area)
        }
    }

    /// The cell column of step `s` (0-based) in a plot `width` cells wide.
    func column(of s: Int, across width: Int) -> Int {
        steps > 1 ? Int((Double(s) * Double(width - 1) / Double(steps - 1)).rounded()) : 0
    }

    private func drawBraille(_ frame: inout Frame, _ plot: Rect, _ order: [Int]) {
        let dotW = plot.width * 2, dotH = plot.height * 4
        var masks = [UInt32](repeating: 0, count: plot.width * plot.height)
        var owner = [Int](repeating: -1, count: plot.width * plot.height)
        func dotX(_ s: Int) -> Int { steps > 1 ? Int((Double(s) * Double(dotW - 1) / Double(steps - 1)).rounded()) : 0 }
        func dotY(_ v: Double) -> Int {
            let clamped = min(1, max(-1, v.isNaN ? 0 : v))
            return Int(((1 - clamped) / 2 * Double(dotH - 1)).rounded())
        }
        func set(_ x: Int, _ y: Int, _ index: Int) {
            guard x >= 0, x < dotW, y >= 0, y < dotH else { return }
            let cell = (y / 4) * plot.width + x / 2
            masks[cell] |= LineChart.dots[x % 2][y % 4]
            owner[cell] = index
        }
        for index in order {
            let values = series[index]
            for s in values.indices {
                let x0 = dotX(s), y0 = dotY(values[s])
                set(x0, y0, index)
                guard s + 1 < values.count else { continue }
                let x1 = dotX(s + 1), y1 = dotY(values[s + 1])
                let n = max(abs(x1 - x0), abs(y1 - y0))
                guard n > 0 else { continue }
                for k in 1...n {
                    let f = Double(k) / Double(n)
                    set(x0 + Int((Double(x1 - x0) * f).rounded()), y0 + Int((Double(y1 - y0) * f).rounded()), index)
                }
            }
        }
        let zeroRow = (plot.height - 1) / 2
        for row in 0..<plot.height {
            for col in 0..<plot.width {
                let cell = row * plot.width + col
                if masks[cell] != 0, let scalar = Unicode.Scalar(0x2800 + masks[cell]) {
                    frame.set(x: plot.x + col, y: plot.y + row, Cell(String(Character(scalar)), style: style(owner[cell])))
                } else if row == zeroRow {
                    frame.set(x: plot.x + col, y: plot.y + row, Cell("·", style: .dim))
                }
            }
        }
    }

    private func drawASCII(_ frame: inout Frame, _ plot: Rect, _ order: [Int]) {
        let zeroRow = (plot.height - 1) / 2
        for col in 0..<plot.width { frame.set(x: plot.x + col, y: plot.y + zeroRow, Cell(".", style: .dim)) }
        for index in order {
            for (s, v) in series[index].enumerated() {
                let clamped = min(1, max(-1, v.isNaN ? 0 : v))
                let row = Int(((1 - clamped) / 2 * Double(plot.height - 1)).rounded())
                frame.set(x: plot.x + column(of: s, across: plot.width), y: plot.y + row,
                          Cell(String(symbol(index)), style: style(index)))
            }
        }
    }
}
