/// How one value is drawn in a cell: a glyph and its style, depending on the colour mode.
public struct Swatch: Hashable, Sendable {
    /// The glyph repeated across the cell (a space in 256/truecolor mode, where the background
    /// carries the colour).
    public var glyph: Character
    /// The style of the cell.
    public var style: Style

    /// Creates a swatch.
    public init(glyph: Character, style: Style) {
        self.glyph = glyph
        self.style = style
    }
}

/// The diverging, colour-blind-safe palette centred on 0: blue for negative values, near-white
/// for zero, orange/brown for positive values (ColorBrewer RdBu's blue arm and PuOr's orange arm;
/// no red/green pairing).
///
/// Values are normalised symmetrically: `t = value / max(|lo|, |hi|)`, clamped to [-1, 1], so 0 is
/// always the centre. Weights in [0, 1) therefore read as white→brown and states in (−1, 1) as
/// blue→white→brown.
///
/// - 256 colours / truecolor: the cell background carries the colour.
/// - 16 colours: shade glyphs `░▒▓█` by magnitude, cyan/blue for negative, yellow/red for positive.
/// - none: glyphs by sign and magnitude: `- = ≡ ■` negative, `+ * # @` positive, `·` near zero.
public struct Palette: Sendable {
    /// Colour stops from -1 to +1 (from 0 to 1 when `sequential`), evenly spaced.
    public let stops: [(UInt8, UInt8, UInt8)]
    /// True for a sequential scale: values from the range's lower bound to its upper bound map to
    /// the stops in order (gates in (0, 1)), instead of symmetrically around 0.
    public let sequential: Bool

    /// Creates a palette from evenly spaced stops (at least two).
    public init(stops: [(UInt8, UInt8, UInt8)], sequential: Bool = false) {
        precondition(stops.count >= 2, "a palette needs two stops")
        self.stops = stops
        self.sequential = sequential
    }

    /// The sequential scale for gate values in (0, 1): viridis (dark purple → teal → yellow),
    /// colour-blind-safe and unlike the diverging blue ↔ white ↔ orange of weights and states.
    /// 16 colours: magenta shades `░▒▓█`; none: `·░▒▓█` by size.
    public static let sequentialGates = Palette(stops: [
        (0x44, 0x01, 0x54), (0x3B, 0x52, 0x8B), (0x21, 0x90, 0x8C), (0x5D, 0xC8, 0x63), (0xFD, 0xE7, 0x25),
    ], sequential: true)

    /// The sequential xterm-256 ramp, from 0 to 1: #5f005f, #5f5f87, #008787, #5fd75f, #ffd700.
    public static let xterm256Sequential = [53, 60, 30, 77, 220]

