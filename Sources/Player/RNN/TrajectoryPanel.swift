import Lessons
import RNNCore
import Screen

/// The history as lines (`v`): each unit's h_t[i] over t as a `LineChart` in place of the history
/// heatmap, y from −1 to 1, the current t marked; above 16 units the 16 that vary most (chosen by
/// `Player.prepare`), and the title says so.
struct TrajectoryPanel {
    /// The step's computation (`trajectoryUnits`).
    var computation: StepComputation
    /// The run as drawn (computed through `t`).
    var run: RNNRun
    /// The timestep shown.
    var t: Int
    /// Colour mode.
    var mode: ColorMode
    /// Language of the title.
    var language: Language
    /// True without UTF-8.
    var ascii: Bool
    /// The unit under inspect mode's cursor, drawn bold on top.
    var emphasised: Int?

    /// The unit a cursor points at (h_t, z_t, h_{t-1}, b and the rows of Wx and Wh), if any.
    static func unit(_ cursor: InspectCursor) -> Int? {
        cursor.tensor == CellDescription.TensorID.x.rawValue ? nil : cursor.row
    }

    /// The chart's title.
    func title(units: [Int]) -> String {
        let h = run.hiddenUnits, ko = language == .ko
        if units.count < h {
            return ko ? "분산 상위 \(units.count)/\(h) 유닛" : "top \(units.count)/\(h) units by variance"
        }
        return ko ? "h_t[i] 시간 변화" : "h_t[i] over t"
    }

    /// Draws the chart into `area`.
    func render(into frame: inout Frame, area: Rect) {
        let units = computation.trajectoryUnits
            ?? TrajectorySelection.units(run.computedStates, through: t, limit: TrajectorySelection.limit)
        let states = run.computedStates
        let rows = min(t, states.rows)
        let series = units.map { unit in (0..<rows).map { states[$0, unit] } }
        var chart = LineChart(title: title(units: units), series: series, steps: run.timesteps, current: t, mode: mode)
        chart.ascii = ascii
        let names = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        chart.symbols = units.map { $0 < names.count ? names[$0] : "*" }
        chart.emphasised = emphasised.flatMap { units.firstIndex(of: $0) }
        frame.fill(area)
        chart.render(into: &frame, area: area)
    }
}
