import RNNCore
import Yams

/// Readers for the scalar and array values of a lesson; each reports what it found and returns nil.
extension ParseContext {
    /// An integer in `1...max` (a size). `limitName` names the limit in the message.
    func size(_ node: Node, field: String, max: Int, limitName: String) -> Int? {
        guard let value = integer(node, field: field, expected: "a positive integer", limit: max,
                                  limitName: limitName) else { return nil }
        guard value > 0 else {
            error("`\(field)` is \(value), expected a positive integer (1 or more)", at: node)
            return nil
        }
        return value
    }

    /// Any integer; too large values and values over `limit` name the limit.
    func integer(_ node: Node, field: String, expected: String, limit: Int? = nil, limitName: String = "") -> Int? {
        guard case .scalar(let scalar) = node else {
            error("found \(node.found) for `\(field)`, expected \(expected)", at: node)
            return nil
        }
        switch ScalarValue(scalar) {
        case .int(let value):
            if let limit, value > limit {
                error("`\(field)` is \(value), past the limit of \(limit) \(limitName)", at: node)
                return nil
            }
            return value
        case .bigInt:
            let bound = limit.map { "; the limit is \($0) \(limitName)" } ?? ""
            error("found the integer \(Node.quote(scalar.string)) for `\(field)`, which is too large for a 64-bit integer\(bound)", at: node)
            return nil
        case .float(let value) where value.isFinite && value == value.rounded() && abs(value) < 1e15:
            error("found the number \(Node.quote(scalar.string)) for `\(field)`, expected \(expected) written without a decimal point", at: node)
            return nil
        default:
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let hint = quoted && Int(scalar.string) != nil ? "; remove the quotes (a number in quotes is text)" : ""
            error("found \(node.found) for `\(field)`, expected \(expected)\(hint)", at: node)
            return nil
        }
    }

    /// `true` or `false` (YAML's `yes`/`no` too).
    func bool(_ node: Node, field: String) -> Bool? {
        if case .scalar(let scalar) = node, case .bool(let value) = ScalarValue(scalar) { return value }
        error("found \(node.found) for `\(field)`, expected `true` or `false`", at: node)
        return nil
    }

