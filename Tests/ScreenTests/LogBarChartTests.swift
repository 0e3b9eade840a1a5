import Testing
@testable import Screen

@Suite struct LogBarChartTests {
    @Test func scientificNotation() {
        #expect(NumberFormat.scientific(4.2e-5) == "4.2e-5")
        #expect(NumberFormat.scientific(-0.000123, significant: 3) == "-1.23e-4")
        #expect(NumberFormat.scientific(9.96, significant: 2) == "1.0e+1")
        #expect(NumberFormat.scientific(1) == "1.0e+0")
        #expect(NumberFormat.scientific(1e-300) == "1.0e-300")
        #expect(NumberFormat.scientific(5e-324, significant: 1) == "5e-324")
        #expect(NumberFormat.scientific(0) == "0")
        #expect(NumberFormat.scientific(-.infinity) == "-inf")
    }

    @Test func shortNumbersAreFixedUnlessSmallOrLarge() {
        #expect(NumberFormat.short(0.169) == "0.169")
        #expect(NumberFormat.short(-0.5, width: 5) == "-0.50")
        #expect(NumberFormat.short(8.45e-4) == "8.5e-4")
        #expect(NumberFormat.short(-3.1e-29) == "-3e-29")
        #expect(NumberFormat.short(3.1e-29) == "3.1e-29")
        #expect(NumberFormat.short(-3.1e-129) == "-3e-129")
        #expect(NumberFormat.short(12345) == "1.2e+4")
        #expect(NumberFormat.short(0) == "0")
        for value in [1e-5, -2.5e-17, 7e-300, 123456.0, -0.004] {
            #expect(NumberFormat.short(value).count <= 7, "\(value)")
        }
    }

    @Test func decadesHoldEveryPositiveValue() {
        #expect(LogBarChart.decades(for: [6.2e-4, 3.8e-29, 0]) == -29 ... -3)
        #expect(LogBarChart.decades(for: [1.6, 0.0099]) == -3...1)
        #expect(LogBarChart.decades(for: [1, 1]) == 0...1)
        #expect(LogBarChart.decades(for: []) == 0...1)
    }

    /// Four values over four decades on four bar rows (32 eighths): 1e-4 at the bottom gets one
    /// eighth, 1e-3 a quarter (one cell), 1e-1 three quarters; the marked one is drawn `▓` (no
    /// colour), bold, and its index reversed under it; nil draws nothing but keeps its label.
    @Test func barsOnALogScaleWithTheMarkedIndex() {
        var f = Frame(size: Size(width: 16, height: 6))
        LogBarChart(title: "|g|", values: [1e-4, 1e-3, 1e-1, nil], decades: -4...0, marked: 2, mode: .none)
            .render(into: &f, area: f.bounds)
        #expect(f.text == """
            |g|
            1e+0
                     ▓
                     ▓
            1e-4 ▁ █ ▓
                 1   3 4
            """)
        #expect(f[9, 5].style == .reverse)
        #expect(f[9, 4].style.attributes.contains(.bold))
        #expect(f[7, 4].style == .plain)
    }

    @Test func withoutUnicodeBarsAreWholeASCIICells() {
        var f = Frame(size: Size(width: 16, height: 6))
        var chart = LogBarChart(title: "|g|", values: [1e-4, 1e-3, 1e-1, 1], decades: -4...0, marked: 0, mode: .none)
        chart.unicode = false
        chart.render(into: &f, area: f.bounds)
        #expect(f.text == """
            |g|
            1e+0       #
                     # #
                     # #
            1e-4 @ # # #
                 1     4
            """)
    }

    @Test func moreValuesThanColumnsAreGroupedByTheirLargest() {
        var f = Frame(size: Size(width: 10, height: 4))
        let values: [Double?] = (0..<20).map { $0 == 13 ? 1 : 1e-3 }
        LogBarChart(title: "", values: values, decades: -3...0, marked: 19, mode: .ansi256)
            .render(into: &f, area: f.bounds)
        // 5 columns for 20 values: column 3 holds index 13, the only one at the top.
        #expect(f.lines[1] == "1e+0    █ ")
        #expect(f[9, 2].style.fg == LogBarChart.markedColor)
    }
}
