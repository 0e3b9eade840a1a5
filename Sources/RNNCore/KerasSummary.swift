/// The text of Keras 2's `model.summary()` for a Sequential model (Keras 2.9–2.12 layout), never wrapping.
///
/// Layout, line by line:
/// 1. `Model: "<name>"`
/// 2. a rule of `_` the full width W
/// 3. the header row with `Layer (type)`, `Output Shape`, `Param #`
/// 4. a rule of `=`
/// 5. per layer: its row, then a line of W spaces (Keras's blank separator, also after the last layer)
/// 6. a rule of `=`, then `Total params: N`, `Trainable params: N`, `Non-trainable params: 0`
///    (N with thousands separators, `529,441`), and a final rule of `_`.
///
/// A row is three fields, each padded with spaces to its column's end: column 1 holds a leading space,
/// the text and at least two spaces; column 2 the text and at least three spaces; column 3 the text.
/// Column widths are Keras's 29, 26 and 10 (line length 65, positions .45/.85/1.0), so rows keep
/// Keras's trailing spaces. Where Keras would wrap a field inside its column (longer than 26, 23 or 10
/// characters), the column instead widens to fit its longest entry and W grows with it.
/// Lengths count Unicode scalars, as Python's `len` does.
public struct KerasSummary: Equatable, Sendable {
    /// Keras's default column widths for a Sequential model (line length 65).
    public static let defaultColumnWidths = [29, 26, 10]
    /// The model summarised.
    public let model: KerasModel
    /// The column widths used (at least the defaults).
    public let columnWidths: [Int]

    /// Lays out the summary of `model`.
    public init(_ model: KerasModel) {
        self.model = model
        let rows = [Self.header] + model.layers.map(Self.fields)
        func longest(_ column: Int) -> Int { rows.map { $0[column].unicodeScalars.count }.max() ?? 0 }
        columnWidths = [
            max(Self.defaultColumnWidths[0], longest(0) + 3),
            max(Self.defaultColumnWidths[1], longest(1) + 3),
            max(Self.defaultColumnWidths[2], longest(2)),
        ]
    }

    /// The same summary with its columns narrowed (each to its longest entry plus two spaces) when
    /// the Keras layout is wider than `width`, for narrow screens; itself when it fits.
    public func fitting(width: Int) -> KerasSummary {
        guard lineLength > width else { return self }
        let rows = [Self.header] + model.layers.map(Self.fields)
        func longest(_ column: Int) -> Int { rows.map { $0[column].unicodeScalars.count }.max() ?? 0 }
        return KerasSummary(model, columnWidths: [longest(0) + 3, longest(1) + 2, longest(2)])
    }

    private init(_ model: KerasModel, columnWidths: [Int]) {
        self.model = model
        self.columnWidths = columnWidths
    }

    /// Computes `spec` (see `KerasModel`) and lays out its summary.
    public init(_ spec: ModelSpec) throws(KerasModelError) {
        self.init(try KerasModel(spec))
    }

    /// The full line width W (65 unless a column widened).
    public var lineLength: Int { columnWidths.reduce(0, +) }

    /// The summary's lines, without line terminators.
    public var lines: [String] {
        let width = lineLength
        var out = ["Model: \"\(model.name)\"", String(repeating: "_", count: width),
                   row(Self.header), String(repeating: "=", count: width)]
        for layer in model.layers {
            out.append(row(Self.fields(layer)))
            out.append(String(repeating: " ", count: width))
        }
        out += [String(repeating: "=", count: width),
                "Total params: \(Self.grouped(model.totalParams))",
                "Trainable params: \(Self.grouped(model.trainableParams))",
                "Non-trainable params: \(Self.grouped(model.nonTrainableParams))",
                String(repeating: "_", count: width)]
        return out
    }

    /// The summary as printed: `lines` each followed by a newline.
    public var text: String { lines.map { $0 + "\n" }.joined() }

    /// The header fields.
    static let header = ["Layer (type)", "Output Shape", "Param #"]

    /// A layer's three fields: `name (Type)`, output shape, parameter count.
    static func fields(_ layer: LayerSummary) -> [String] {
        [layer.nameAndType, layer.outputShape.description, String(layer.paramCount)]
    }

    /// One row with every field padded to its column's end.
    func row(_ fields: [String]) -> String {
        var line = ""
        var end = 0
        for (column, field) in fields.enumerated() {
            if column == 0 { line += " " }
            line += field
            end += columnWidths[column]
            let pad = end - line.unicodeScalars.count
            if pad > 0 { line += String(repeating: " ", count: pad) }
        }
        return line
    }

    /// `529441` → `529,441`, like Python's `f"{n:,}"`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}
