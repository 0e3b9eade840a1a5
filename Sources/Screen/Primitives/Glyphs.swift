/// Named glyph tables used by the widgets.
public enum Glyphs {
    /// Shades from light to full, used for magnitude in 16-colour mode.
    public static let shades: [Character] = ["░", "▒", "▓", "█"]
    /// Negative magnitudes 1–4 without colour: more bars, larger magnitude (a "minus" family).
    public static let negative: [Character] = ["-", "=", "≡", "■"]
    /// Positive magnitudes 1–4 without colour: denser, larger magnitude (a "plus" family).
    public static let positive: [Character] = ["+", "*", "#", "@"]
    /// A value near zero (magnitude below 1/8 of the range).
    public static let zero: Character = "·"
    /// Upper half block: foreground is the upper value, background the lower one.
    public static let upperHalf: Character = "▀"
    /// Lower half block, for a half-block cell whose upper value is missing.
    public static let lowerHalf: Character = "▄"
    /// Marks the highlighted row, left of the matrix.
    public static let rowMarker: Character = "▸"
    /// Marks the highlighted column, below the matrix.
    public static let columnMarker: Character = "▴"
    /// Left and right ends of a legend bar.
    public static let barEnds: (Character, Character) = ("▕", "▏")
}
