import TextSafety

/// Makes text found in a lesson file safe to print in a one-line diagnostic on a terminal.
///
/// Lesson text may hold anything (an ESC sequence, a bidi override); a diagnostic that quotes it
/// must not pass it on raw, or a hostile file could move the cursor, recolour the terminal or make a
/// message read backwards. Escaped: every scalar in `UnsafeScalar`'s table (C0 and C1 controls, DEL,
/// bidi controls, invisible characters, the line and paragraph separators, the BOM), `\n`, `\t`,
/// `\r` by name and the rest as `\u{1B}`. Everything else is kept.
enum SafeText {
    /// Whether `scalar` is shown as an escape rather than as itself: it is in `UnsafeScalar`'s table.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        UnsafeScalar.contains(scalar)
    }

    /// The escape for one scalar: `\n`, `\t`, `\r`, or `\u{1B}` (upper-case hex, at least 2 digits).
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u{" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex + "}"
        }
    }

    /// `text` with every scalar that `needsEscape` replaced by its escape.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { out.append(contentsOf: escape(scalar).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
