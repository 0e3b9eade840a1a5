/// Text attributes of a cell.
public struct Attributes: OptionSet, Hashable, Sendable {
    /// The bits.
    public let rawValue: UInt8
    /// Attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold text.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Dim text.
    public static let dim = Attributes(rawValue: 1 << 1)
    /// Reversed colours.
    public static let reverse = Attributes(rawValue: 1 << 2)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 1 << 3)
    /// Italic text.
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// Foreground, background and attributes of a cell.
public struct Style: Hashable, Sendable {
    /// Foreground colour.
    public var fg: Color
    /// Background colour.
    public var bg: Color
    /// Attributes.
    public var attributes: Attributes

    /// Creates a style.
    public init(fg: Color = .default, bg: Color = .default, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's default style.
    public static let plain = Style()
    /// Bold in the default colours.
    public static let bold = Style(attributes: .bold)
    /// Dim in the default colours.
    public static let dim = Style(attributes: .dim)
    /// Reversed default colours (status bars, highlights).
    public static let reverse = Style(attributes: .reverse)
}
