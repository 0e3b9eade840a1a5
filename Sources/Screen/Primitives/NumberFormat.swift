import Foundation

/// Compact number text for heatmap cells and value columns.
public enum NumberFormat {
    /// `value` with `decimals` digits after the point, e.g. `0.91`, `-0.30`; `nan`, `inf`, `-inf`
    /// for non-finite values; never `-0.00`.
    public static func fixed(_ value: Double, decimals: Int = 2) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e15 else { return value < 0 ? "-big" : "big" }
        let n = Int(scaled)
        let unit = Int(scale)
        var text = String(n / unit)
        if decimals > 0 {
            let frac = String(n % unit)
            text += "." + String(repeating: "0", count: decimals - frac.count) + frac
        }
        return (value < 0 && n != 0 ? "-" : "") + text
    }

    /// `value` in at most `width` columns: `maxDecimals` decimals when they fit, then without the
    /// leading zero below 1 (`-.31`), then fewer decimals for larger values.
    public static func compact(_ value: Double, width: Int = 5, maxDecimals: Int = 2) -> String {
        // Below 1 in size the leading zero goes before a decimal does (`-.31` in four columns).
        for decimals in stride(from: maxDecimals, through: 0, by: -1) {
            let text = fixed(value, decimals: decimals)
            if text.count <= width { return text }
            if abs(value) < 1, decimals > 0, text.count - 1 <= width {
                if text.hasPrefix("-0.") { return "-" + text.dropFirst(2) }
                if text.hasPrefix("0.") { return String(text.dropFirst()) }
            }
        }
        return value < 0 ? "-big" : "big"
    }

    /// `value` with an explicit sign and one decimal, e.g. `-1.0`, `+0.5` (legend labels).
    public static func signed(_ value: Double, decimals: Int = 1) -> String {
        let text = fixed(value, decimals: decimals)
        return text.hasPrefix("-") || value.isNaN ? text : "+" + text
    }
}

extension NumberFormat {
    /// `value` in scientific notation with `significant` digits, e.g. `4.2e-5`, `-1.0e+3`, `0`
    /// (the exponent without leading zeros, always signed); `nan`, `inf`, `-inf` for non-finite
    /// values. Subnormal values keep their decade (`5e-324`).
    public static func scientific(_ value: Double, significant: Int = 2) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        let digits = max(1, significant)
        // Bring tiny values up first so that 10^exponent stays a normal double.
        var a = abs(value), shift = 0
        if a < 1e-290 { a *= 1e100; shift = -100 }
        var exponent = Int(log10(a).rounded(.down))
        var mantissa = a / pow(10, Double(exponent))
        // Correct the estimate at decade edges, then round the mantissa (9.96 → 10.0 → 1.0e+1).
        if mantissa >= 10 { mantissa /= 10; exponent += 1 }
        if mantissa < 1 { mantissa *= 10; exponent -= 1 }
        var text = fixed(mantissa, decimals: digits - 1)
        if text.hasPrefix("10") {
            exponent += 1
            text = fixed(mantissa / 10, decimals: digits - 1)
        }
        exponent += shift
        return (value < 0 ? "-" : "") + text + "e" + (exponent < 0 ? "-" : "+") + String(abs(exponent))
    }

    /// `value` in at most `width` columns for a cell that may hold very small or very large
    /// numbers: fixed-point (as `compact`) when |value| is at least 0.01 and below 1,000, else
    /// scientific notation with as many digits as fit (`-4.2e-5`, `3e-12`).
    public static func short(_ value: Double, width: Int = 7) -> String {
        if value == 0 { return "0" }
        if value.isNaN || value.isInfinite { return scientific(value) }
        let a = abs(value)
        if a >= 0.01, a < 1000 {
            return compact(value, width: width, maxDecimals: width >= 7 ? 3 : 2)
        }
        for digits in stride(from: 2, through: 2, by: -1) {
            let text = scientific(value, significant: digits)
            if text.count <= width { return text }
        }
        return scientific(value, significant: 1)
    }
}