    /// A string; any non-null scalar counts (`title: 1984` is the text "1984"). Length is limited.
    func string(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("found \(node.found) for `\(field)`, expected a string", at: node)
            return nil
        }
        if case .null = ScalarValue(scalar) {
            error("found \(node.found) for `\(field)`, expected a string", at: node)
            return nil
        }
        let text = scalar.string
        if text.utf8.count > LessonLimits.maxTextLength, text.count > LessonLimits.maxTextLength {
            error("`\(field)` has \(text.count) characters, past the limit of \(LessonLimits.maxTextLength) characters", at: node)
            return nil
        }
        return text
    }

    /// A plain string or a `{ko, en}` map with at least one of the two; a map with only one of them
    /// is valid but gets a warning (readers of the other language see it untranslated).
    func localized(_ node: Node, field: String) -> LocalizedText? {
        if case .scalar = node {
            guard let text = string(node, field: field) else { return nil }
            languages.plain(node, field: field, text: text)
            return LocalizedText(text)
        }
        guard case .mapping = node else {
            error("found \(node.found) for `\(field)`, expected a string or a map with `ko` and/or `en`", at: node)
            return nil
        }
        guard let fields = fields(node, LessonFormat.localized, what: "`\(field)`", missingAt: nil) else { return nil }
        let ko = fields["ko"].flatMap { string($0, field: "\(field).ko") }
        let en = fields["en"].flatMap { string($0, field: "\(field).en") }
        if fields["ko"] == nil, fields["en"] == nil {
            error("`\(field)` has neither `ko` nor `en`, expected at least one of them", at: node)
            return nil
        }
        if (fields["ko"] != nil && ko == nil) || (fields["en"] != nil && en == nil) { return nil }
        if (ko == nil) != (en == nil) {
            let (has, lacks) = ko != nil ? ("ko", "en") : ("en", "ko")
            let names = ["ko": "Korean", "en": "English"]
            warning("`\(field)` has only \(names[has]!) (`\(has)`), so \(names[lacks]!) readers see it in \(names[has]!); "
                    + "add `\(lacks)`, or write a plain string when the text is the same in both languages", at: node)
        }
        for message in languages.bilingual(field: field, ko: ko, en: en) { warning(message, at: node) }
        return LocalizedText(ko: ko, en: en)
    }

    /// One finite number.
    func number(_ node: Node, field: String) -> Double? {
        guard case .scalar(let scalar) = node else {
            error("found \(node.found) in `\(field)`, expected a number", at: node)
            return nil
        }
        if let value = ScalarValue.fastFinite(scalar) { return value }
        switch ScalarValue(scalar) {
        case .int(let value): return Double(value)
        case .bigInt:
            if let value = Double(scalar.string.filter { $0 != "_" }), value.isFinite { return value }
            error("found \(node.found) in `\(field)`, expected a number", at: node)
            return nil
        case .float(let value):
            if value.isFinite { return value }
            if value.isNaN || ScalarValue.isInfinityWord(scalar.string) {
                error("found \(Node.quote(scalar.string)) in `\(field)`, expected a finite number (NaN and infinity are not allowed)", at: node)
            } else {
                error("found the number \(Node.quote(scalar.string)) in `\(field)`, which is too large (it overflows to infinity); expected a finite number", at: node)
            }
            return nil
        default:
            error("found \(node.found) in `\(field)`, expected a number" + ValueHints.decimalComma(scalar: node), at: node)
            return nil
        }
    }

    /// A list of numbers; `count` is the expected length with the name of the size it comes from.
    func vector(_ node: Node, field: String, count: (Int, String)?) -> [Double]? {
        guard case .sequence(let sequence) = node else {
            error("found \(node.found) for `\(field)`, expected a list of numbers" + ValueHints.decimalComma(scalar: node), at: node)
            return nil
        }
        if let (expected, name) = count, sequence.count != expected {
            error("`\(field)` has \(Plural.count(sequence.count, "number")), expected \(expected) (\(name))"
                  + ValueHints.decimalComma(in: Array(sequence)), at: node)
            return nil
        }
        var values: [Double] = []
        values.reserveCapacity(sequence.count)
        var ok = true
        for item in sequence {
            if let value = number(item, field: field) { values.append(value) } else { ok = false }
        }
        return ok ? values : nil
    }

    /// A list of rows of numbers with the expected row and column counts.
    func matrix(_ node: Node, field: String, rows: (Int, String)?, cols: (Int, String)?) -> Matrix? {
        guard case .sequence(let sequence) = node else {
            error("found \(node.found) for `\(field)`, expected a list of rows (lists of numbers)", at: node)
            return nil
        }
        if let (expected, name) = rows, sequence.count != expected {
            error("`\(field)` has \(Plural.count(sequence.count, "row")), expected \(expected) (\(name))"
                  + ValueHints.transposed(field: field, sequence, rows: (expected, name), cols: cols), at: node)
            return nil
        }
        var values: [Double] = []
        var ok = true
        var width: Int?
        for (index, row) in sequence.enumerated() {
            guard case .sequence(let items) = row else {
                error("found \(row.found) as row \(index + 1) of `\(field)`, expected a list of numbers", at: row)
                ok = false
                continue
            }
            let expectedWidth = cols?.0 ?? width ?? items.count
            if items.count != expectedWidth {
                let because = cols.map { " (\($0.1))" } ?? " (the length of row 1)"
                error("row \(index + 1) of `\(field)` has \(Plural.count(items.count, "number")), expected \(expectedWidth)\(because)"
                      + ValueHints.decimalComma(in: Array(items)), at: row)
                ok = false
                continue
            }
            width = expectedWidth
            if values.isEmpty { values.reserveCapacity(sequence.count * expectedWidth) }
            for item in items {
                if let value = number(item, field: field) { values.append(value) } else { ok = false }
            }
        }
        guard ok else { return nil }
        return Matrix(rows: sequence.count, cols: width ?? 0, values: values)
    }
}

extension ScalarValue {
    /// A finite decimal number written plainly (`0.25`, `-1e-3`, `42`), read without the general
    /// resolver; nil sends the scalar down the full path (and its messages).
    static func fastFinite(_ scalar: Node.Scalar) -> Double? {
        guard scalar.style == .plain || scalar.style == .any, scalar.tag.rawValue.isEmpty else { return nil }
        let text = scalar.string
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Whether `text` is one of YAML's infinity spellings (as opposed to a number that overflows).
    static func isInfinityWord(_ text: String) -> Bool {
        text.lowercased().hasSuffix(".inf")
    }
}
