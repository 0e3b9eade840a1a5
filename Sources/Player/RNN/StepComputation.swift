import RNNCore
import Screen

/// Everything an rnn step's screen needs that is computed rather than read from the lesson: the
/// forward pass as far as it has been shown, the fixed colour scales, and the heatmap pixels of
/// large matrices (block means) for the layout in use.
///
/// It is a plain value, built from the step's parameters and kept in `PlayerState` (one per
/// visited rnn step). `Player.update` brings it up to date (`prepare`); views only read it, in the
/// manner of ratatui's StatefulWidget. Changing a parameter means building a new one from it.
public struct StepComputation: Equatable, Sendable {
    /// The forward pass, computed through the furthest timestep shown so far.
    public private(set) var run: RNNRun
    /// The step's colour scales (fixed for the step).
    public let ranges: DisplayRanges
    /// Block means of the history of hidden states for the history heatmap's current grid.
    public private(set) var historyPixels: GrowingBlockMeans?
    /// Block means of the weight matrices for their current grids, by tensor.
    public private(set) var weightPixels: [String: CachedPixels] = [:]

    /// The backward view's computation, built the first time the step's backward view is shown.
    public private(set) var backward: BackwardComputation?

    /// The lesson's own run when `run` is a what-if run over edited parameters (nil otherwise);
    /// computed as far as `run`, so changes can be marked and measured.
    public private(set) var baseline: RNNRun?
    /// max_i |h_t[i] − h_t[i] of the lesson| at the timestep prepared last, when edited.
    public private(set) var maxStateChange: Double?
    /// The drill-down of inspect mode's cursor cell at the timestep shown (nil outside inspect mode).
    public private(set) var drillDown: DrillDown?
    /// The units the trajectory chart plots (all, or the 16 with the largest variance so far),
    /// prepared while the chart is on.
    public private(set) var trajectoryUnits: [Int]?

    /// The step's sigmoid output layer (nil: none).
    public let output: OutputLayer?
    /// The running prediction σ(W_y·h_t + b_y) through the timestep prepared last (nil without `output`).
    public private(set) var predictions: PredictionTrack?

    /// Block means of one constant matrix for one grid.
    public struct CachedPixels: Equatable, Sendable {
        /// The grid they were computed for.
        public var grid: BlockGrid
        /// The means, pixel row after pixel row.
        public var means: [Double]
    }

    /// A computation over `parameters`. A cheap forward pass (`DisplayRanges.cheap`) is computed
    /// at once, so the partial sums get the run's own scale; a large one is computed as it is shown
    /// and uses the parameter bound.
    public init(_ parameters: RNNParameters, output: OutputLayer? = nil) {
        self.output = output
        if DisplayRanges.cheap(parameters) {
            run = RNNRun(parameters).completed()
            ranges = DisplayRanges(parameters, complete: run)
        } else {
            run = RNNRun(parameters)
            ranges = DisplayRanges(parameters)
        }
    }

    private init(run: RNNRun, ranges: DisplayRanges, baseline: RNNRun?, output: OutputLayer?) {
        self.output = output
        self.run = run
        self.ranges = ranges
        self.baseline = baseline
    }

    /// The lesson's parameters (before any what-if edit).
    public var lessonParameters: RNNParameters { (baseline ?? run).parameters }

    /// This step's computation with `edits` (replacing any earlier ones): a new run over the edited
    /// parameters, computed lazily as far as it is shown, with the same colour scales (so a change
    /// shows as a change of colour). No edits gives back the lesson's run.
    public func edited(_ edits: WhatIfEdits) -> StepComputation {
        let lesson = baseline ?? run
        guard !edits.isEmpty else { return StepComputation(run: lesson, ranges: ranges, baseline: nil, output: output) }
        let parameters = edits.apply(to: lesson.parameters)
        return StepComputation(run: RNNRun(parameters, activation: edits.activation), ranges: ranges, baseline: lesson,
                               output: output)
    }

    /// Computes the forward pass through `t` and the pixels of the heatmaps that `layout` averages.
    mutating func prepare(through t: Int, layout: RNNLayout?) {
        run.compute(through: t)
        if let output, predictions?.computedSteps != run.computedSteps { predictions = PredictionTrack(run, output: output) }
        if baseline != nil {
            baseline?.compute(through: t)
            maxStateChange = t == 0 ? nil : zip(run.state(at: t), baseline!.state(at: t)).map { abs($0 - $1) }.max()
        }
        guard let layout else { return }
        if let history = layout.history, !history.grid.isIdentity {
            if historyPixels?.grid != history.grid { historyPixels = GrowingBlockMeans(grid: history.grid) }
            historyPixels?.fill(run.computedStates.values, through: t)
        }
        for placed in layout.tensors where placed.heatmap.isDownsampled {
            let grid = placed.heatmap.grid
            let key = placed.tensor.id.rawValue
            guard weightPixels[key]?.grid != grid, let matrix = constantMatrix(placed.tensor.id) else { continue }
            weightPixels[key] = CachedPixels(grid: grid, means: grid.means(of: matrix.values, filled: matrix.rows))
        }
    }

    /// Builds the backward pass (once, over the complete run) and shows timestep `t` (1…T) of it.
    mutating func prepareBackward(at t: Int) {
        if backward == nil { backward = BackwardComputation(run) }
        backward?.show(t)
    }

    /// Prepares inspect mode's drill-down for `cursor` at `t` (nil: outside inspect mode) and, when
    /// `trajectories` is on, which units the chart plots.
    mutating func prepareInspect(cursor: InspectCursor?, t: Int, trajectories: Bool) {
        drillDown = cursor.flatMap { t >= 1 && t <= run.computedSteps ? DrillDown(run, cursor: $0, t: t) : nil }
        trajectoryUnits = trajectories ? TrajectorySelection.units(run.computedStates, through: t, limit: TrajectorySelection.limit) : nil
    }

    /// The matrix of a constant tensor (a weight matrix), else nil.
    func constantMatrix(_ id: CellDescription.TensorID) -> Matrix? {
        switch id {
        case .wx: return run.parameters.wx
        case .wh: return run.parameters.wh
        default: return nil
        }
    }
}
