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
    /// The lesson's own run when `run` is a what-if run over edited arrays (nil otherwise),
    /// computed as far as `run`, so changes can be marked and measured.
    public private(set) var baseline: GatedRun?
    /// max_i |h_t[i] − h_t[i] of the lesson| at the timestep prepared last, when edited.
    public private(set) var maxStateChange: Double?
    /// The drill-down of inspect mode's cursor cell at the timestep shown (nil outside inspect mode).
    public private(set) var drillDown: GatedDrillDown?
    /// The units the trajectory chart (`v`) plots (all, or the 16 whose h varies most so far),
    /// prepared while the chart is on.
    public private(set) var trajectoryUnits: [Int]?

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

    private init(run: GatedRun, like lesson: GatedComputation, baseline: GatedRun?) {
        self.run = run
        stages = lesson.stages
        weights = lesson.weights
        cells = lesson.cells
        self.baseline = baseline
    }

    /// The lesson's parameters (before any what-if edit).
    public var lessonParameters: GatedParameters { (baseline ?? run).parameters }

    /// This step's computation with `edits` (replacing any earlier ones): a new run over the edited
    /// arrays, computed lazily as far as it is shown, with the lesson's colour scales. No edits
    /// gives back the lesson's run.
    public func edited(_ edits: GatedEdits) -> GatedComputation {
        let lesson = baseline ?? run
        guard !edits.isEmpty else { return GatedComputation(run: lesson, like: self, baseline: nil) }
        return GatedComputation(run: GatedRun(edits.apply(to: lesson.parameters)), like: self, baseline: lesson)
    }

    /// Prepares inspect mode's drill-down for `cursor` at the timestep of `position` (nil: outside
    /// inspect mode) and, when `trajectories` is on, which units the chart plots.
    mutating func prepareInspect(cursor: InspectCursor?, position: Int, trajectories: Bool) {
        let t = GatedStage.place(position, stages: stages.count).t
        drillDown = cursor.flatMap { t >= 1 && t <= run.computedSteps ? GatedDrillDown(run, cursor: $0, t: t) : nil }
        trajectoryUnits = trajectories
            ? TrajectorySelection.units(run.computedStates, through: t, limit: TrajectorySelection.limit) : nil
    }

    /// Stages per timestep (5 for LSTM, 4 for GRU).
    public var stagesPerTimestep: Int { stages.count }

    /// Computes the forward pass through the timestep of `position` (see `GatedStage.place`).
    mutating func prepare(position: Int) {
        let t = GatedStage.place(position, stages: stages.count).t
        let through = min(t, run.parameters.timesteps)
        run.compute(through: through)
        if baseline != nil {
            baseline?.compute(through: through)
            maxStateChange = through == 0 ? nil : zip(run.state(at: through), baseline!.state(at: through)).map { abs($0 - $1) }.max()
        }
    }
}
