import Lessons
import Player
import RNNCore
import Screen
import Testing
@testable import Terminal

/// Counts what the terminal layer writes for the player's real screens. An extension of the
/// serialized `TerminalTests` suite: curses is global state, so no two sessions may overlap.
extension TerminalTests {
    static let chapterLesson = Lesson(path: "rnn.yaml", title: LocalizedText("NumPy RNN"), steps: [
        Step(kind: .rnn(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8)), position: SourcePosition(line: 1, column: 1)),
    ])

    @Test(arguments: [ColorMode.ansi256, .ansi16, .none])
    func aTimestepAdvanceWritesFarLessThanARepaint(mode: ColorMode) throws {
        let h = try Harness(size: Size(width: 120, height: 40), mode: mode)
        defer { h.close() }
        var state = PlayerState(deck: [Self.chapterLesson], language: .en)
        Player.update(&state, keys: [.right, .right])
        h.terminal.draw(Player.view(state, size: h.terminal.size, mode: h.terminal.colorMode))
        let before = try #require(h.terminal.bytesWritten)
        Player.update(&state, .key(.right))
        h.terminal.draw(Player.view(state, size: h.terminal.size, mode: h.terminal.colorMode))
        let afterStep = try #require(h.terminal.bytesWritten)
        h.terminal.redraw()
        let afterRepaint = try #require(h.terminal.bytesWritten)
        let step = afterStep - before
        let repaint = afterRepaint - afterStep
        print("bytes (\(mode.rawValue), 120x40): timestep advance \(step), full repaint \(repaint), ratio \(Double(step) / Double(repaint))")
        #expect(step > 0)
        // Only the cells that change are written: the new vectors, one history row, the numbers.
        #expect(Double(step) < 0.5 * Double(repaint))
    }
}

