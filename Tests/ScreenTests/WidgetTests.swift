import Testing
import RNNCore
@testable import Screen

@Suite struct WidgetTests {
    @Test func verticalStripWithValues() {
        var f = Frame(size: Size(width: 10, height: 5))
        VectorStrip(title: "h_t (4,)", values: [-0.9, 0, 0.3, 0.99], range: -1...1, mode: .none, showValues: true)
            .render(into: &f, area: f.bounds)
        #expect(f.snapshot == """
            h_t (4,)
            ■■ -0.90
            ··  0.00
            ++  0.30
            @@  0.99
            --
            0:0-7 bold
            """)
    }

    @Test func horizontalStripWithValuesInTheCells() {
        var f = Frame(size: Size(width: 12, height: 3))
        VectorStrip(title: "x_t (2,)", values: [1, -0.25], range: -1...1, mode: .truecolor, orientation: .horizontal, showValues: true, highlight: 1)
            .render(into: &f, area: f.bounds)
        #expect(f.text == "x_t (2,)\n 1.00 -0.25\n        ▴")
        #expect(f[1, 1].style.bg == Palette.diverging.color(normalized: 1))
    }

    @Test func longStripsHalfBlockAndReportIt() {
        let strip = VectorStrip(title: "b (8,)", values: (0..<8).map { Double($0) / 8 }, range: -1...1, mode: .ansi256, showValues: true)
        var f = Frame(size: Size(width: 10, height: 5))
        let layout = strip.render(into: &f, area: f.bounds)
        #expect(layout.halfBlock)
        #expect(layout.halfBlock && !layout.isDownsampled)
        #expect(f.text == "b (8,)\n▀▀\n▀▀\n▀▀\n▀▀")
        #expect(strip.preferredSize == Size(width: 9, height: 9))
    }

    @Test func legendInEachMode() {
        var f = Frame(size: Size(width: 30, height: 3))
        Legend(range: -1...1, mode: .none, barWidth: 9, notes: ["▀ = 2 rows"]).render(into: &f, area: f.bounds)
        #expect(f.text == "-1.0 ▕■≡=-·+*#@▏ +1.0\nneg ■ ≡ = -  · 0  pos + * # @\n▀ = 2 rows")
        var g = Frame(size: Size(width: 20, height: 1))
        let rows = Legend(range: -1...1, mode: .truecolor, barWidth: 5).render(into: &g, area: g.bounds)
        #expect(rows == 1)
        #expect(g.text == "-1.0 ▕█████▏ +1.0")
        #expect(g[6, 0].style.fg == Palette.diverging.color(normalized: -1))
        #expect(g[8, 0].style.fg == Palette.diverging.color(normalized: 0))
        #expect(g[10, 0].style.fg == Palette.diverging.color(normalized: 1))
        #expect(Legend(range: -1...1, mode: .ansi16).height == 2)
    }

    @Test func boxWithTitleAndASCIIFallback() {
        var f = Frame(size: Size(width: 10, height: 3))
        let inner = Box(title: "Wx").render(into: &f, area: f.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
        #expect(f.text == "┌ Wx ────┐\n│        │\n└────────┘")
        var g = Frame(size: Size(width: 6, height: 3))
        Box(title: "much too long", ascii: true).render(into: &g, area: g.bounds)
        #expect(g.text == "+ muc+\n|    |\n+----+")
    }

    @Test func overlayIsCentredAndClearsBelow() {
        var f = Frame(size: Size(width: 24, height: 8))
        f.fill(f.bounds, with: Cell("x"))
        Overlay(entries: [("→ / l", "next"), ("q", "quit")], footer: "any key").render(into: &f, area: f.bounds)
        #expect(f.snapshot == """
            xxxxxxxxxxxxxxxxxxxxxxxx
            xxxx┌ Keys ───────┐xxxxx
            xxxx│ → / l  next │xxxxx
            xxxx│ q      quit │xxxxx
            xxxx│             │xxxxx
            xxxx│ any key     │xxxxx
            xxxx└─────────────┘xxxxx
            xxxxxxxxxxxxxxxxxxxxxxxx
            --
            1:5-10 bold
            2:6-10 bold
            3:6-6 bold
            5:6-12 dim
            """)
    }

    @Test func codeViewMarksAClippedLine() {
        // A line wider than the area ends in a dim `…` (clipped, not ended); the others do not.
        var f = Frame(size: Size(width: 24, height: 2))
        CodeView(code: "h = np.tanh(x + 0.5) # comment\ns = 'hi'").render(into: &f, area: f.bounds)
        #expect(f.text == "1 h = np.tanh(x + 0.5) …\n2 s = 'hi'")
        #expect(f[23, 0].style == CodeView.Theme.standard.lineNumber)
    }

    @Test func codeViewHighlightsPython() {
        var f = Frame(size: Size(width: 26, height: 3))
        CodeView(code: "import numpy as np\nh = np.tanh(x + 0.5) # c\ns = 'hi'\nmore", scroll: 1)
            .render(into: &f, area: f.bounds)
        #expect(f.text == "2 h = np.tanh(x + 0.5) # c\n3 s = 'hi'\n4 more")
        let theme = CodeView.Theme.standard
        #expect(f[0, 0].style == theme.lineNumber)
        #expect(f[6, 0].style == theme.builtin)
        #expect(f[18, 0].style == theme.number)
        #expect(f[23, 0].style == theme.comment)
        #expect(f[6, 1].style == theme.string)
        var open: String? = nil
        let tokens = CodeView.tokenize("x = \"\"\"doc", inTriple: &open)
        #expect(open == "\"\"\"")
        #expect(tokens.last?.kind == .string)
        let next = CodeView.tokenize("end\"\"\" if True", inTriple: &open)
        #expect(open == nil)
        #expect(next.map(\.kind) == [.string, .plain, .keyword, .plain, .keyword])
    }

    @Test func styleRunsDescribeAttributesAndColours() {
        var f = Frame(size: Size(width: 6, height: 2))
        f.put("ab", x: 0, y: 0, style: .bold)
        f.put("c", x: 3, y: 1, style: Style(fg: .rgb(0x21, 0x66, 0xAC), attributes: [.underline, .dim]))
        #expect(f.styleRuns() == ["0:0-1 bold", "1:3-3 dim underline fg=#2166ac bg=default"])
    }
}
