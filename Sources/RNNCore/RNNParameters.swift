/// The concrete arrays of one step-through: a materialised `RNNSpec`.
///
/// Draw rule: after `np.random.seed(seed)` the arrays that the spec
/// does **not** give are drawn with `np.random.random`, in the chapter's order
/// `inputs (T, D)`, `Wx (H, D)`, `Wh (H, H)`, `b (H,)`. An array given explicitly is **not** drawn:
/// it consumes no random numbers, so the next drawn array takes the values numpy gives a script that
/// writes `Wx = np.array(...)` in place of `Wx = np.random.random(...)`. `h0` is never drawn; it is
/// zeros unless given. With `weightInit: .normal(scale:)` the drawn `Wx`, `Wh` and `b` are
/// `np.random.randn(...) * scale` instead (inputs stay `np.random.random`).
public struct RNNParameters: Equatable, Sendable {
    /// Sequence length T.
    public let timesteps: Int
    /// Input dimension D.
    public let inputDim: Int
    /// Hidden size H.
    public let hiddenUnits: Int
    /// The inputs x_1…x_T as rows, T×D.
    public let inputs: Matrix
    /// Input weights, H×D.
    public let wx: Matrix
    /// Recurrent weights, H×H.
    public let wh: Matrix
    /// Bias, H.
    public let b: [Double]
    /// Initial hidden state, H.
    public let h0: [Double]

    /// Materialises `spec`, drawing the arrays it leaves nil; throws when a size or a given array's shape is wrong.
    public init(_ spec: RNNSpec) throws(RNNSpecError) {
        let t = spec.timesteps, d = spec.inputDim, h = spec.hiddenUnits
        for (name, value) in [("timesteps", t), ("input_dim", d), ("hidden_units", h)] where value < 1 {
            throw RNNSpecError(field: name, message: "\(name) must be at least 1 but is \(value)")
        }
        try Self.check(spec.inputs, "inputs", rows: t, cols: d)
        try Self.check(spec.wx, "Wx", rows: h, cols: d)
        try Self.check(spec.wh, "Wh", rows: h, cols: h)
        try Self.check(spec.b, "b", count: h)
        try Self.check(spec.h0, "h0", count: h)
        try spec.checkSentence()
        var rng = NumpyRandom(seed: spec.seed)
        let inputs = spec.inputs ?? spec.sentence?.inputs ?? rng.randomMatrix(rows: t, cols: d)
        let wx = spec.wx ?? Self.drawWeights(&rng, spec.weightInit, rows: h, cols: d)
        let wh = spec.wh ?? Self.drawWeights(&rng, spec.weightInit, rows: h, cols: h)
        let b = spec.b ?? Self.drawWeights(&rng, spec.weightInit, rows: 1, cols: h).values
        try self.init(inputs: inputs, wx: wx, wh: wh, b: b, h0: spec.h0 ?? Array(repeating: 0, count: h))
    }

    /// Draws a weight array as numpy would: `np.random.random((rows, cols))`, or
    /// `np.random.randn(rows, cols) * scale` for `.normal(scale:)` (each value multiplied once).
    static func drawWeights(_ rng: inout NumpyRandom, _ initializer: WeightInit, rows: Int, cols: Int) -> Matrix {
        switch initializer {
        case .uniform:
            return rng.randomMatrix(rows: rows, cols: cols)
        case .normal(let scale):
            var m = rng.standardNormalMatrix(rows: rows, cols: cols)
            for i in m.values.indices { m.values[i] *= scale }
            return m
        }
    }

    /// Wraps explicit arrays; T, D and H are read from `inputs` and `wx`; throws when shapes disagree.
    public init(inputs: Matrix, wx: Matrix, wh: Matrix, b: [Double], h0: [Double]? = nil) throws(RNNSpecError) {
        let h = wx.rows
        try Self.check(wx, "Wx", rows: h, cols: inputs.cols)
        try Self.check(wh, "Wh", rows: h, cols: h)
        try Self.check(b, "b", count: h)
        try Self.check(h0, "h0", count: h)
        timesteps = inputs.rows
        inputDim = inputs.cols
        hiddenUnits = h
        self.inputs = inputs
        self.wx = wx
        self.wh = wh
        self.b = b
        self.h0 = h0 ?? Array(repeating: 0, count: h)
    }

    private static func check(_ m: Matrix?, _ name: String, rows: Int, cols: Int) throws(RNNSpecError) {
        guard let m, m.rows != rows || m.cols != cols else { return }
        throw RNNSpecError(field: name, message: "\(name) must have shape (\(rows), \(cols)) but has shape (\(m.rows), \(m.cols))")
    }

    private static func check(_ v: [Double]?, _ name: String, count: Int) throws(RNNSpecError) {
        guard let v, v.count != count else { return }
        throw RNNSpecError(field: name, message: "\(name) must have shape (\(count),) but has shape (\(v.count),)")
    }
}
