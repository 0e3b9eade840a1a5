import Lessons
import RNNCore
import Screen

/// The histories of an lstm or gru step as lines (`v`): each unit's h_t[i] over t as a
/// `LineChart` (and, for LSTM, c_t[i] beside it), the current t marked; above 16 units the 16 that
/// vary most (chosen by `Player.prepare`), and the title says so. The chart's y range is −1…1, so
/// c_t is drawn divided by the bound of its colour scale (`GatedComputation.cells`), and the
/// title gives that factor.
struct GatedTrajectoryPanel {
    /// The step's computation (its scales and `trajectoryUnits`).
    var computation: GatedComputation
    /// The run as drawn.
    var run: GatedRun
    /// The timestep whose place is marked.
    var t: Int
    /// Rows of h_t revealed so far (the current timestep's h only from its last stage).
    var hDone: Int
    /// Rows of c_t revealed so far.
    var cDone: Int
    /// Colour mode.
    var mode: ColorMode
    /// Language of the titles.
    var language: Language
    /// True without UTF-8.
    var ascii: Bool
    /// The unit under inspect mode's cursor, drawn bold on top.
    var emphasised: Int?

    /// Draws the chart (or the two charts, side by side) into `area`.
    func render(into frame: inout Frame, area: Rect) {
        let ko = language == .ko, h = run.parameters.hiddenUnits
        let states = run.computedStates
        let units = computation.trajectoryUnits
            ?? TrajectorySelection.units(states, through: hDone, limit: TrajectorySelection.limit)
        let top = units.count < h ? (ko ? " (분산 상위 \(units.count)/\(h))" : " (top \(units.count)/\(h) by variance)") : ""
        var charts: [(String, [[Double]])] = []
        if let cells = run.computedCells {
            let m = computation.cells.upperBound
            let factor = m == 1 ? "" : " ÷" + NumberFormat.fixed(m, decimals: 1)
            charts.append(((ko ? "c_t[i] 시간 변화" : "c_t[i] over t") + factor + top,
                           units.map { u in (0..<min(cDone, cells.rows)).map { cells[$0, u] / m } }))
        }
        charts.append(((ko ? "h_t[i] 시간 변화" : "h_t[i] over t") + top, units.map { u in (0..<min(hDone, states.rows)).map { states[$0, u] } }))
        frame.fill(area)
        let width = (area.width - (charts.count - 1) * 2) / charts.count
        let names = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        for (index, (title, series)) in charts.enumerated() {
            var chart = LineChart(title: title, series: series, steps: run.parameters.timesteps, current: t, mode: mode)
            chart.ascii = ascii
            chart.symbols = units.map { $0 < names.count ? names[$0] : "*" }
            chart.emphasised = emphasised.flatMap { units.firstIndex(of: $0) }
            chart.render(into: &frame, area: Rect(x: area.x + index * (width + 2), y: area.y, width: width, height: area.height))
        }
    }
}
