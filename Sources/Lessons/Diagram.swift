/// A preformatted drawing (box-drawing characters), shown as written, with an optional caption.
public struct Diagram: Equatable, Sendable {
    /// The drawing, one line per row; a `{ko, en}` map when the labels differ by language.
    public var art: LocalizedText
    /// Wrapped prose under the drawing.
    public var caption: LocalizedText?

    /// Creates a diagram.
    public init(art: LocalizedText, caption: LocalizedText? = nil) {
        self.art = art
        self.caption = caption
    }
}
