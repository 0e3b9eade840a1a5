import Foundation
import Testing
@testable import Screen

/// CIELAB lightness L* and hue angle h (degrees) of an sRGB colour (D65).
func cielab(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> (lightness: Double, hue: Double, chroma: Double) {
    func linear(_ v: UInt8) -> Double {
        let u = Double(v) / 255
        return u <= 0.04045 ? u / 12.92 : pow((u + 0.055) / 1.055, 2.4)
    }
    let (rl, gl, bl) = (linear(r), linear(g), linear(b))
    let x = (0.4124 * rl + 0.3576 * gl + 0.1805 * bl) / 0.95047
    let y = 0.2126 * rl + 0.7152 * gl + 0.0722 * bl
    let z = (0.0193 * rl + 0.1192 * gl + 0.9505 * bl) / 1.08883
    func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
    let lightness = 116 * f(y) - 16
    let a = 500 * (f(x) - f(y)), bb = 200 * (f(y) - f(z))
    var hue = atan2(bb, a) * 180 / .pi
    if hue < 0 { hue += 360 }
    return (lightness, hue, (a * a + bb * bb).squareRoot())
}

/// Every colour of both ramps (256-colour and truecolor): each arm gets darker away from zero and
/// stays in its hue family (blues for negative values, oranges for positive), and zero is near-white.
@Suite struct RampTests {
    /// CIELAB hue ranges: blue (teal is near 200°, violet past 310°) and orange (pink
    /// and red below 40°, yellow from about 95°).
    static let blues = 230.0...310.0
    static let oranges = 40.0...85.0

    static func lab(_ c: Color) -> (lightness: Double, hue: Double, chroma: Double) {
        guard case let .rgb(r, g, b) = c else { Issue.record("not an RGB colour: \(c)"); return (0, 0, 0) }
        return cielab(r, g, b)
    }

    /// The ramp's colours from 0 outwards, sampled at `steps` points per arm, in `mode`.
    static func arm(_ sign: Double, _ mode: ColorMode, steps: Int = 40) -> [Color] {
        (0...steps).map { Palette.diverging.color(normalized: sign * Double($0) / Double(steps), mode: mode) }
    }

    @Test(arguments: [ColorMode.ansi256, .truecolor])
    func eachArmDarkensAwayFromZeroInItsHueFamily(_ mode: ColorMode) {
        for (sign, family, name) in [(-1.0, Self.blues, "negative"), (1.0, Self.oranges, "positive")] {
            var distinct: [Color] = []
            for c in Self.arm(sign, mode) where distinct.last != c { distinct.append(c) }
            #expect(distinct.count >= 5, "\(mode) \(name) arm has \(distinct.count) colours")
            let labs = distinct.map(Self.lab)
            #expect(labs[0].lightness > 90 && labs[0].chroma < 12, "\(mode): zero is near-white: \(labs[0])")
            for (i, pair) in zip(labs, labs.dropFirst()).enumerated() {
                #expect(pair.1.lightness < pair.0.lightness, "\(mode) \(name): step \(i + 1) is not darker: \(distinct[i]) → \(distinct[i + 1])")
            }
            for (c, l) in zip(distinct, labs).dropFirst() where l.chroma >= 12 {
                #expect(family.contains(l.hue), "\(mode) \(name): \(c) has hue \(Int(l.hue))°, outside \(family)")
            }
        }
    }

    @Test func the256RampIsTheHandPickedXtermColoursAndMapsBackExactly() {
        var indices: [Int] = []
        for i in -50...50 {
            let t = Double(i) / 50
            guard case let .rgb(r, g, b) = Palette.diverging.color(normalized: t, mode: .ansi256) else {
                Issue.record("not RGB"); continue
            }
            let index = ColorQuantizer.xterm256Index(r, g, b)
            #expect(index == Palette.xterm256Index(normalized: t), "t = \(t): RGB maps to \(index)")
            if indices.last != index { indices.append(index) }
        }
        #expect(indices == Palette.xterm256Negative.reversed() + [Palette.xterm256Centre] + Palette.xterm256Positive)
        // The ANSI renderer and the curses terminal both map through xterm256Index.
        let style = Palette.diverging.textStyle(for: -0.29, range: -1...1, mode: .ansi256)
        #expect(ANSIRenderer(mode: .ansi256).sgr(style).contains("48;5;74"))
    }

    @Test func numbersOnEveryRampColourAreReadable() {
        for mode in [ColorMode.ansi256, .truecolor] {
            for i in -20...20 {
                let style = Palette.diverging.textStyle(for: Double(i) / 20, range: -1...1, mode: mode)
                guard case let .rgb(fr, fg, fb) = style.fg, case let .rgb(br, bg, bb) = style.bg else {
                    Issue.record("\(mode) \(i): no colours"); continue
                }
                let ratio = Contrast.ratio((fr, fg, fb), (br, bg, bb))
                #expect(ratio >= 4.5, "\(mode) t = \(Double(i) / 20): contrast \(ratio)")
            }
        }
    }
}
