import Testing
@testable import Lessons
import LessonScan

/// `ValueScanner` counts values where libyaml's parser starts their events (the expected positions
/// below were checked against libyaml's events when the scanner replaced the CYaml prescan).
@Suite struct ValueScannerTests {
    func positions(_ text: String) -> [String] {
        var found: [String] = []
        ValueScanner.scan(text) { line, column in found.append("\(line):\(column)"); return true }
        return found
    }

    @Test func blockAndFlowValuesAtLibyamlsPositions() {
        let text = "title: x\nsteps:\n  - text:\n  - rnn: {timesteps: 1, b: [0.5, ], c: {d}}\n  - [k: v, w]\n"
            + "  - code: |\n      x\n    # not a value\n  - text: a\n      b\nempty:\n"
        #expect(positions(text) == [
            "1:1", "1:1", "1:8", "2:1", "3:3", "3:5", "3:5", "3:10",   // map, title, x, steps, list, map, text, empty value
            "4:5", "4:5", "4:10", "4:11", "4:22", "4:25", "4:28", "4:29", "4:37", "4:40", "4:41", "4:42",
            "5:5", "5:6", "5:6", "5:9", "5:12",                        // [k: v, w]: a one-pair map in a list
            "6:5", "6:5", "6:11",                                      // a block scalar and its lines
            "9:5", "9:5", "9:11",                                      // a plain scalar over two lines
            "11:1", "11:7",                                            // an empty value at the end
        ])
    }

    @Test func stopsAtTheFirstValuePastTheLimit() {
        // map, a, [, 1, 2, 3: six values
        #expect(ValueScanner.firstValuePastLimit(in: "a: [1, 2, 3]\n", limit: 4)?.column == 8)
        #expect(ValueScanner.firstValuePastLimit(in: "a: [1, 2, 3]\n", limit: 5)?.column == 11)
        #expect(ValueScanner.firstValuePastLimit(in: "a: [1, 2, 3]\n", limit: 6) == nil)
        #expect(ValueScanner.firstValuePastLimit(in: "", limit: 0) == nil)
    }

    @Test func neverCrashesOnGarbage() {
        for text in ["{", "]", ": :", "? ? ?", "\"open", "'open", "[a, {b: ", "- - -", "|", "---\n...\n", "\r\n\r", "\u{0}", "a: &x *y !z"] {
            _ = positions(text)
        }
    }
}
