import TextSafety

/// Display widths of text in terminal columns, and the safe form of untrusted text.
///
/// Hangul, CJK and other East Asian wide characters take two columns; combining marks take
/// none. Every scalar in `UnsafeScalar`'s table (controls, bidi controls, invisible characters,
/// separators, the BOM) never reaches the terminal: `sanitized` replaces it with a visible
/// placeholder.
public enum TextWidth {
    /// Columns taken by one Unicode scalar: 0, 1 or 2.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if isZeroWidth(v) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// Columns taken by one grapheme (the width of its widest base scalar).
    public static func width(of character: Character) -> Int {
        // Printable ASCII, most of every frame, is one column.
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F { return 1 }
        var w = 0
        for s in character.unicodeScalars {
            w = max(w, width(of: s))
        }
        // Emoji presentation selector makes the grapheme wide.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { w = 2 }
        return w
    }

    /// Columns taken by a string.
    public static func width(of text: String) -> Int {
        var total = 0
        for ch in text { total += width(of: ch) }
        return total
    }

    /// The visible placeholder for a scalar that must not reach the terminal, or nil if it is safe.
    ///
    /// Which scalars are unsafe is `UnsafeScalar`'s table (shared with diagnostics, JSON and
    /// recordings); this decides only how each is shown: a C0 control as its control picture
    /// (`␀`…`␟`, ESC as `␛`, a stray tab as `→`), DEL as `␡`, everything else (C1 controls, bidi
    /// controls, invisible characters, the separators, the BOM) as `�`, one column wide, so a row
    /// is as wide on every terminal as `width(of:)` says.
    public static func placeholder(for scalar: Unicode.Scalar) -> Character? {
        guard UnsafeScalar.contains(scalar), let kind = UnsafeScalar.kind(of: scalar) else { return nil }
        switch kind {
        case .c0Control:
            switch scalar.value {
            case 0x1B: return "␛"
            case 0x09: return "→"  // tabs are expanded by callers; a stray one is shown
            default: return Character(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀…␟
            }
        case .delete: return "␡"
        case .c1Control, .bidiControl, .invisible, .lineSeparator, .paragraphSeparator, .byteOrderMark:
            return "�"
        }
    }

    /// `text` with every unsafe scalar (`UnsafeScalar`) replaced by a visible placeholder; newlines
    /// kept only when `keepNewlines` is true.
    public static func sanitized(_ text: String, keepNewlines: Bool = false) -> String {
        var needs = false
        for s in text.unicodeScalars where UnsafeScalar.contains(s) {
            if keepNewlines && s == "\n" { continue }
            needs = true
            break
        }
        if !needs { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if keepNewlines && s == "\n" { out.append(s); continue }
            if let p = placeholder(for: s) {
                out.append(contentsOf: p.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(_ text: String, fitting columns: Int) -> (String, Int) {
        var used = 0
        var end = text.startIndex
        for idx in text.indices {
            let w = width(of: text[idx])
            if used + w > columns { break }
            used += w
            end = text.index(after: idx)
        }
        return (String(text[text.startIndex..<end]), used)
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
             0x0E31, 0x0E34...0x0E3A, 0x1160...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
             0x200B...0x200D, 0x20D0...0x20FF, 0xD7B0...0xD7FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
