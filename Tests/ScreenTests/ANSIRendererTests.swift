import Testing
import RNNCore
@testable import Screen

/// Every ESC in `s` starts an SGR sequence `ESC [ digits;… m`.
private func onlySGR(_ s: String) -> Bool {
    let scalars = Array(s.unicodeScalars)
    var i = 0
    while i < scalars.count {
        if scalars[i] == "\u{1B}" {
            guard i + 1 < scalars.count, scalars[i + 1] == "[" else { return false }
            var j = i + 2
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" { j += 1 }
            guard j < scalars.count, scalars[j] == "m" else { return false }
            i = j
        } else if scalars[i].value < 0x20 && scalars[i] != "\n" || scalars[i].value == 0x7F {
            return false
        }
        i += 1
    }
    return true
}

@Suite struct ANSIRendererTests {
    func sample() -> Frame {
        var f = Frame(size: Size(width: 12, height: 3))
        Heatmap(title: "W (1, 2)", matrix: Matrix([[-1, 1]]), range: -1...1, mode: .truecolor).render(into: &f, area: f.bounds)
        f.put("한 bold", x: 0, y: 2, style: .bold)
        // A cell whose text bypassed Frame.put: the renderer must still not emit the escape.
        f[11, 2] = Cell("\u{1B}", style: .plain)
        return f
    }

    @Test func noneIsPlainText() {
        let out = ANSIRenderer(mode: .none).render(sample())
        #expect(out == "W (1, 2)\n\n한 bold    ␛")
        #expect(!out.contains("\u{1B}"))
    }

    @Test func colourModesEmitOnlySGR() {
        for mode in [ColorMode.ansi16, .ansi256, .truecolor] {
            let out = ANSIRenderer(mode: mode).render(sample())
            #expect(onlySGR(out), "mode \(mode)")
            #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == 3)
            // Every line ends in the default style: its last SGR is a reset.
            for line in out.split(separator: "\n") where line.contains("\u{1B}") {
                let last = line.split(separator: "\u{1B}").last!
                #expect(last.hasPrefix("[0m"))
            }
        }
    }

    @Test func colourCodesPerMode() {
        let f = sample()
        #expect(ANSIRenderer(mode: .truecolor).render(f).split(separator: "\n")[1] == "\u{1B}[0;48;2;33;102;172m  \u{1B}[0;48;2;179;88;6m  \u{1B}[0m")
        #expect(ANSIRenderer(mode: .ansi256).render(f).split(separator: "\n")[1] == "\u{1B}[0;48;5;25m  \u{1B}[0;48;5;130m  \u{1B}[0m")
        var g = Frame(size: Size(width: 4, height: 1))
        Heatmap(title: "", matrix: Matrix([[-1, 1]]), range: -1...1, mode: .ansi16).render(into: &g, area: Rect(x: 0, y: -1, width: 4, height: 2))
        #expect(ANSIRenderer(mode: .ansi16).render(g) == "\u{1B}[0;94m██\u{1B}[0;31m██\u{1B}[0m")
    }

    @Test func stylesAreEmittedOnlyWhenTheyChange() {
        var f = Frame(size: Size(width: 8, height: 1))
        f.put("abcd", x: 0, y: 0, style: .bold)
        f.put("ef", x: 4, y: 0, style: Style(fg: .rgb(255, 0, 0), attributes: .underline))
        let out = ANSIRenderer(mode: .truecolor).render(f)
        #expect(out == "\u{1B}[0;1mabcd\u{1B}[0;4;38;2;255;0;0mef\u{1B}[0m")
    }
}
