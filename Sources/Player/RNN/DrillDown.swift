import RNNCore

/// What inspect mode's drill-down panel explains about the cursor cell at timestep t, read from
/// the run (`UnitTerms` for a unit): built by `Player.prepare`, drawn by `DrillDownView`.
public struct DrillDown: Equatable, Sendable {
    /// The cell explained, with the numbers the panel shows.
    public enum Subject: Equatable, Sendable {
        /// z_t[i], h_t[i] (or a partial sum of unit i): every product, both sums, b[i], z, h.
        case unit(UnitTerms)
        /// Wx[i,j]: it feeds unit i; its product with x_t[j] at this t.
        case inputWeight(row: Int, col: Int, weight: Double, input: Double, product: Double)
        /// Wh[i,k]: it feeds unit i; its product with h_{t-1}[k] at this t.
        case recurrentWeight(row: Int, col: Int, weight: Double, state: Double, product: Double)
        /// x_t[j]: multiplied by column j of Wx for every unit.
        case input(index: Int, value: Double)
        /// h_{t-1}[k]: the previous step's h (h0 at t = 1).
        case previous(index: Int, value: Double)
        /// b[i]: added to z_t[i].
        case bias(index: Int, value: Double, preactivation: Double)
    }

    /// The cursor it explains.
    public var cursor: InspectCursor
    /// The timestep (1…T).
    public var t: Int
    /// The activation of the run.
    public var activation: Activation
    /// The explanation.
    public var subject: Subject
    /// How the panel names what the cell reads; a single-layer forward step's by default.
    public var context = Context()

    /// What the panel says about where x_t and the previous state come from: a single-layer
    /// forward step (the default) reads the lesson's inputs and h_{t−1} (h_0 editable); a pass of
    /// a deep or bidirectional step says which layer's output its x_t is, reads h_{t+1} when it
    /// runs backward, and starts from h0 = 0.
    public struct Context: Equatable, Sendable {
        /// The timestep whose state the cell reads (t − 1 forward, t + 1 backward), or nil when
        /// it reads the initial state h0 of a pass; nil means `t − 1` on a single-layer step.
        public var previousStep: Int?
        /// The layer whose output x_t is (layers above 1), or nil when x_t is the input.
        public var lowerLayer: Int?
        /// True on a pass of a deep or bidirectional step.
        public var inStack = false

        /// A single-layer forward step's context.
        public init() {}

        /// A pass's context at timestep `t` of `timesteps`.
        public init(layer: Int, backward: Bool, t: Int, timesteps: Int) {
            let previous = backward ? t + 1 : t - 1
            previousStep = previous >= 1 && previous <= timesteps ? previous : nil
            lowerLayer = layer > 1 ? layer - 1 : nil
            inStack = true
        }
    }

    /// The previous state's name as the panel writes it: `h_{t−1}` (`h_0` at t = 1) on a
    /// single-layer step; `h_2`, `h_4` or `h0` on a pass.
    public var previousName: String {
        guard context.inStack else { return "h_\(t - 1)" }
        return context.previousStep.map { "h_\($0)" } ?? "h0"
    }

    /// The drill-down of `cursor` at `t` (1…run.computedSteps).
    public init(_ run: RNNRun, cursor: InspectCursor, t: Int) {
        self.cursor = cursor
        self.t = t
        activation = run.activation
        let record = run.record(at: t)
        let p = run.parameters
        let i = min(cursor.row, run.hiddenUnits - 1)
        switch CellDescription.TensorID(rawValue: cursor.tensor) {
        case .wx:
            let j = min(cursor.col, run.inputDim - 1)
            subject = .inputWeight(row: i, col: j, weight: p.wx[i, j], input: record.x[j], product: p.wx[i, j] * record.x[j])
        case .wh:
            let k = min(cursor.col, run.hiddenUnits - 1)
            subject = .recurrentWeight(row: i, col: k, weight: p.wh[i, k], state: record.hPrev[k],
                                       product: p.wh[i, k] * record.hPrev[k])
        case .x:
            let j = min(cursor.row, run.inputDim - 1)
            subject = .input(index: j, value: record.x[j])
        case .hPrev:
            subject = .previous(index: i, value: record.hPrev[i])
        case .b:
            subject = .bias(index: i, value: record.b[i], preactivation: record.preactivation[i])
        default:
            subject = .unit(run.terms(at: t, unit: i))
        }
    }

    /// The `keep` products of largest |value| (in index order) and how many others there are with
    /// their sum, for a panel that cannot list every term.
    public static func ranked(_ products: [Double], keep: Int) -> (shown: [(index: Int, value: Double)], restCount: Int, restSum: Double) {
        guard products.count > keep else { return (products.enumerated().map { ($0.offset, $0.element) }, 0, 0) }
        let order = products.indices.sorted { abs(products[$0]) > abs(products[$1]) || (abs(products[$0]) == abs(products[$1]) && $0 < $1) }
        let kept = Set(order.prefix(max(0, keep)))
        var shown: [(index: Int, value: Double)] = []
        var rest = 0.0
        for (index, value) in products.enumerated() {
            if kept.contains(index) { shown.append((index, value)) } else { rest += value }
        }
        return (shown, products.count - shown.count, rest)
    }
}
