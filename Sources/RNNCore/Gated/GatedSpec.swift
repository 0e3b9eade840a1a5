/// Everything that defines one step-through of an LSTM or GRU cell (see `GatedCell`).
///
/// Arrays left nil are drawn after `np.random.seed(seed)` in the chapter's order, with G·H rows
/// (G = 4 for LSTM, 3 for GRU): `inputs (T, D)`, `Wx (G·H, D)`, `Wh (G·H, H)`, `b (G·H,)` — or
/// `b (2, 3H)` for GRU with `reset_after`. A given array is not drawn. `h0` and `c0` are never
/// drawn (zeros unless given). See `GatedParameters`.
public struct GatedSpec: Equatable, Sendable {
    /// LSTM or GRU (with its `reset_after`).
    public var cell: GatedCell
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
    /// Explicit input weights, G·H×D.
    public var wx: Matrix?
    /// Explicit recurrent weights, G·H×H.
    public var wh: Matrix?
    /// Explicit bias: one row of G·H values, or two rows (input, recurrent) for GRU with `reset_after`.
    public var b: Matrix?
    /// Explicit initial hidden state, H (zeros when nil).
    public var h0: [Double]?
    /// Explicit initial cell state, H (LSTM only; zeros when nil).
    public var c0: [Double]?
    /// How the weights that are not given are drawn.
    public var weightInit: WeightInit

    /// Creates a spec; arrays default to drawn values.
    public init(cell: GatedCell, timesteps: Int, inputDim: Int, hiddenUnits: Int, seed: UInt32 = 0,
                inputs: Matrix? = nil, wx: Matrix? = nil, wh: Matrix? = nil, b: Matrix? = nil,
                h0: [Double]? = nil, c0: [Double]? = nil, weightInit: WeightInit = .uniform) {
        self.cell = cell
        self.timesteps = timesteps
        self.inputDim = inputDim
        self.hiddenUnits = hiddenUnits
        self.seed = seed
        self.inputs = inputs
        self.wx = wx
        self.wh = wh
        self.b = b
        self.h0 = h0
        self.c0 = c0
        self.weightInit = weightInit
    }
}
