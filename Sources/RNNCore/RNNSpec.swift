/// Everything that defines one step-through of `h_t = tanh(Wx·x_t + Wh·h_{t-1} + b)`.
///
/// Arrays left `nil` are drawn from numpy's legacy generator after `np.random.seed(seed)`,
/// in the chapter's order: `inputs (T, D)`, `Wx (H, D)`, `Wh (H, H)`, `b (H,)`.
/// A given array is not drawn at all (it consumes no random numbers), so the remaining arrays are
/// drawn in that order exactly as a numpy script that writes the given ones with `np.array(...)`
/// would draw them. `h0` is never drawn and defaults to zeros. See `RNNParameters`.
public struct RNNSpec: Equatable, Sendable {
    /// Sequence length T.
    public var timesteps: Int
    /// Input dimension D.
    public var inputDim: Int
    /// Hidden size H.
    public var hiddenUnits: Int
    /// numpy seed, 0…2^32−1.
    public var seed: UInt32
    /// Explicit inputs, T×D.
    public var inputs: Matrix?
    /// Explicit input weights, H×D.
    public var wx: Matrix?
    /// Explicit recurrent weights, H×H.
    public var wh: Matrix?
    /// Explicit bias, H.
    public var b: [Double]?
    /// Explicit initial state, H (zeros when nil).
    public var h0: [Double]?
    /// How the weights `Wx`, `Wh` and `b` that are not given are drawn.
    public var weightInit: WeightInit = .uniform
    /// Stacked layers (1: the chapter's single layer). Above 1, see `RNNStack`.
    public var layers: Int = 1
    /// The direction each layer reads the sequence in (forward: the chapter's). See `RNNStack`.
    public var direction: RNNDirection = .forward
    /// The words read one per timestep, with their embedding (nil: none); when set and `inputs` is
    /// nil, x_t is the vector of word t. See `Sentence`.
    public var sentence: Sentence?
    /// A sigmoid output layer on the hidden state (nil: none). See `OutputLayer`, `PredictionTrack`.
    public var output: OutputLayer?

    /// Creates a spec; arrays default to drawn values.
    public init(timesteps: Int, inputDim: Int, hiddenUnits: Int, seed: UInt32 = 0,
                inputs: Matrix? = nil, wx: Matrix? = nil, wh: Matrix? = nil,
                b: [Double]? = nil, h0: [Double]? = nil, weightInit: WeightInit = .uniform) {
        self.timesteps = timesteps
        self.inputDim = inputDim
        self.hiddenUnits = hiddenUnits
        self.seed = seed
        self.inputs = inputs
        self.wx = wx
        self.wh = wh
        self.b = b
        self.h0 = h0
        self.weightInit = weightInit
    }

    /// True for a deep (`layers` > 1) or backward/bidirectional step, computed by `RNNStack`
    /// rather than by a single `RNNRun`.
    public var isStack: Bool { layers > 1 || direction != .forward }
}

/// How an rnn step draws the weights it does not give explicitly.
public enum WeightInit: Equatable, Sendable {
    /// `np.random.random(shape)`: uniform in [0, 1), as in the chapter (all positive).
    case uniform
    /// `np.random.randn(*shape) * scale`: zero-centred normal values.
    case normal(scale: Double)
}
