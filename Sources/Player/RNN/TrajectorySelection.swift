import RNNCore

/// Which hidden units the trajectory chart (`v`) plots: all of them up to `limit`, else the
/// `limit` units whose h_t varies most over the timesteps shown so far (LSTMVis's view of units
/// over time, thinned to what a terminal can tell apart).
enum TrajectorySelection {
    /// Units plotted at most.
    static let limit = 16

    /// The units to plot for `states` (rows h_1…, H columns) through `t`, in unit order.
    static func units(_ states: Matrix, through t: Int, limit: Int) -> [Int] {
        let h = states.cols
        guard h > limit else { return Array(0..<h) }
        let rows = min(t, states.rows)
        guard rows > 1 else { return Array(0..<limit) }
        var variance = [Double](repeating: 0, count: h)
        for unit in 0..<h {
            var mean = 0.0
            for r in 0..<rows { mean += states[r, unit] }
            mean /= Double(rows)
            var sum = 0.0
            for r in 0..<rows { let d = states[r, unit] - mean; sum += d * d }
            variance[unit] = sum / Double(rows)
        }
        let order = (0..<h).sorted { variance[$0] > variance[$1] || (variance[$0] == variance[$1] && $0 < $1) }
        return order.prefix(limit).sorted()
    }
}
