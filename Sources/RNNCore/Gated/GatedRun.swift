/// An LSTM or GRU forward pass, whichever the parameters' cell is: one value for code that handles
/// both (the player, trace).
public enum GatedRun: Sendable, Equatable {
    /// An LSTM run.
    case lstm(LSTMRun)
    /// A GRU run.
    case gru(GRURun)

    /// A run over `parameters`, nothing computed yet.
    public init(_ parameters: GatedParameters) {
        self = parameters.cell == .lstm ? .lstm(LSTMRun(parameters)) : .gru(GRURun(parameters))
    }

    /// Materialises `spec` and creates a run over it, nothing computed yet.
    public init(spec: GatedSpec) throws(RNNSpecError) {
        self.init(try GatedParameters(spec))
    }

    /// The arrays the run computes with.
    public var parameters: GatedParameters {
        switch self {
        case .lstm(let run): run.parameters
        case .gru(let run): run.parameters
        }
    }

    /// How many timesteps have been computed.
    public var computedSteps: Int {
        switch self {
        case .lstm(let run): run.computedSteps
        case .gru(let run): run.computedSteps
        }
    }

    /// Computes through timestep `t`.
    public mutating func compute(through t: Int) {
        switch self {
        case .lstm(var run):
            run.compute(through: t)
            self = .lstm(run)
        case .gru(var run):
            run.compute(through: t)
            self = .gru(run)
        }
    }

    /// This run with every timestep computed.
    public func completed() -> GatedRun {
        var copy = self
        copy.compute(through: parameters.timesteps)
        return copy
    }

    /// The hidden state after timestep `t` (0…computedSteps).
    public func state(at t: Int) -> [Double] {
        switch self {
        case .lstm(let run): run.state(at: t)
        case .gru(let run): run.state(at: t)
        }
    }

    /// The cell state after timestep `t` (LSTM), nil for GRU.
    public func cell(at t: Int) -> [Double]? {
        if case .lstm(let run) = self { return run.cell(at: t) }
        return nil
    }

    /// The activations of gate `name` at timestep `t` (1…computedSteps).
    public func gate(_ name: String, at t: Int) -> [Double] {
        switch self {
        case .lstm(let run): run.record(at: t).gate(name) ?? []
        case .gru(let run): run.record(at: t).gate(name) ?? []
        }
    }

    /// h_1…h_computedSteps as rows.
    public var computedStates: Matrix {
        let n = computedSteps, h = parameters.hiddenUnits
        return Matrix(rows: n, cols: h, values: (0..<n).flatMap { state(at: $0 + 1) })
    }

    /// c_1…c_computedSteps as rows (LSTM), nil for GRU.
    public var computedCells: Matrix? {
        guard case .lstm(let run) = self else { return nil }
        return Matrix(rows: run.computedSteps, cols: run.hiddenUnits, values: run.records.flatMap(\.c))
    }

    /// Gate `name`'s activations for t = 1…computedSteps as rows.
    public func gateHistory(_ name: String) -> Matrix {
        let n = computedSteps, h = parameters.hiddenUnits
        return Matrix(rows: n, cols: h, values: (0..<n).flatMap { gate(name, at: $0 + 1) })
    }
}
