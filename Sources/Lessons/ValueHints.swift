import Yams

/// Hints appended to a wrong count of numbers when the likely cause can be seen: a decimal comma
/// (`0,1` read as the two numbers 0 and 1) or a matrix written transposed (as Keras stores it).
enum ValueHints {
    /// "; `0,1` looks like a decimal comma …" when two integers of `items` are written `a,b`
    /// with nothing between them, else "".
    static func decimalComma(in items: [Node]) -> String {
        for (first, second) in zip(items, items.dropFirst()) {
            guard case .scalar(let a) = first, case .scalar(let b) = second,
                  let markA = first.mark, let markB = second.mark, markA.line == markB.line,
                  a.style == .plain, b.style == .plain,
                  case .int = ScalarValue(a), b.string.first?.isNumber == true,
                  markB.column == markA.column + a.string.unicodeScalars.count + 1 else { continue }
            return "; `\(a.string),\(b.string)` looks like a decimal comma, which YAML reads as two numbers: "
                + "expected a decimal point (`\(a.string).\(b.string)`)"
        }
        return ""
    }

    /// The same hint for one scalar such as `0,1` or `-1,5`.
    static func decimalComma(scalar node: Node) -> String {
        guard case .scalar(let scalar) = node else { return "" }
        let parts = scalar.string.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = parts.first, let fraction = parts.last,
              !fraction.isEmpty, fraction.allSatisfy(\.isNumber),
              !whole.isEmpty, whole.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isNumber) else { return "" }
        return "; `\(scalar.string)` looks like a decimal comma: expected a decimal point (`\(whole).\(fraction)`)"
    }

    /// "; it looks transposed: …" when the matrix has the expected columns as rows and the
    /// expected rows as columns, else "".
    static func transposed(field: String, _ rows: Node.Sequence, rows expected: (Int, String), cols: (Int, String)?) -> String {
        guard let cols, cols.0 != expected.0, rows.count == cols.0,
              rows.allSatisfy({ $0.sequence?.count == expected.0 }) else { return "" }
        let rowName = expected.1.split(separator: ";").first.map(String.init) ?? expected.1
        let colName = cols.1.split(separator: ";").first.map(String.init) ?? cols.1
        let keras = field == "Wx" ? "; Keras's kernel is its transpose" : (field == "Wh" ? "; Keras's recurrent_kernel is its transpose" : "")
        return "; it looks transposed: `\(field)` is (\(rowName), \(colName)) = (\(expected.0), \(cols.0))\(keras), expected \(expected.0) rows of \(cols.0) numbers"
    }
}