    /// Where `value` sits on this palette's scale: [-1, 1] around 0 (`normalized`), or [0, 1]
    /// from the range's lower to upper bound for a sequential palette.
    public func position(_ value: Double, range: ClosedRange<Double>) -> Double {
        guard sequential else { return Palette.normalized(value, range: range) }
        guard !value.isNaN else { return 0 }
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return 0 }
        return max(0, min(1, (value - range.lowerBound) / span))
    }

    /// The default blue ↔ near-white ↔ orange/brown palette.
    public static let diverging = Palette(stops: [
        (0x21, 0x66, 0xAC), (0x43, 0x93, 0xC3), (0x92, 0xC5, 0xDE), (0xD1, 0xE5, 0xF0),
        (0xF7, 0xF7, 0xF7),
        (0xFE, 0xE0, 0xB6), (0xFD, 0xB8, 0x63), (0xE0, 0x82, 0x14), (0xB3, 0x58, 0x06),
    ])

    /// The xterm-256 ramp used in 256-colour mode, chosen by hand from the colour cube and the
    /// grey ramp: index 0 is the near-white centre (grey 255, #eeeeee), then five blues for
    /// negative values and five oranges for positive ones, each arm getting darker (CIELAB
    /// lightness strictly falling) and staying in its hue family, so nearest-colour mapping cannot
    /// turn the ramp into pinks, teals, lavenders or yellows.
    public static let xterm256Centre = 255
    /// The blue arm, from near zero to −1: #afd7ff, #5fafd7, #0087d7, #005faf, #000087.
    public static let xterm256Negative = [153, 74, 32, 25, 18]
    /// The orange arm, from near zero to +1: #ffd7af, #ffaf5f, #ff8700, #d75f00, #af5f00.
    public static let xterm256Positive = [223, 215, 208, 166, 130]

    /// The xterm-256 index for normalised `t` in 256-colour mode: the centre for |t| < 0.1, else
    /// the arm's step ⌈5|t|⌉.
    public static func xterm256Index(normalized t: Double) -> Int {
        let a = abs(t.isNaN ? 0 : t)
        guard a >= 0.1 else { return xterm256Centre }
        let step = max(1, min(5, Int((a * 5).rounded(.up)))) - 1
        return t < 0 ? xterm256Negative[step] : xterm256Positive[step]
    }

    /// The colour of normalised `t` in `mode`: the hand-picked ramp's xterm colour in 256-colour
    /// mode (its exact RGB, which maps back to the same index), the interpolated palette otherwise.
    public func color(normalized t: Double, mode: ColorMode) -> Color {
        guard mode == .ansi256 else { return color(normalized: t) }
        if sequential {
            let index = Palette.xterm256Sequential[max(0, min(4, Int((t.isNaN ? 0 : t) * 5)))]
            let c = ColorQuantizer.rgb(ofXterm256: index)
            return .rgb(c.0, c.1, c.2)
        }
        let c = ColorQuantizer.rgb(ofXterm256: Palette.xterm256Index(normalized: t))
        return .rgb(c.0, c.1, c.2)
    }

    /// `value` scaled into [-1, 1] by `max(|lo|, |hi|)` of `range`; 0 for NaN or an all-zero range.
    public static func normalized(_ value: Double, range: ClosedRange<Double>) -> Double {
        let m = max(abs(range.lowerBound), abs(range.upperBound))
        guard !value.isNaN else { return 0 }
        guard m > 0, m.isFinite else { return value > 0 ? 1 : (value < 0 ? -1 : 0) }
        return max(-1, min(1, value / m))
    }

    /// Magnitude level of a normalised value: 0 near zero (|t| < 1/8), then 1–4.
    public static func level(_ t: Double) -> Int {
        let a = abs(t)
        if a < 0.125 { return 0 }
        return max(1, min(4, Int((a + 0.125) * 4)))
    }

    /// The colour of `value` within a range symmetric around 0.
    public func color(for value: Double, range: ClosedRange<Double>) -> Color {
        color(normalized: position(value, range: range))
    }

    /// The colour at normalised position `t` in [-1, 1].
    public func color(normalized t: Double) -> Color {
        let p = sequential
            ? max(0, min(1, t)) * Double(stops.count - 1)
            : (max(-1, min(1, t)) + 1) / 2 * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(p))
        let f = p - Double(i)
        let a = stops[i], b = stops[i + 1]
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
            UInt8(max(0, min(255, (Double(x) + (Double(y) - Double(x)) * f).rounded())))
        }
        return .rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// Black or white, whichever reads better on `background`.
    public func contrastingText(for background: Color) -> Color {
        guard case let .rgb(r, g, b) = background else { return .default }
        let c = Contrast.blackOrWhite(on: (r, g, b))
        return .rgb(c.0, c.1, c.2)
    }

    /// How `value` is drawn in `mode`.
    public func swatch(for value: Double, range: ClosedRange<Double>, mode: ColorMode) -> Swatch {
        // NaN marks a value not computed yet: drawn as an empty cell.
        if value.isNaN { return Swatch(glyph: " ", style: .plain) }
        return swatch(normalized: position(value, range: range), mode: mode)
    }

    /// How normalised `t` is drawn in `mode`.
    public func swatch(normalized t: Double, mode: ColorMode) -> Swatch {
        let level = Palette.level(t)
        if sequential, mode == .none || mode == .ansi16 {
            guard level > 0 else { return Swatch(glyph: Glyphs.zero, style: .plain) }
            let colour = mode == .none ? Style.plain : Style(fg: ColorQuantizer.ansiColor(level >= 3 ? 13 : 5))
            return Swatch(glyph: Glyphs.shades[level - 1], style: colour)
        }
        switch mode {
        case .none:
            let glyph = level == 0 ? Glyphs.zero : (t < 0 ? Glyphs.negative : Glyphs.positive)[level - 1]
            return Swatch(glyph: glyph, style: .plain)
        case .ansi16:
            guard level > 0 else { return Swatch(glyph: Glyphs.zero, style: .plain) }
            return Swatch(glyph: Glyphs.shades[level - 1], style: Style(fg: Palette.ansi16Color(t)))
        case .ansi256, .truecolor:
            return Swatch(glyph: " ", style: Style(bg: color(normalized: t, mode: mode)))
        }
    }

    /// The text style for a number printed over `value`'s cell in `mode`.
    public func textStyle(for value: Double, range: ClosedRange<Double>, mode: ColorMode) -> Style {
        if value.isNaN { return .plain }
        let t = position(value, range: range)
        switch mode {
        case .none:
            return .plain
        case .ansi16:
            if sequential { return Palette.level(t) == 0 ? .plain : Style(fg: ColorQuantizer.ansiColor(Palette.level(t) >= 3 ? 13 : 5)) }
            return Palette.level(t) == 0 ? .plain : Style(fg: Palette.ansi16Color(t))
        case .ansi256, .truecolor:
            let bg = color(normalized: t, mode: mode)
            return Style(fg: contrastingText(for: bg), bg: bg)
        }
    }

    /// The ANSI colour for normalised `t`: cyan/bright blue for negative, yellow/red for positive.
    public static func ansi16Color(_ t: Double) -> Color {
        let strong = Palette.level(t) >= 3
        if t < 0 { return ColorQuantizer.ansiColor(strong ? 12 : 6) }
        return ColorQuantizer.ansiColor(strong ? 1 : 3)
    }
}
