/// One terminal cell: a grapheme and its style.
///
/// A wide grapheme (Hangul, CJK) occupies its cell and the next; the next cell is a
/// continuation with empty `text`, which the output layer skips.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; empty for the right half of a wide grapheme.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A blank cell in the default style.
    public static let blank = Cell(" ")

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }
}
