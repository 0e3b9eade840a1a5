import RNNCore
import Testing
@testable import Screen

@Suite struct LineChartTests {
    /// Two series over 3 steps, 1 = top, −1 = bottom, the marker under step 2.
    @Test func brailleLinesAxisAndMarker() {
        var frame = Frame(size: Size(width: 9, height: 4))
        let chart = LineChart(title: "h", series: [[1, 1, 1], [-1, -1, -1]], steps: 3, current: 2, mode: .none)
        chart.render(into: &frame, area: frame.bounds)
        #expect(frame.lines == ["h        ", " 1 ⠉⠉⠉⠉⠉⠉", "-1 ⣀⣀⣀⣀⣀⣀", "   ▴ t = "])
    }

    @Test func asciiNamesEachSeries() {
        var frame = Frame(size: Size(width: 8, height: 5))
        var chart = LineChart(title: "h", series: [[1, 0, -1]], steps: 3, current: 3, mode: .ansi256)
        chart.ascii = true
        chart.symbols = ["7"]
        chart.render(into: &frame, area: frame.bounds)
        #expect(frame.lines == ["h       ", " 1 7    ", " 0 ..7..", "-1     7", "   ^ t ="])
        #expect(frame[3, 1].style.fg == LineChart.colours[0])
    }
}
