/// The languages lesson text can carry.
public enum Language: String, Equatable, Sendable, CaseIterable {
    case ko, en

    /// The default language for a `LANG`/`LC_ALL` value: `ko_*` gives Korean, anything else English.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("ko") else { return .en }
        return .ko
    }
}

/// A text field of a lesson: a plain string, or a `{ko, en}` map.
public struct LocalizedText: Equatable, Sendable {
    /// The Korean text, if given.
    public var ko: String?
    /// The English text, if given.
    public var en: String?
    /// A plain string that is shown in every language.
    public var plain: String?

    /// A plain string shown in every language.
    public init(_ plain: String) {
        self.plain = plain
    }

    /// A two-language text.
    public init(ko: String?, en: String?) {
        self.ko = ko
        self.en = en
    }

    /// The text to show in `language`, falling back to the other language when one is missing.
    public func text(_ language: Language) -> String {
        if let plain { return plain }
        switch language {
        case .ko: return ko ?? en ?? ""
        case .en: return en ?? ko ?? ""
        }
    }
}
