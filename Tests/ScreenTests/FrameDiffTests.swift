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
