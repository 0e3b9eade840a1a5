/// Byte- and character-level facts about a lesson file's text, for positions outside the YAML tree.
public enum SourceText {
    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is valid.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            for k in 1..<length {
                guard i + k < n else { return i }
                let b = bytes[i + k]
                let (lo, hi): (UInt8, UInt8) = k == 1 ? (low, high) : (0x80, 0xBF)
                guard b >= lo && b <= hi else { return i }
            }
            i += length
        }
        return nil
    }

    /// The 1-based line and column (in Unicode scalars) of byte `offset`; the bytes before it are valid UTF-8.
    public static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for i in 0..<min(offset, bytes.count) {
            let b = bytes[i]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The 1-based line and column (in Unicode scalars) of the `offset`-th Character of `text`.
    public static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (i, character) in text.enumerated() {
            if i == offset { break }
            if character.isNewline { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }

    /// The Unicode scalar at a 1-based line and column, as libyaml counts them.
    public static func scalar(in text: String, line: Int, column: Int) -> Unicode.Scalar? {
        var currentLine = 1, currentColumn = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if currentLine == line && currentColumn == column { return scalar }
            if currentLine > line { return nil }
            if scalar == "\n" {
                if previous != "\r" { currentLine += 1 }
                currentColumn = 1
            } else if scalar == "\r" {
                currentLine += 1
                currentColumn = 1
            } else {
                currentColumn += 1
            }
            previous = scalar
        }
        return nil
    }
}
