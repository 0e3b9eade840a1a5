/// The concrete arrays of one LSTM or GRU step-through: a materialised `GatedSpec`.
///
/// Draw rule, as for `RNNParameters` with G·H rows: after `np.random.seed(seed)` the arrays the
/// spec leaves nil are drawn in the order `inputs (T, D)`, `Wx (G·H, D)`, `Wh (G·H, H)`, `b`
/// (`(G·H,)`, or `(2, 3H)` for GRU with `reset_after`), with `np.random.random`, or
/// `np.random.randn(...) * scale` for the weights under `init: normal`. Given arrays draw nothing.
public struct GatedParameters: Equatable, Sendable {
    /// LSTM or GRU.
    public let cell: GatedCell
    /// Sequence length T.
    public let timesteps: Int
    /// Input dimension D.
    public let inputDim: Int
    /// Hidden size H.
    public let hiddenUnits: Int
    /// The inputs x_1…x_T as rows, T×D.
    public let inputs: Matrix
    /// Input weights, G·H×D (Keras's `kernel` transposed).
    public let wx: Matrix
    /// Recurrent weights, G·H×H (Keras's `recurrent_kernel` transposed).
    public let wh: Matrix
    /// Bias: 1×G·H, or 2×3H (row 0 input bias, row 1 recurrent bias) for GRU with `reset_after`.
    public let b: Matrix
    /// Initial hidden state, H.
    public let h0: [Double]
    /// Initial cell state, H (zeros for GRU, which has none).
    public let c0: [Double]

    /// Materialises `spec`, drawing the arrays it leaves nil; throws when a size or a given array's
    /// shape is wrong (the message names the expected shape and the gate layout).
    public init(_ spec: GatedSpec) throws(RNNSpecError) {
        let t = spec.timesteps, d = spec.inputDim, h = spec.hiddenUnits, cell = spec.cell
        for (name, value) in [("timesteps", t), ("input_dim", d), ("hidden_units", h)] where value < 1 {
            throw RNNSpecError(field: name, message: "\(name) must be at least 1 but is \(value)")
        }
        let rows = cell.gateCount * h
        let biasRows = cell.hasTwoBiases ? 2 : 1
        try Self.check(spec.inputs, "inputs", rows: t, cols: d, layout: nil)
        try Self.check(spec.wx, "Wx", rows: rows, cols: d, layout: cell.layout(hiddenUnits: h))
        try Self.check(spec.wh, "Wh", rows: rows, cols: h, layout: cell.layout(hiddenUnits: h))
        try Self.checkBias(spec.b, cell: cell, hiddenUnits: h)
        try Self.check(spec.h0, "h0", count: h)
        try Self.check(spec.c0, "c0", count: h)
        var rng = NumpyRandom(seed: spec.seed)
        inputs = spec.inputs ?? rng.randomMatrix(rows: t, cols: d)
        wx = spec.wx ?? RNNParameters.drawWeights(&rng, spec.weightInit, rows: rows, cols: d)
        wh = spec.wh ?? RNNParameters.drawWeights(&rng, spec.weightInit, rows: rows, cols: h)
        b = spec.b ?? RNNParameters.drawWeights(&rng, spec.weightInit, rows: biasRows, cols: rows)
        h0 = spec.h0 ?? Array(repeating: 0, count: h)
        c0 = spec.c0 ?? Array(repeating: 0, count: h)
        self.cell = cell
        timesteps = t
        inputDim = d
        hiddenUnits = h
    }

    /// The number of gate blocks G.
    public var gateCount: Int { cell.gateCount }

    /// The rows of gate `index` (0-based, block order) in `Wx`, `Wh` and `b`.
    public func rows(ofGate index: Int) -> Range<Int> {
        (index * hiddenUnits)..<((index + 1) * hiddenUnits)
    }

    /// The H×D block of `Wx` for gate `index`.
    public func wxBlock(_ index: Int) -> Matrix { Self.block(wx, rows(ofGate: index)) }

    /// The H×H block of `Wh` for gate `index`.
    public func whBlock(_ index: Int) -> Matrix { Self.block(wh, rows(ofGate: index)) }

    /// The bias of gate `index` as an H×1 matrix, or H×2 (input bias, recurrent bias) for GRU with
    /// `reset_after`: the gate's segment of each row of `b`, one column per row.
    public func biasBlock(_ index: Int) -> Matrix {
        let rows = rows(ofGate: index)
        return Matrix(rows: rows.count, cols: b.rows, values: rows.flatMap { r in (0..<b.rows).map { b[$0, r] } })
    }

    static func block(_ m: Matrix, _ rows: Range<Int>) -> Matrix {
        Matrix(rows: rows.count, cols: m.cols, values: Array(m.values[(rows.lowerBound * m.cols)..<(rows.upperBound * m.cols)]))
    }

    private static func check(_ m: Matrix?, _ name: String, rows: Int, cols: Int, layout: String?) throws(RNNSpecError) {
        guard let m, m.rows != rows || m.cols != cols else { return }
        let why = layout.map { " (\($0))" } ?? ""
        throw RNNSpecError(field: name, message: "\(name) must have shape (\(rows), \(cols))\(why) but has shape (\(m.rows), \(m.cols))")
    }

    private static func check(_ v: [Double]?, _ name: String, count: Int) throws(RNNSpecError) {
        guard let v, v.count != count else { return }
        throw RNNSpecError(field: name, message: "\(name) must have shape (\(count),) but has shape (\(v.count),)")
    }

    private static func checkBias(_ b: Matrix?, cell: GatedCell, hiddenUnits h: Int) throws(RNNSpecError) {
        guard let b else { return }
        let width = cell.gateCount * h
        let layout = cell.layout(hiddenUnits: h)
        if cell.hasTwoBiases {
            guard b.rows != 2 || b.cols != width else { return }
            throw RNNSpecError(field: "b", message: "b must have shape (2, \(width)) with reset_after: true (row 0 the input bias, "
                               + "row 1 the recurrent bias; \(layout)) but has shape \(shapeText(b))")
        }
        guard b.rows != 1 || b.cols != width else { return }
        throw RNNSpecError(field: "b", message: "b must have shape (\(width),) (\(layout)) but has shape \(shapeText(b))")
    }

    private static func shapeText(_ b: Matrix) -> String {
        b.rows == 1 ? "(\(b.cols),)" : "(\(b.rows), \(b.cols))"
    }
}
