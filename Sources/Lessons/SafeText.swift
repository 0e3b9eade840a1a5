/// Makes text found in a lesson file safe to print in a one-line diagnostic on a terminal.
///
/// Lesson text may hold anything (an ESC sequence, a bidi override); a diagnostic that quotes it
/// must not pass it on raw, or a hostile file could move the cursor, recolour the terminal or make a
/// message read backwards. Escaped: C0 controls (`\n`, `\t`, `\r` by name, the rest as `\u{1B}`),
/// DEL, C1 controls (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029), the bidi
/// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) and the byte order mark (U+FEFF). Everything else is kept.
enum SafeText {
    /// Whether `scalar` is shown as an escape rather than as itself.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
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
