import RNNCore

/// A vector such as `x_t (4,)`, `b (8,)` or `h_t (8,)` drawn as a column (one row per element)
/// or a horizontal strip, optionally with the numbers.
///
/// Vertical strips print numbers beside each swatch; horizontal strips print them inside the
/// cells. Long vectors are half-blocked or averaged exactly like a `Heatmap`.
public struct VectorStrip: Sendable {
    /// Which way the elements run.
    public enum Orientation: Sendable {
        /// One row per element.
        case vertical
        /// One cell per element, left to right.
        case horizontal
    }

    /// The title line.
    public var title: String
    /// The elements.
    public var values: [Double]
    /// The value range; colours are symmetric around 0.
    public var range: ClosedRange<Double>
    /// The colour mode.
    public var mode: ColorMode
    /// Column or strip.
    public var orientation: Orientation
    /// Print the numbers when there is room.
    public var showValues: Bool
    /// An element to mark (`▸` for columns, `▴` for strips).
    public var highlight: Int?
    /// The palette.
    public var palette: Palette

    /// Creates a vector strip.
    public init(
        title: String, values: [Double], range: ClosedRange<Double>, mode: ColorMode,
        orientation: Orientation = .vertical, showValues: Bool = false, highlight: Int? = nil,
        palette: Palette = .diverging
    ) {
        self.title = title
        self.values = values
        self.range = range
        self.mode = mode
        self.orientation = orientation
        self.showValues = showValues
        self.highlight = highlight
        self.palette = palette
    }

    /// Columns taken by a number printed beside a vertical swatch (space included).
    public static let valueColumnWidth = 7

    /// The size that shows every element (and its number when `showValues`).
    public var preferredSize: Size {
        switch orientation {
        case .vertical:
            let base = Heatmap.preferredSize(rows: values.count, cols: 1, title: title, highlightRow: highlight != nil)
            let width = (highlight != nil ? 1 : 0) + 2 + (showValues ? VectorStrip.valueColumnWidth : 0)
            return Size(width: max(base.width, width), height: base.height)
        case .horizontal:
            return Heatmap.preferredSize(rows: 1, cols: values.count, title: title, showValues: showValues, highlightColumn: highlight != nil)
        }
    }

    /// The heatmap that draws the swatches.
    public var heatmap: Heatmap {
        switch orientation {
        case .vertical:
            return Heatmap(title: title, matrix: Matrix(rows: values.count, cols: 1, values: values), range: range,
                           mode: mode, highlightRow: highlight, palette: palette)
        case .horizontal:
            return Heatmap(title: title, matrix: Matrix(rows: 1, cols: values.count, values: values), range: range,
                           mode: mode, highlightColumn: highlight, showValues: showValues, palette: palette)
        }
    }

    /// How the vector fits into `area` (see `HeatmapLayout`).
    public func layout(for area: Rect) -> HeatmapLayout {
        heatmap.layout(for: area)
    }

    /// Draws the strip into `area`; returns the layout used.
    @discardableResult
    public func render(into frame: inout Frame, area: Rect) -> HeatmapLayout {
        let layout = heatmap.render(into: &frame, area: area)
        guard orientation == .vertical, showValues, layout.cellWidth > 0, !layout.isDownsampled, !layout.halfBlock else {
            return layout
        }
        let x = area.x + layout.gutter + layout.cellWidth + 1
        for (i, v) in values.enumerated() {
            let text = NumberFormat.compact(v, width: VectorStrip.valueColumnWidth - 1)
            let padded = String(repeating: " ", count: max(0, 5 - text.count)) + text
            frame.put(padded, x: x, y: area.y + 1 + i, clip: area)
        }
        return layout
    }
}
