import RNNCore

/// What a recurrent cell kind shows on its screen, as data: its tensors in the order the equation
/// reads them, each with its shape and role, the operators between them, and the equation line.
/// The screen's layout and drawing read this description; a new cell kind (with gates, or a
/// gradient for each tensor) is a new description plus the values it reads from its records.
struct CellDescription: Sendable {
    /// What a tensor is, which decides its colour scale.
    enum Role: Sendable {
        /// A parameter (Wx, Wh, b): the weights' scale.
        case weight
        /// An input x_t: the weights' scale.
        case input
        /// A hidden state: the weights' scale.
        case state
        /// A partial result (Wx·x_t, Wh·h_{t-1}, z_t): the partial sums' scale.
        case partial
    }

    /// Which value of a timestep a tensor shows.
    enum TensorID: String, Sendable, CaseIterable {
        case wx = "Wx", x = "x_t", wxX = "Wx·x_t", wh = "Wh", hPrev = "h_{t-1}", whH = "Wh·h_{t-1}", b, z = "z_t", h = "h_t"
    }

    /// One tensor of the equation.
    struct Tensor: Sendable {
        /// Which value it shows.
        var id: TensorID
        /// Its label at timestep t (t ≥ 1), e.g. `x_3` or `Wh·h_2`.
        var label: @Sendable (Int) -> String
        /// Its numpy shape for the run's sizes (T, D, H).
        var shape: @Sendable (RunSizes) -> [Int]
        /// Its role.
        var role: Role
        /// The operator drawn after it, if any.
        var symbolAfter: String?
        /// True for a matrix (drawn without numbers in its cells); false for a vector.
        var isMatrix: Bool { id == .wx || id == .wh }
    }

    /// The sizes of a run.
    struct RunSizes: Sendable {
        /// Timesteps T.
        var timesteps: Int
        /// Input dimension D.
        var inputDim: Int
        /// Hidden units H.
        var hiddenUnits: Int
    }

    /// The tensors in reading order.
    var tensors: [Tensor]
    /// The equation with shapes, in the pieces it may be broken into on narrow screens.
    var equation: @Sendable (RunSizes) -> [String]
    /// The activation's name in the equation (`tanh`).
    var activation: String
    /// The tensors inspect mode's `Tab` visits, in this order (then back to the first).
    var inspectOrder: [TensorID] = []

    /// numpy's shape text: `(8, 4)` or `(8,)`.
    static func shapeText(_ dims: [Int]) -> String {
        dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.map(String.init).joined(separator: ", ") + ")"
    }

    /// `h_t = tanh(Wx·x_t + Wh·h_{t-1} + b)`, the chapter's SimpleRNN cell.
    static let simpleRNN = simpleRNN(activation: "tanh", arrow: "tanh→")

    /// The SimpleRNN cell with the activation named `f` (what-if mode's `a`): `h_t = f(…)`;
    /// `arrow` is drawn between z_t and h_t (five columns, so the layout never moves).
    static func simpleRNN(activation f: String, arrow: String) -> CellDescription { CellDescription(
        tensors: [
            Tensor(id: .wx, label: { _ in "Wx" }, shape: { [$0.hiddenUnits, $0.inputDim] }, role: .weight, symbolAfter: "·"),
            Tensor(id: .x, label: { "x_\($0)" }, shape: { [$0.inputDim] }, role: .input, symbolAfter: "="),
            Tensor(id: .wxX, label: { "Wx·x_\($0)" }, shape: { [$0.hiddenUnits] }, role: .partial, symbolAfter: "+"),
            Tensor(id: .wh, label: { _ in "Wh" }, shape: { [$0.hiddenUnits, $0.hiddenUnits] }, role: .weight, symbolAfter: "·"),
            Tensor(id: .hPrev, label: { "h_\($0 - 1)" }, shape: { [$0.hiddenUnits] }, role: .state, symbolAfter: "="),
            Tensor(id: .whH, label: { "Wh·h_\($0 - 1)" }, shape: { [$0.hiddenUnits] }, role: .partial, symbolAfter: "+"),
            Tensor(id: .b, label: { _ in "b" }, shape: { [$0.hiddenUnits] }, role: .weight, symbolAfter: "="),
            Tensor(id: .z, label: { "z_\($0)" }, shape: { [$0.hiddenUnits] }, role: .partial, symbolAfter: arrow),
            Tensor(id: .h, label: { "h_\($0)" }, shape: { [$0.hiddenUnits] }, role: .state, symbolAfter: nil),
        ],
        equation: { s in
            let sh = shapeText([s.hiddenUnits]), sx = shapeText([s.inputDim])
            return ["h_t \(sh) = \(f)( Wx \(shapeText([s.hiddenUnits, s.inputDim])) · x_t \(sx)",
                    "+ Wh \(shapeText([s.hiddenUnits, s.hiddenUnits])) · h_{t-1} \(sh) + b \(sh) )"]
        },
        activation: f,
        inspectOrder: [.wx, .x, .wh, .hPrev, .b, .z, .h]) }
}
