/// A deep and/or bidirectional SimpleRNN: `layers` layers, each with one pass (forward or
/// backward) or two (bidirectional), every pass an `RNNPass` with its own Wx, Wh and b.
///
/// Layer 1 reads the inputs x_1…x_T (T×D); layer k > 1 reads layer k − 1's outputs by timestep:
/// its states h_t (T×H), or [h_fwd_t; h_bwd_t] (T×2H) above a bidirectional layer.
///
/// Draw rule, after `np.random.seed(seed)` with numpy's legacy generator: `inputs (T, D)` (unless
/// given), then for layer 1, 2, … and, within a layer, the forward pass before the backward one:
/// `Wx (H, D_k)`, `Wh (H, H)`, `b (H,)` — `np.random.random`, or `np.random.randn(...) * scale`
/// with `init: normal` (every layer alike). D_1 = D; D_k = H, or 2H above a bidirectional layer.
/// Only `inputs` may be given explicitly; every pass starts from h0 = zeros.
public struct RNNStack: Equatable, Sendable {
    /// Number of layers (≥ 1).
    public let layers: Int
    /// How each layer reads the sequence.
    public let direction: RNNDirection
    /// x_1 … x_T, T×D.
    public let inputs: Matrix
    /// Every pass, in draw and computation order: layer 1 (forward, then backward), layer 2, …
    public let passes: [RNNPass]

    /// Materialises and computes `spec`; throws for a size out of range, an explicit array of the
    /// wrong shape, or an explicit weight array or h0 (only `inputs` may be given here).
    public init(spec: RNNSpec) throws(RNNSpecError) {
        let t = spec.timesteps, d = spec.inputDim, h = spec.hiddenUnits
        for (name, value) in [("timesteps", t), ("input_dim", d), ("hidden_units", h), ("layers", spec.layers)] where value < 1 {
            throw RNNSpecError(field: name, message: "\(name) must be at least 1 but is \(value)")
        }
        for (name, given) in [("Wx", spec.wx != nil), ("Wh", spec.wh != nil), ("b", spec.b != nil), ("h0", spec.h0 != nil)] where given {
            throw RNNSpecError(field: name, message: "`\(name)` cannot be given on a step with layers or direction; "
                               + "its weights are drawn from `seed` (only `inputs` may be given)")
        }
        if let given = spec.inputs, given.rows != t || given.cols != d {
            throw RNNSpecError(field: "inputs", message: "inputs must have shape (\(t), \(d)) but has shape (\(given.rows), \(given.cols))")
        }
        var rng = NumpyRandom(seed: spec.seed)
        let inputs = spec.inputs ?? rng.randomMatrix(rows: t, cols: d)
        var layerInputs = inputs
        var passes: [RNNPass] = []
        for layer in 1...spec.layers {
            var layerPasses: [RNNPass] = []
            for direction in spec.direction.passes {
                let inDim = layerInputs.cols
                let wx = RNNParameters.drawWeights(&rng, spec.weightInit, rows: h, cols: inDim)
                let wh = RNNParameters.drawWeights(&rng, spec.weightInit, rows: h, cols: h)
                let b = RNNParameters.drawWeights(&rng, spec.weightInit, rows: 1, cols: h).values
                layerPasses.append(try RNNPass(layer: layer, direction: direction, inputs: layerInputs, wx: wx, wh: wh, b: b))
            }
            layerInputs = RNNStack.outputs(of: layerPasses)
            passes += layerPasses
        }
        self.layers = spec.layers
        self.direction = spec.direction
        self.inputs = inputs
        self.passes = passes
    }

    /// T.
    public var timesteps: Int { inputs.rows }
    /// D.
    public var inputDim: Int { inputs.cols }
    /// H (every pass's state size).
    public var hiddenUnits: Int { passes[0].hiddenUnits }
    /// The size of each layer's output at one timestep: 2H when bidirectional, else H.
    public var outputWidth: Int { hiddenUnits * direction.passes.count }

    /// The passes of `layer` (1…layers), forward first.
    public func passes(ofLayer layer: Int) -> [RNNPass] {
        passes.filter { $0.layer == layer }
    }

    /// Layer `layer`'s outputs by timestep (what `return_sequences=True` returns): T×H, or T×2H
    /// rows [h_fwd_t; h_bwd_t] when bidirectional.
    public func outputs(ofLayer layer: Int) -> Matrix {
        RNNStack.outputs(of: passes(ofLayer: layer))
    }

    /// The top layer's outputs by timestep (T×H or T×2H).
    public var outputs: Matrix { outputs(ofLayer: layers) }

    /// What the top layer returns with `return_sequences=False`: the state each pass ends with —
    /// h_T forward, h_1 backward (it reads x_1 last), [h_fwd_T; h_bwd_1] bidirectional.
    public var lastOutput: [Double] {
        passes(ofLayer: layers).flatMap { $0.run.state(at: $0.timesteps) }
    }

    /// The per-timestep rows of `passes` side by side (one pass: its states).
    static func outputs(of passes: [RNNPass]) -> Matrix {
        guard let first = passes.first else { return Matrix(rows: 0, cols: 0) }
        let t = first.timesteps
        let states = passes.map(\.states)
        var values: [Double] = []
        values.reserveCapacity(t * states.reduce(0) { $0 + $1.cols })
        for r in 0..<t {
            for m in states { values += m.values[(r * m.cols)..<((r + 1) * m.cols)] }
        }
        return Matrix(rows: t, cols: states.reduce(0) { $0 + $1.cols }, values: values)
    }
}
