import Yams

/// Warnings about which language a text is written in: Hangul in an `en:` slot, no Hangul in a
/// `ko:` slot, and (in a lesson whose other texts are `{ko, en}`) a plain string that is prose in
/// one language, which readers of the other language see untranslated.
struct LanguageCheck {
    /// A plain-string text seen while parsing, checked once the whole lesson is read.
    struct PlainText {
        var node: Node
        var field: String
        var text: String
    }

    /// Plain strings seen so far (not `art`: a drawing is the same in both languages).
    private(set) var plainTexts: [PlainText] = []
    /// How many `{ko, en}` texts with both languages were seen.
    private(set) var bilingualCount = 0

    /// Whether `text` has a Hangul syllable or letter.
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value)
            || (0x3130...0x318F).contains($0.value) }
    }

    /// The number of Latin words of three letters or more (prose, not a symbol like `h_t`).
    static func latinWords(_ text: String) -> Int {
        var count = 0
        var run = 0
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) {
                run += 1
            } else {
                if run >= 3 { count += 1 }
                run = 0
            }
        }
        return run >= 3 ? count + 1 : count
    }

    /// Notes a plain string.
    mutating func plain(_ node: Node, field: String, text: String) {
        guard field != "art" else { return }
        plainTexts.append(PlainText(node: node, field: field, text: text))
    }

    /// Checks a `{ko, en}` text's slots; returns the warnings for it.
    mutating func bilingual(field: String, ko: String?, en: String?) -> [String] {
        var warnings: [String] = []
        if ko != nil, en != nil { bilingualCount += 1 }
        if let en, LanguageCheck.hasHangul(en) {
            warnings.append("`\(field).en` has Korean (Hangul) text, so English readers see Korean; expected English in `en`")
        }
        if let ko, field != "art", !LanguageCheck.hasHangul(ko), LanguageCheck.latinWords(ko) >= 2 {
            warnings.append("`\(field).ko` has no Korean (Hangul) text, so Korean readers see another language; expected Korean in `ko`")
        }
        return warnings
    }

    /// The plain strings to warn about once the lesson is read: prose in one language in a lesson
    /// that is otherwise bilingual.
    func plainWarnings() -> [(Node, String)] {
        guard bilingualCount > 0 else { return [] }
        return plainTexts.compactMap { plain in
            let korean = LanguageCheck.hasHangul(plain.text)
            guard korean || LanguageCheck.latinWords(plain.text) >= 3 else { return nil }
            let (has, lacks, key) = korean ? ("Korean", "English", "en") : ("English", "Korean", "ko")
            return (plain.node, "`\(plain.field)` is a plain string in \(has) in a lesson whose other texts are `{ko, en}`, so "
                    + "\(lacks) readers see it in \(has); expected a `{ko, en}` map (add `\(key)`)")
        }
    }
}
