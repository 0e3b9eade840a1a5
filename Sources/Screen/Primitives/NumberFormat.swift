/// Compact number text for heatmap cells and value columns (no Foundation needed).
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
