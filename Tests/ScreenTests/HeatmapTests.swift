import Testing
import RNNCore
@testable import Screen

@Suite struct HeatmapTests {
    let m = Matrix([[-1, -0.5, 0], [0.25, 0.5, 1]])

    func draw(_ heatmap: Heatmap, _ w: Int, _ h: Int) -> (Frame, HeatmapLayout) {
        var f = Frame(size: Size(width: w, height: h))
        let layout = heatmap.render(into: &f, area: f.bounds)
        return (f, layout)
    }

    @Test func noColourUsesSignedGlyphsAndMarkers() {
        let (f, layout) = draw(Heatmap(title: "W (2, 3)", matrix: m, range: -1...1, mode: .none, highlightRow: 1, highlightColumn: 2), 10, 4)
        #expect(f.snapshot == """
            W (2, 3)
             ■■==··
            ▸++**@@
                 ▴
            --
            0:0-7 bold
            2:0-0 bold
            3:5-5 bold
            """)
        #expect(!layout.halfBlock && !layout.isDownsampled)
        #expect(layout.size == Size(width: 8, height: 4))
    }

    @Test func sixteenColoursUseShadesAndAnsiColours() {
        let (f, _) = draw(Heatmap(title: "W", matrix: m, range: -1...1, mode: .ansi16), 6, 3)
        #expect(f.snapshot == """
            W
            ██▒▒··
            ░░▒▒██
            --
            0:0-0 bold
            1:0-1 fg=#5c5cff bg=default
            1:2-3 fg=#00cdcd bg=default
            2:0-3 fg=#cdcd00 bg=default
            2:4-5 fg=#cd0000 bg=default
            """)
    }

    @Test func colourModesPaintBackgrounds() {
        let (f, _) = draw(Heatmap(title: "W", matrix: m, range: -1...1, mode: .truecolor), 6, 3)
        #expect(f.snapshot == """
            W


            --
            0:0-0 bold
            1:0-1 fg=default bg=#2166ac
            1:2-3 fg=default bg=#92c5de
            1:4-5 fg=default bg=#f7f7f7
            2:0-1 fg=default bg=#fee0b6
            2:2-3 fg=default bg=#fdb863
            2:4-5 fg=default bg=#b35806
            """)
    }

    @Test func valuesAreShownWhenThereIsRoom() {
        let (f, layout) = draw(Heatmap(title: "W", matrix: m, range: -1...1, mode: .ansi256, showValues: true), 18, 3)
        #expect(layout.showsValues)
        #expect(f.lines == ["W                 ", "-1.00 -0.50  0.00 ", " 0.25  0.50  1.00 "])
        // 256 colours: the hand-picked ramp's darkest blue (18) and its near-white centre (255).
        #expect(f[0, 1].style == Style(fg: .rgb(255, 255, 255), bg: .rgb(0, 0, 135)))
        #expect(f[14, 1].style == Style(fg: .rgb(0, 0, 0), bg: .rgb(238, 238, 238)))
        // Too narrow for numbers: plain cells.
        #expect(!draw(Heatmap(title: "W", matrix: m, range: -1...1, mode: .ansi256, showValues: true), 17, 3).1.showsValues)
    }

    @Test func narrowAreasUseOneColumnCells() {
        let (f, layout) = draw(Heatmap(title: "W", matrix: m, range: -1...1, mode: .none), 5, 3)
        #expect(layout.cellWidth == 1)
        #expect(f.text == "W\n■=·\n+*@")
    }

    @Test func tallMatricesUseHalfBlocksInColour() {
        let tall = Matrix([[-1, 1], [1, -1], [0, 0], [0.5, -0.5]])
        let (f, layout) = draw(Heatmap(title: "W", matrix: tall, range: -1...1, mode: .truecolor), 10, 3)
        #expect(layout.halfBlock)
        #expect(!layout.isDownsampled)
        #expect(layout.halfBlock && !layout.isDownsampled)
        #expect(f.text == "W\n▀▀▀▀\n▀▀▀▀")
        let p = Palette.diverging
        #expect(f[0, 1].style == Style(fg: p.color(normalized: -1), bg: p.color(normalized: 1)))
        #expect(f[2, 2].style == Style(fg: p.color(normalized: 0), bg: p.color(normalized: -0.5)))
    }

    @Test func withoutColourTallMatricesAreAveraged() {
        let tall = Matrix([[-1, 1], [1, -1], [0, 0], [0.5, -0.5]])
        let (f, layout) = draw(Heatmap(title: "W", matrix: tall, range: -1...1, mode: .ansi16), 10, 3)
        #expect(!layout.halfBlock)
        #expect(layout.rowsPerCell == 2)
        #expect(!layout.halfBlock && layout.rowsPerCell == 2 && layout.colsPerCell == 1)
        #expect(f.text == "W\n····\n░░░░")
        #expect(f[0, 2].style.fg == ColorQuantizer.ansiColor(3))
        #expect(f[2, 2].style.fg == ColorQuantizer.ansiColor(6))
    }

    @Test func oddRowCountsLeaveTheLastLowerHalfDefault() {
        let (f, _) = draw(Heatmap(title: "W", matrix: Matrix([[1], [0], [-1]]), range: -1...1, mode: .ansi256), 4, 3)
        #expect(f[0, 2].style.bg == .default)
        #expect(f[0, 2].text == "▀")
    }

    @Test func largeMatricesAreDownsampledCheaplyToFit() {
        let n = 1024
        var values = [Double](repeating: 0.5, count: n * n)
        for c in 0..<n { values[c] = -0.5 }  // first row negative
        let big = Matrix(rows: n, cols: n, values: values)
        let heatmap = Heatmap(title: "Wh (1024, 1024)", matrix: big, range: -1...1, mode: .truecolor)
        let area = Rect(x: 0, y: 0, width: 60, height: 20)
        var f = Frame(size: Size(width: 60, height: 20))
        heatmap.render(into: &f, area: area)
        let layout = heatmap.layout(for: area)
        #expect(layout.halfBlock)
        #expect(layout.rowsPerCell == 27 && layout.colsPerCell == 18)
        #expect(layout.valuesPerPixel == 27 * 18)
        #expect(layout.size.width <= 60 && layout.size.height <= 20)
        // The first pixel row averages one -0.5 row with 26 rows of 0.5.
        let mean = (-0.5 + 26 * 0.5) / 27
        #expect(f[0, 1].style.fg == Palette.diverging.color(normalized: mean))
        #expect(f[0, 5].style == Style(fg: Palette.diverging.color(normalized: 0.5), bg: Palette.diverging.color(normalized: 0.5)))
    }

    @Test func preferredSizeAndTinyAreas() {
        #expect(Heatmap.preferredSize(rows: 8, cols: 4, title: "Wx (8, 4)") == Size(width: 9, height: 9))
        #expect(Heatmap.preferredSize(rows: 8, cols: 4, showValues: true, highlightRow: true, highlightColumn: true) == Size(width: 25, height: 10))
        let (f, layout) = draw(Heatmap(title: "Wx (8, 4)", matrix: m, range: -1...1, mode: .none), 4, 1)
        #expect(layout.cellWidth == 0)
        #expect(f.text == "Wx (")
    }
}
