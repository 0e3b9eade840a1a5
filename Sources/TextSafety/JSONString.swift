import Foundation

/// JSON string literals for untrusted text: the one place that decides how `trace`, `check
/// --format json`, `schema` and recordings quote a string.
public enum JSONString {
    /// `text` as a JSON string literal: quotes and backslashes escaped, and every scalar in
    /// `UnsafeScalar`'s table (controls, bidi controls, invisible characters, the separators, the BOM)
    /// written as `\n`, `\r`, `\t` or `\uXXXX` (a surrogate pair beyond the BMP), so the result is
    /// pure printable text.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if UnsafeScalar.contains(scalar) {
                    out += escape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `\uXXXX` (lower-case hex) for a scalar in the BMP, a UTF-16 surrogate pair beyond it.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        func unit(_ u: UInt32) -> String { String(format: "\\u%04x", u) }
        guard scalar.value > 0xFFFF else { return unit(scalar.value) }
        let v = scalar.value - 0x10000
        return unit(0xD800 + (v >> 10)) + unit(0xDC00 + (v & 0x3FF))
    }
}
