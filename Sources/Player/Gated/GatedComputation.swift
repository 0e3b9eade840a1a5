import RNNCore

/// What an lstm or gru step's screen needs that is computed: the forward pass as far as it has
/// been shown and the colour scale of weights and states. A plain value kept in
/// `PlayerState.gatedComputations`, brought up to date by `Player.prepare`; views only read it.
public struct GatedComputation: Equatable, Sendable {
    /// The forward pass, computed through the furthest timestep shown so far.
    public private(set) var run: GatedRun
    /// The stages of one timestep, in the order → reveals them.
    let stages: [GatedStage]
    /// The diverging scale of weights, inputs and states: ±(the largest |value| of the arrays, at least 1).
    public let weights: ClosedRange<Double>
    /// The scale of the cell state: ±(the largest |c| of the run when it is cheap, else of weights).
    public let cells: ClosedRange<Double>
    /// The sequential scale of gate values.
    public let gates: ClosedRange<Double> = 0...1

    /// A computation over `parameters`; a small run (≤ 1,000,000 numbers) is computed at once so the
    /// cell-state scale can come from its values.
    public init(_ parameters: GatedParameters) {
        stages = GatedStage.stages(parameters.cell)
        let arrays = [parameters.wx.values, parameters.wh.values, parameters.b.values, parameters.inputs.values,
                      parameters.h0, parameters.c0]
        let largest = arrays.map { $0.map(abs).max() ?? 0 }.max() ?? 0
        let bound = max(1, largest.isFinite ? largest : 1)
        weights = -bound...bound
        var run = GatedRun(parameters)
        let numbers = parameters.timesteps * parameters.hiddenUnits * (parameters.gateCount + 2)
        if numbers <= 1_000_000 {
            run = run.completed()
            let c = run.computedCells?.values.map(abs).max() ?? 1
            let m = max(1, c.isFinite ? c : 1)
            cells = -m...m
        } else {
            cells = weights
        }
        self.run = run
    }

    /// Stages per timestep (5 for LSTM, 4 for GRU).
    public var stagesPerTimestep: Int { stages.count }

    /// Computes the forward pass through the timestep of `position` (see `GatedStage.place`).
    mutating func prepare(position: Int) {
        let t = GatedStage.place(position, stages: stages.count).t
        run.compute(through: min(t, run.parameters.timesteps))
    }
}
