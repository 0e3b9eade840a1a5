import Yams

/// What a YAML scalar means under the YAML 1.1 rules Yams uses (`yes`/`no` are booleans),
/// resolved here without regular expressions so that millions of numbers stay fast.
enum ScalarValue {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for `Int`.
    case bigInt
    case float(Double)
    case string(String)

    /// The standard tags a lesson may name explicitly (`!!str 5`); any other tag is an error.
    static let standardTags: Set<String> = [
        "", "!", Tag.Name.str.rawValue, Tag.Name.int.rawValue, Tag.Name.float.rawValue,
        Tag.Name.bool.rawValue, Tag.Name.null.rawValue, Tag.Name.seq.rawValue, Tag.Name.map.rawValue,
    ]

    /// Resolves a scalar from its style, explicit tag and text.
    init(_ scalar: Node.Scalar) {
        let text = scalar.string
        switch scalar.tag.rawValue {
        case Tag.Name.str.rawValue, "!":
            self = .string(text)
        case Tag.Name.int.rawValue:
            self = ScalarValue.integer(text).map { $0 } ?? .string(text)
        case Tag.Name.float.rawValue:
            self = ScalarValue.float(text) ?? ScalarValue.integer(text) ?? .string(text)
        case Tag.Name.bool.rawValue:
            self = ScalarValue.boolean(text).map(ScalarValue.bool) ?? .string(text)
        case Tag.Name.null.rawValue:
            self = .null
        default:
            guard scalar.style == .plain || scalar.style == .any else {
                self = .string(text)
                return
            }
            if ScalarValue.nullWords.contains(text) { self = .null }
            else if let b = ScalarValue.boolean(text) { self = .bool(b) }
            else if let i = ScalarValue.integer(text) { self = i }
            else if let f = ScalarValue.float(text) { self = f }
            else { self = .string(text) }
        }
    }

    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let trueWords: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let falseWords: Set<String> = ["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]

    private static func boolean(_ text: String) -> Bool? {
        if trueWords.contains(text) { return true }
        if falseWords.contains(text) { return false }
        return nil
    }

    /// Decimal (`1_000`), `0x…`, `0o…`, `0b…` integers with an optional sign.
    private static func integer(_ text: String) -> ScalarValue? {
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        var radix = 10
        for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            radix = r
            body = body.dropFirst(2)
        }
        let digits = body.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        if radix == 10, !digits.allSatisfy({ $0.isNumber }) { return nil }
        if radix == 10, body.first == "_" { return nil }
        guard let magnitude = UInt64(digits, radix: radix) else {
            return digits.allSatisfy { Int(String($0), radix: radix) != nil } ? .bigInt : nil
        }
        if negative {
            if magnitude <= UInt64(Int.max) { return .int(-Int(magnitude)) }
            if magnitude == UInt64(Int.max) + 1 { return .int(Int.min) }
            return .bigInt
        }
        return magnitude <= UInt64(Int.max) ? .int(Int(magnitude)) : .bigInt
    }

    /// Decimal floats (`2.5`, `1e-3`, `1_000.5`) and `.inf`, `-.inf`, `.nan`.
    private static func float(_ text: String) -> ScalarValue? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let cleaned = text.filter { $0 != "_" }
        guard !cleaned.isEmpty,
              cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              cleaned.contains(where: { $0.isNumber }),
              let value = Double(cleaned) else { return nil }
        return .float(value)
    }
}

extension Node {
    /// How this node reads in a message: "the string `abc`", "a list", ….
    var found: String {
        switch self {
        case .mapping: return "a map"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            let shown = Node.quote(scalar.string)
            switch ScalarValue(scalar) {
            case .null: return scalar.string.isEmpty ? "nothing" : "null (\(shown))"
            case .bool: return "the boolean \(shown)"
            case .int, .bigInt: return "the integer \(shown)"
            case .float: return "the number \(shown)"
            case .string: return "the string \(shown)"
            }
        }
    }

    /// Shows user text inside backticks, shortened to `limit` scalars, with control characters,
    /// bidi overrides and the like escaped (see `SafeText`).
    static func quote(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { out += "…"; break }
            if SafeText.needsEscape(scalar) { out += SafeText.escape(scalar) } else { out.unicodeScalars.append(scalar) }
            count += 1
        }
        return "`\(out)`"
    }
}
