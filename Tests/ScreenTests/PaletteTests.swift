import Testing
@testable import Screen

private func luminance(_ c: Color) -> Double {
    guard case let .rgb(r, g, b) = c else { return -1 }
    return 0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)
}

@Suite struct PaletteTests {
    let palette = Palette.diverging

    @Test func endsAndCentreAreTheStops() {
        #expect(palette.color(for: -1, range: -1...1) == .rgb(0x21, 0x66, 0xAC))
        #expect(palette.color(for: 0, range: -1...1) == .rgb(0xF7, 0xF7, 0xF7))
        #expect(palette.color(for: 1, range: -1...1) == .rgb(0xB3, 0x58, 0x06))
    }

    @Test func normalisationIsSymmetricAroundZero() {
        #expect(Palette.normalized(0.5, range: 0...1) == 0.5)
        #expect(Palette.normalized(-0.5, range: -0.5...0.25) == -1)
        #expect(Palette.normalized(0.25, range: -0.5...0.25) == 0.5)
        #expect(Palette.normalized(3, range: -1...1) == 1)
        #expect(Palette.normalized(.nan, range: -1...1) == 0)
        #expect(Palette.normalized(0, range: 0...0) == 0)
        // Weights in [0, 1) use the positive arm only, states in (−1, 1) both arms.
        #expect(palette.color(for: 0, range: 0...0.99) == palette.color(for: 0, range: -1...1))
    }

    @Test func darkensMonotonicallyAwayFromZeroOnBothSides() {
        var previousNeg = luminance(palette.color(normalized: 0))
        var previousPos = previousNeg
        for i in 1...20 {
            let t = Double(i) / 20
            let neg = luminance(palette.color(normalized: -t)), pos = luminance(palette.color(normalized: t))
            #expect(neg < previousNeg)
            #expect(pos < previousPos)
            previousNeg = neg
            previousPos = pos
        }
    }

    @Test func negativeIsBlueAndPositiveIsOrange() {
        guard case let .rgb(r, _, b) = palette.color(normalized: -0.6), case let .rgb(r2, _, b2) = palette.color(normalized: 0.6) else {
            Issue.record("expected rgb"); return
        }
        #expect(b > r)
        #expect(r2 > b2)
    }

    @Test func contrastingTextIsReadable() {
        #expect(palette.contrastingText(for: .rgb(0x21, 0x66, 0xAC)) == .rgb(255, 255, 255))
        #expect(palette.contrastingText(for: .rgb(0xF7, 0xF7, 0xF7)) == .rgb(0, 0, 0))
        #expect(palette.contrastingText(for: .rgb(0xB3, 0x58, 0x06)) == .rgb(255, 255, 255))
        #expect(palette.contrastingText(for: .default) == .default)
    }

    @Test func glyphsCarrySignAndMagnitudeWithoutColour() {
        let glyphs = stride(from: -1.0, through: 1.0, by: 0.25).map { palette.swatch(for: $0, range: -1...1, mode: .none).glyph }
        #expect(String(glyphs) == "■≡=-·+*#@")
        let shades = stride(from: -1.0, through: 1.0, by: 0.25).map { palette.swatch(for: $0, range: -1...1, mode: .ansi16).glyph }
        #expect(String(shades) == "█▓▒░·░▒▓█")
        #expect(palette.swatch(for: -0.9, range: -1...1, mode: .ansi16).style.fg == ColorQuantizer.ansiColor(12))
        #expect(palette.swatch(for: -0.3, range: -1...1, mode: .ansi16).style.fg == ColorQuantizer.ansiColor(6))
        #expect(palette.swatch(for: 0.3, range: -1...1, mode: .ansi16).style.fg == ColorQuantizer.ansiColor(3))
        #expect(palette.swatch(for: 0.9, range: -1...1, mode: .ansi16).style.fg == ColorQuantizer.ansiColor(1))
        #expect(palette.swatch(for: 0.9, range: -1...1, mode: .truecolor) == Swatch(glyph: " ", style: Style(bg: palette.color(normalized: 0.9))))
    }

    @Test func quantizerFindsXterm256AndAnsiColours() {
        #expect(ColorQuantizer.xterm256Index(0, 0, 0) == 16)
        #expect(ColorQuantizer.xterm256Index(255, 255, 255) == 231)
        #expect(ColorQuantizer.xterm256Index(128, 128, 128) == 244)
        #expect(ColorQuantizer.xterm256Index(0x21, 0x66, 0xAC) == 25)
        #expect(ColorQuantizer.xterm256Index(0xB3, 0x58, 0x06) == 130)
        for i in 0..<16 {
            guard case let .rgb(r, g, b) = ColorQuantizer.ansiColor(i) else { continue }
            #expect(ColorQuantizer.ansi16Index(r, g, b) == i)
        }
        for i in 16..<256 {
            let c = ColorQuantizer.rgb(ofXterm256: i)
            #expect(ColorQuantizer.xterm256Index(c.0, c.1, c.2) == i)
        }
    }

    @Test func numbersAreCompact() {
        #expect(NumberFormat.compact(0.912) == "0.91")
        #expect(NumberFormat.compact(-0.3) == "-0.30")
        #expect(NumberFormat.compact(-0.001) == "0.00")
        #expect(NumberFormat.compact(-12.345) == "-12.3")
        #expect(NumberFormat.compact(1234.5) == "1235")
        #expect(NumberFormat.signed(-1) == "-1.0")
        #expect(NumberFormat.signed(1) == "+1.0")
        #expect(NumberFormat.compact(.nan) == "nan")
    }
}
