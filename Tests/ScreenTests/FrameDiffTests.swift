import Testing
@testable import Screen

@Suite struct FrameDiffTests {
    func frame(_ lines: [String]) -> Frame {
        var f = Frame(size: Size(width: 6, height: lines.count))
        for (y, line) in lines.enumerated() { f.put(line, x: 0, y: y) }
        return f
    }

    @Test func equalFramesHaveNoRuns() {
        let f = frame(["abc", "def"])
        #expect(FrameDiff.runs(from: f, to: f).isEmpty)
    }

    @Test func noPreviousOrANewSizeMeansEverything() {
        let f = frame(["abc", "def"])
        let all = FrameDiff.runs(from: nil, to: f)
        #expect(all.map { "\($0.y):\($0.x)+\($0.cells.count)" } == ["0:0+6", "1:0+6"])
        #expect(FrameDiff.runs(from: Frame(size: Size(width: 3, height: 2)), to: f).count == 2)
    }

    @Test func changedCellsBecomeRuns() {
        let a = frame(["abcdef", "ghijkl"])
        var b = a
        b.put("X", x: 1, y: 0)
        b.put("YZ", x: 3, y: 0)
        b.restyle(Rect(x: 5, y: 1, width: 1, height: 1)) { $0.attributes.insert(.bold) }
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs.map { "\($0.y):\($0.x) " + $0.cells.map(\.text).joined() } == ["0:1 X", "0:3 YZ", "1:5 l"])
        #expect(FrameDiff.cellCount(runs) == 4)
    }

    @Test func runsKeepWideGraphemesWhole() {
        let a = frame(["ab한cd"])
        var b = a
        b.restyle(Rect(x: 3, y: 0, width: 1, height: 1)) { $0.attributes.insert(.bold) }
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.map(\.text) == ["한", ""])
        var c = a
        c.put("x", x: 2, y: 0)
        #expect(FrameDiff.runs(from: a, to: c).map { "\($0.x) " + $0.cells.map(\.text).joined(separator: "|") } == ["2 x| "])
    }
}

/// The diff against a blank screen (a terminal just erased) writes only what is not blank.
@Suite struct FrameDiffFromBlankTests {
    @Test func onlyCellsThatAreNotBlankAreWritten() {
        var f = Frame(size: Size(width: 8, height: 3))
        _ = f.put("ab", x: 1, y: 0)
        _ = f.put("c", x: 6, y: 2, style: Style(fg: .rgb(1, 2, 3), bg: .default, attributes: []))
        _ = f.put(" ", x: 3, y: 1, style: Style(fg: .default, bg: .rgb(9, 9, 9), attributes: []))
        let runs = FrameDiff.runs(fromBlank: f).map { "\($0.y):\($0.x) " + $0.cells.map(\.text).joined() }
        #expect(runs == ["0:1 ab", "1:3  ", "2:6 c"])
    }

    @Test func aBlankFrameNeedsNothing() {
        #expect(FrameDiff.runs(fromBlank: Frame(size: Size(width: 5, height: 2))).isEmpty)
    }

    @Test func wideGraphemesStayWhole() {
        var f = Frame(size: Size(width: 6, height: 1))
        _ = f.put("한", x: 2, y: 0)
        let runs = FrameDiff.runs(fromBlank: f)
        #expect(runs.map(\.x) == [2])
        #expect(runs.first?.cells.map(\.text) == ["한", ""])
    }

    @Test func itIsTheDiffFromABlankFrame() {
        var f = Frame(size: Size(width: 10, height: 4))
        _ = f.put("x 한 y", x: 2, y: 1)
        _ = f.put("**", x: 0, y: 3, style: Style(fg: .rgb(200, 0, 0), bg: .default, attributes: .bold))
        #expect(FrameDiff.runs(fromBlank: f) == FrameDiff.runs(from: Frame(size: f.size), to: f))
    }
}
