import Lessons

/// A text in both interface languages, as the presenter resolved it (a missing language falls
/// back to the other, as on screen).
public struct BothLanguages: Codable, Equatable, Sendable {
    /// Korean.
    public var ko: String
    /// English.
    public var en: String

    /// Both texts.
    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    /// `text` resolved in each language.
    public init(_ text: LocalizedText) {
        self.init(ko: text.text(.ko), en: text.text(.en))
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .ko ? ko : en }
}
