import Foundation
import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// The rnn screen's layout: columns that stay put from t = 1 to T, one width per value for every
/// matrix, numbers in the matrices when they fit, and one history row per timestep when rows are free.
@Suite struct RNNLayoutTests {
    static let sizes = CellDescription.RunSizes(timesteps: 10, inputDim: 4, hiddenUnits: 8)

    static func layout(t: Int, _ width: Int, _ height: Int, mode: ColorMode = .ansi256) -> RNNLayout {
        var state = PlayerState(deck: Decks.chapterRNN, language: .en, size: Size(width: width, height: height), colorMode: mode)
        state.timestep = t
        return RNNLayout(cell: .simpleRNN, sizes: sizes, t: t, area: Player.stepArea(state)!, mode: mode,
                         halfBlocks: true, language: .en)
    }

    @Test(arguments: [(80, 24), (120, 40), (100, 30), (60, 20)])
    func columnsDoNotMoveBetweenTimesteps(width: Int, height: Int) {
        let rects = (1...10).map { t in Self.layout(t: t, width, height).tensors.map(\.rect) }
        for t in 2...10 { #expect(rects[t - 1] == rects[0], "t = \(t) moved a tensor at \(width)×\(height)") }
        // And on screen: t = 9 and t = 10 put every label at the same column.
        func columns(_ t: Int) -> [Int] {
            var s = PlayerState(deck: Decks.chapterRNN, language: .en, size: Size(width: width, height: height), colorMode: .ansi256)
            Player.update(&s, keys: Array(repeating: .right, count: t))
            let text = Player.view(s).lines.joined(separator: "\n")
            return ["Wx (8, 4)", "Wh (8, 8)", "b (8,)"].map { label in
                text.range(of: label).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
            }
        }
        #expect(columns(9) == columns(10))
    }

    @Test func at80x24WhIsTwiceAsWideAsWx() {
        let layout = Self.layout(t: 5, 80, 24)
        let wx = layout.tensors.first { $0.tensor.id == .wx }!, wh = layout.tensors.first { $0.tensor.id == .wh }!
        #expect(wx.heatmap.cellWidth == wh.heatmap.cellWidth)
        #expect(wx.heatmap.cellWidth >= 2)
        #expect(wh.heatmap.displayColumns * wh.heatmap.cellWidth == 2 * wx.heatmap.displayColumns * wx.heatmap.cellWidth)
        // Every value has its own cell: nothing is averaged.
        #expect(!wx.heatmap.isDownsampled && !wh.heatmap.isDownsampled)
    }

    @Test func at120x40TheMatricesShowTheirNumbersAndTheHistoryHasARowPerTimestep() throws {
        var s = PlayerState(deck: Decks.chapterRNN, language: .en, size: Size(width: 120, height: 40), colorMode: .ansi256)
        Player.update(&s, keys: Array(repeating: .right, count: 10))
        let p = try RNNParameters(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8))
        let text = Player.view(s).text
        for value in [p.wx[0, 0], p.wx[7, 3], p.wh[0, 0], p.wh[7, 7]] {
            #expect(text.contains(NumberFormat.compact(value, width: 6, maxDecimals: 3)), "\(value) is not on screen")
        }
        let layout = Self.layout(t: 10, 120, 40)
        #expect(layout.cellWidth >= 5)
        let history = try #require(layout.history)
        #expect(history.rowsPerCell == 1 && !history.halfBlock)
        #expect(history.matrixRows == 10)
        #expect(layout.historyLabels.height == 10)
        let lines = Player.view(s).lines
        let row = try #require(lines.firstIndex { $0.contains("states (10, 8)") })
        #expect(lines[row + 10].contains("10"), "row 10 of the history is labelled: \(lines[row + 10])")
    }

    @Test func theCaptionTagsHPrevAsThePreviousStepsH() {
        var s = PlayerState(deck: Decks.chapterRNN, language: .en, size: Size(width: 120, height: 40))
        Player.update(&s, keys: [.right, .right, .right])
        #expect(Player.view(s).text.contains("(h_2: h_t of t = 2)"))
        s.language = .ko
        #expect(Player.view(s).text.contains("(h_2: t = 2의 h_t)"))
    }

    @Test func thePartialSumScaleComesFromTheRunWhenItIsCheap() throws {
        let p = try RNNParameters(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8))
        let computation = StepComputation(p)
        #expect(computation.ranges.partialsFromData)
        let run = RNNRun(p).completed()
        let largest = run.records.flatMap { $0.wxX + $0.whH + $0.preactivation }.map(abs).max()!
        #expect(computation.ranges.partials == -largest...largest)
        #expect(largest < DisplayRanges(p).partials.upperBound, "the bound is looser than the data")
        let large = try RNNParameters(RNNSpec(timesteps: 300, inputDim: 40, hiddenUnits: 96))
        #expect(!StepComputation(large).ranges.partialsFromData)
        #expect(StepComputation(large).run.computedSteps == 0, "a large run is not computed at opening")
    }

    @Test func onLargeScreensTheCellsGrowTallerAndKeepTheirProportions() {
        let large = Self.layout(t: 5, 200, 60)
        let wx = large.tensors.first { $0.tensor.id == .wx }!
        #expect(wx.heatmap.rowHeight >= 2, "cells grow taller at 200×60")
        #expect(large.tensors.allSatisfy { $0.heatmap.rowHeight == wx.heatmap.rowHeight }, "every tensor grows alike")
        #expect((large.history?.cellWidth ?? 0) > 2, "the history's cells widen too")
        #expect(Self.layout(t: 5, 80, 24).tensors.allSatisfy { $0.heatmap.rowHeight == 1 })
    }
}
