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

    /// True when the cells differ in text or style. Written out so that a frame diff, which
    /// compares every cell, calls this cell's `==` directly: in a debug build the `Equatable`
    /// default for `!=` was called through the standard library's generic entry point, 1 M
    /// instructions for the first frame of `swift run rnnstep`.
    public static func != (lhs: Cell, rhs: Cell) -> Bool { !(lhs == rhs) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }
}
