import RNNCore
import Screen

/// What the backward view of an rnn step shows that is computed: backpropagation through time of
/// L = Σ h_T over the whole run (`BackwardPass`, complete), the colour scales and the log scale
/// of the bar chart (fixed for the step, so colours and bars do not change between timesteps),
/// and the timestep on screen with its record and the parameter gradients accumulated from T down
/// to it.
///
/// A plain value kept in `StepComputation.backward`, built by `Player.prepare` the first time `b`
/// is pressed on the step and moved with `show(_:)`; views only read it.
public struct BackwardComputation: Equatable, Sendable {
    /// The backward pass, computed down to t = 1.
    public let pass: BackwardPass
    /// The scale of ∂L/∂h_t, δ_t, Whᵀ·δ_t and ∂L/∂x_t: symmetric, the largest |value| over the run.
    public let gradientRange: ClosedRange<Double>
    /// The scale of dWx, dWh and db: the largest |value| their sums take from T down to 1 (for a
    /// run too large to walk, the final sums' largest; larger partial sums then saturate).
    public let parameterRange: ClosedRange<Double>
    /// The bar chart's scale: the decades holding every ‖∂L/∂x_t‖.
    public let decades: ClosedRange<Int>
    /// The timestep shown (1…T).
    public private(set) var t: Int
    /// Timestep t's intermediates.
    public private(set) var record: BackwardRecord
    /// dWx, dWh, db summed over timesteps t…T.
    public private(set) var gradients: ParameterGradients

    /// The backward pass of `run` (completed first if it is not), showing t = T.
    public init(_ run: RNNRun) {
        let pass = BackwardPass(run).completed()
        self.pass = pass
        let g = max(DisplayRanges.maxAbs(pass.dStates.values), DisplayRanges.maxAbs(pass.dh0),
                    DisplayRanges.maxAbs(pass.dInputs.values))
        gradientRange = BackwardComputation.symmetric(g)
        var p = 0.0
        if DisplayRanges.cheap(run.parameters) {
            // The sums as the view shows them, T down to 1: bit for bit the same partial sums.
            var walk = BackwardPass(pass.run)
            while !walk.isComplete {
                walk.stepBack()
                p = max(p, BackwardComputation.maxAbs(walk.gradients))
            }
        } else {
            p = BackwardComputation.maxAbs(pass.gradients)
        }
        parameterRange = BackwardComputation.symmetric(p)
        decades = LogBarChart.decades(for: pass.inputGradNorms)
        t = pass.timesteps
        record = pass.record(at: pass.timesteps)
        gradients = pass.gradients(from: pass.timesteps)
    }

    /// Shows timestep `t` (clamped to 1…T): its record and the gradients summed from T down to it.
    public mutating func show(_ t: Int) {
        let t = max(1, min(pass.timesteps, t))
        guard t != self.t else { return }
        self.t = t
        record = pass.record(at: t)
        gradients = pass.gradients(from: t)
    }

    /// ‖∂L/∂x_t‖ for every timestep, 1 first: nil for timesteps earlier than the one shown (the
    /// backward pass has not reached them yet on screen).
    public var shownNorms: [Double?] {
        pass.inputGradNorms.enumerated().map { $0.offset + 1 >= t ? $0.element : nil }
    }

    private static func maxAbs(_ g: ParameterGradients) -> Double {
        max(DisplayRanges.maxAbs(g.dWx.values), DisplayRanges.maxAbs(g.dWh.values), DisplayRanges.maxAbs(g.db))
    }

    /// −m…m for the largest |value| m; −1…1 when every value is 0 (or not finite).
    private static func symmetric(_ m: Double) -> ClosedRange<Double> {
        m > 0 && m.isFinite ? -m...m : -1...1
    }
}
