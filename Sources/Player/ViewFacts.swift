import Screen

/// What a drawn screen reports besides its cells: how tall the step's content is, how far it can
/// scroll, and how each heatmap had to shrink. `update` clamps scrolling with it and `check`'s fit
/// warnings read it, so neither has to search the drawn text.
public struct ViewFacts: Equatable, Sendable {
    /// Rows the step's content needs at the screen's width (unscrolled).
    public var contentHeight = 0
    /// Rows the step's content gets on this screen.
    public var visibleHeight = 0
    /// The largest useful scroll offset (0 when everything shows).
    public var scrollBound = 0
    /// Every heatmap that averages or pairs rows, in drawing order.
    public var averaging: [AveragingFact] = []

    /// No facts (nothing drawn).
    public init() {}
}

/// How one heatmap was shrunk to fit: `▀` half blocks (two rows per terminal row) and/or block
/// means of `rowsPerCell` × `colsPerCell` values.
public struct AveragingFact: Equatable, Sendable {
    /// The tensor's name, e.g. `Wh` or `states`.
    public var name: String
    /// Matrix rows averaged per pixel.
    public var rowsPerCell: Int
    /// Matrix columns averaged per pixel.
    public var colsPerCell: Int
    /// Whether two pixels share a terminal row (`▀`).
    public var halfBlock: Bool

    /// Values averaged into one pixel.
    public var valuesPerPixel: Int { rowsPerCell * colsPerCell }

    /// What the legend says, e.g. `▀ = 2 rows` or `1 cell = 2×4 values (mean)`, in English or Korean.
    public func note(korean: Bool = false) -> String {
        let mean = korean ? "값 \(rowsPerCell)×\(colsPerCell)개의 평균" : "\(rowsPerCell)×\(colsPerCell) values (mean)"
        let rows = korean ? "\(Glyphs.upperHalf) = 2행" : "\(Glyphs.upperHalf) = 2 rows"
        switch (halfBlock, valuesPerPixel > 1) {
        case (true, false): return rows
        case (true, true): return rows + (korean ? "; 반 칸 = " : "; 1 half = ") + mean
        default: return (korean ? "1칸 = " : "1 cell = ") + mean
        }
    }

    /// The short form the legend falls back to when the notes do not all fit (80×24 without
    /// colour): `2×1 mean`, `▀ 2 rows, 2×1 mean`; `▀ = 2 rows` is short already.
    public func shortNote(korean: Bool = false) -> String {
        let mean = korean ? "\(rowsPerCell)×\(colsPerCell) 평균" : "\(rowsPerCell)×\(colsPerCell) mean"
        switch (halfBlock, valuesPerPixel > 1) {
        case (true, false): return note(korean: korean)
        case (true, true): return (korean ? "\(Glyphs.upperHalf) 2행, " : "\(Glyphs.upperHalf) 2 rows, ") + mean
        default: return mean
        }
    }

    /// The legend's second row: `fixed` (glyph keys, scale notes), then a note per averaged
    /// heatmap, in their short forms when the long ones do not all fit `width`; whole items only.
    static func legendRow(_ fixed: [String], _ averaging: [AveragingFact], korean: Bool, width: Int) -> String {
        let long = fixed + averaging.map { "\($0.name): " + $0.note(korean: korean) }
        let line = TextShortening.fittedItems(long, to: width)
        if TextWidth.width(of: long.joined(separator: "   ")) <= width { return line }
        return TextShortening.fittedItems(fixed + averaging.map { "\($0.name): " + $0.shortNote(korean: korean) }, to: width)
    }

    /// The fact for a heatmap layout, or nil when every value has its own cell.
    init?(name: String, _ layout: HeatmapLayout) {
        guard layout.halfBlock || layout.isDownsampled else { return nil }
        self.name = name
        rowsPerCell = layout.rowsPerCell
        colsPerCell = layout.colsPerCell
        halfBlock = layout.halfBlock
    }
}

/// A drawn screen and its facts.
public struct Screenful: Sendable {
    /// The cells.
    public var frame: Frame
    /// What the views reported.
    public var facts: ViewFacts
}
