/// The one table of Unicode scalars that untrusted text (a lesson file, a file name) must never
/// carry raw to a terminal, a diagnostic, a JSON document or a recording.
///
/// Frames, diagnostics, JSON output and asciicast recordings all ask this table; each renders an
/// unsafe scalar its own way (a visible placeholder on screen, `\u{1B}` in a diagnostic, `\u001b`
/// in JSON), but which scalars are unsafe is decided here only.
///
/// A scalar is unsafe when a terminal would act on it (controls, escape sequences), when it changes
/// how the surrounding text reads without being seen (bidi controls, invisible characters), or when
/// terminals disagree on its width so that the rest of the row would shift (separators, the BOM,
/// zero-width format characters). Every scalar whose Unicode general category is Cc, Cf, Zl or Zp
/// is in the table, except the prepended concatenation marks (U+0600–U+0605, U+06DD, U+070F,
/// U+0890–U+0891, U+08E2, U+110BD, U+110CD), which draw a visible sign. Deliberately *not* in it:
/// variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF; emoji and CJK glyph variants need them and
/// they already take no column), the combining grapheme joiner (U+034F, a combining mark) and the
/// Hangul fillers (U+115F, U+1160, U+3164, U+FFA0: letters that take columns like any other).
public enum UnsafeScalar {
    /// Why a scalar is unsafe: the classes of the table.
    public enum Kind: String, CaseIterable, Sendable {
        /// U+0000–U+001F, including ESC, tab, newline and carriage return.
        case c0Control
        /// U+007F DELETE.
        case delete
        /// U+0080–U+009F, including CSI (U+009B) and NEL (U+0085).
        case c1Control
        /// Bidi marks, embeddings, overrides and isolates: U+061C ARABIC LETTER MARK, U+200E LRM,
        /// U+200F RLM, U+202A–U+202E (LRE, RLE, PDF, LRO, RLO), U+2066–U+2069 (LRI, RLI, FSI, PDI).
        case bidiControl
        /// Characters that draw nothing: U+00AD SOFT HYPHEN, U+180E MONGOLIAN VOWEL SEPARATOR,
        /// U+200B–U+200D (zero width space, non-joiner, joiner), U+2060–U+2065 (word joiner and the
        /// invisible operators), U+206A–U+206F (deprecated format characters), U+FFF9–U+FFFB
        /// (interlinear annotation), U+13430–U+1343F (Egyptian hieroglyph format controls),
        /// U+1BCA0–U+1BCA3 (shorthand format controls), U+1D173–U+1D17A (musical beam and slur
        /// controls) and U+E0000–U+E007F (tag characters).
        case invisible
        /// U+2028 LINE SEPARATOR.
        case lineSeparator
        /// U+2029 PARAGRAPH SEPARATOR.
        case paragraphSeparator
        /// U+FEFF BYTE ORDER MARK (ZERO WIDTH NO-BREAK SPACE).
        case byteOrderMark
    }

    /// The class of `scalar` in the table, or nil when it is safe to show as itself.
    public static func kind(of scalar: Unicode.Scalar) -> Kind? {
        kind(ofValue: scalar.value)
    }

    /// Whether `scalar` is in the table.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // Printable ASCII and most of the BMP's letters are answered without the table.
        if v >= 0x20 && v < 0x7F { return false }
        if v >= 0xAE && v < 0x061C { return false }
        if v >= 0x2070 && v < 0xFEFF { return false }
        return kind(ofValue: v) != nil
    }

    /// Whether any scalar of `text` is in the table.
    public static func containsAny(in text: String) -> Bool {
        text.unicodeScalars.contains(where: contains)
    }

    /// The table itself.
    private static func kind(ofValue v: UInt32) -> Kind? {
        switch v {
        case 0x0000...0x001F: return .c0Control
        case 0x007F: return .delete
        case 0x0080...0x009F: return .c1Control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        case 0x00AD, 0x180E, 0x200B...0x200D, 0x2060...0x2065, 0x206A...0x206F, 0xFFF9...0xFFFB,
             0x13430...0x1343F, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0000...0xE007F:
            return .invisible
        case 0x2028: return .lineSeparator
        case 0x2029: return .paragraphSeparator
        case 0xFEFF: return .byteOrderMark
        default: return nil
        }
    }
}
