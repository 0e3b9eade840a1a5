/// A cell colour: the terminal's default, or an RGB value that the output layer maps to the
/// terminal's colour mode (truecolor, 256, 16 or none).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// How many colours the output can show; widgets pick glyphs by it.
public enum ColorMode: String, Equatable, Sendable, CaseIterable {
    /// No colour at all: glyphs and numbers carry the meaning.
    case none
    /// The 8/16 ANSI colours; heatmaps add shade glyphs.
    case ansi16 = "16"
    /// The xterm 256-colour palette.
    case ansi256 = "256"
    /// 24-bit colour.
    case truecolor
}
