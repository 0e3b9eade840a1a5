/// A code listing shown for reference.
public struct CodeListing: Equatable, Sendable {
    /// The language name used for highlighting, e.g. `python`.
    public var language: String
    /// The source text.
    public var source: String

    /// Creates a listing.
    public init(language: String, source: String) {
        self.language = language
        self.source = source
    }
}
