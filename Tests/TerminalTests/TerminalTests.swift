#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Screen
import Testing
@testable import Terminal

/// A curses session writing into a temporary file and reading from a pipe.
final class Harness {
    let outFD: Int32
    let inRead: Int32
    let inWrite: Int32
    let terminal: Terminal

    init(size: Size = Size(width: 80, height: 24), mode: ColorMode = .ansi256) throws {
        var template = Array("/tmp/rnnstep-term-XXXXXX".utf8CString)
        outFD = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(outFD >= 0)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        inRead = fds[0]
        inWrite = fds[1]
        terminal = Terminal(input: inRead, output: outFD, termName: "xterm-256color")
        try terminal.start(colorMode: mode)
        terminal.resize(to: size)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(inWrite, $0.baseAddress, $0.count) }
    }

    /// Everything curses wrote so far.
    func output() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(outFD, $0.baseAddress, $0.count, offset) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
            offset += off_t(n)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func close() {
        terminal.stop()
        Glibc.close(outFD)
        Glibc.close(inRead)
        Glibc.close(inWrite)
    }
}

/// A screen full of coloured cells, like a large heatmap.
private func busyFrame(_ size: Size) -> Frame {
    var frame = Frame(size: size)
    for y in 0..<size.height {
        for x in 0..<size.width {
            let t = Double((x * 7 + y * 13) % 41) / 20 - 1
            frame.set(x: x, y: y, Cell(x % 3 == 0 ? "▀" : " ", style: Style(fg: Palette.diverging.color(normalized: -t), bg: Palette.diverging.color(normalized: t))))
        }
    }
    frame.put("Wx (8, 4)  t = 3/10  한국어", x: 2, y: 0, style: .bold)
    return frame
}

@Suite(.serialized) struct TerminalTests {
    @Test func oneChangedCellWritesFarFewerBytesThanARepaint() throws {
        let h = try Harness()
        defer { h.close() }
        #expect(h.terminal.size == Size(width: 80, height: 24))
        let start = try #require(h.terminal.bytesWritten)
        var frame = busyFrame(h.terminal.size)
        h.terminal.draw(frame)
        let full = try #require(h.terminal.bytesWritten) - start
        frame.set(x: 40, y: 12, Cell("X", style: .bold))
        h.terminal.draw(frame)
        let afterOne = try #require(h.terminal.bytesWritten)
        let one = afterOne - start - full
        h.terminal.draw(frame)
        let unchanged = try #require(h.terminal.bytesWritten) - afterOne
        h.terminal.redraw()
        let repaint = try #require(h.terminal.bytesWritten) - afterOne - unchanged
        print("terminal bytes: full \(full), one cell \(one), unchanged \(unchanged), redraw \(repaint)")
        #expect(full > 1000)
        #expect(one > 0)
        #expect(Double(one) < 0.15 * Double(full))
        #expect(unchanged < 20)
        #expect(Double(repaint) > 0.5 * Double(full))
    }

    @Test func colourPairsAreAllocatedOncePerCombination() throws {
        let h = try Harness(size: Size(width: 20, height: 4))
        defer { h.close() }
        var frame = Frame(size: h.terminal.size)
        let a = Style(fg: .rgb(255, 255, 255), bg: .rgb(0x21, 0x66, 0xAC))
        frame.put("aaaa", x: 0, y: 0, style: a)
        frame.put("bbbb", x: 0, y: 1, style: a)
        frame.put("cc", x: 0, y: 2, style: Style(fg: .rgb(0, 0, 0)))
        h.terminal.draw(frame)
        #expect(h.terminal.allocatedPairs == 2)
        frame.put("dd", x: 5, y: 2, style: a)
        h.terminal.draw(frame)
        #expect(h.terminal.allocatedPairs == 2)
    }

    @Test func keysAndEscapeSequencesBecomeKeys() throws {
        let h = try Harness()
        defer { h.close() }
        h.send("q\u{1B}OC\u{1B}[6~\u{0C}\r")
        var events: [InputEvent] = []
        while let e = h.terminal.readEvent(timeout: 200) { events.append(e) }
        // resize(to:) queues a KEY_RESIZE, reported first.
        #expect(events == [.resize(Size(width: 80, height: 24)), .key(.char("q")), .key(.right), .key(.pageDown), .key(.ctrl("l")), .key(.enter)])
    }

    @Test func stopIsIdempotentAndRestartWorks() throws {
        let h = try Harness()
        h.terminal.stop()
        h.terminal.stop()
        #expect(!h.terminal.isActive)
        try h.terminal.start(colorMode: ColorMode.none)
        #expect(h.terminal.colorMode == ColorMode.none)
        h.close()
    }

    @Test func stopLeavesTheAlternateScreenAndShowsTheCursor() throws {
        let h = try Harness(size: Size(width: 20, height: 4))
        defer { h.close() }
        var frame = Frame(size: h.terminal.size)
        frame.put("hello", x: 0, y: 0, style: .bold)
        h.terminal.draw(frame)
        let drawn = h.output()
        #expect(drawn.contains("\u{1B}[?1049h"))  // smcup: alternate screen
        #expect(drawn.contains("hello"))
        h.terminal.stop()
        let after = h.output()
        #expect(after.contains("\u{1B}[?1049l"))  // rmcup: main screen back
        #expect(after.contains("\u{1B}[?25h"))    // cnorm: cursor visible
    }

    @Test func colourModeFollowsTheEnvironment() {
        #expect(Terminal.detectColorMode(noColor: "1", colorTerm: "truecolor", colors: 256) == .none)
        #expect(Terminal.detectColorMode(noColor: "", colorTerm: "truecolor", colors: 256) == .truecolor)
        #expect(Terminal.detectColorMode(noColor: nil, colorTerm: "24bit", colors: 256) == .truecolor)
        #expect(Terminal.detectColorMode(noColor: nil, colorTerm: "truecolor", colors: 8) == .ansi16)
        #expect(Terminal.detectColorMode(noColor: nil, colorTerm: nil, colors: 256) == .ansi256)
        #expect(Terminal.detectColorMode(noColor: nil, colorTerm: nil, colors: 16) == .ansi16)
        #expect(Terminal.detectColorMode(noColor: nil, colorTerm: nil, colors: 0) == .none)
    }

    @Test func keyCodesMapToKeys() {
        #expect(Terminal.key(forChar: 3) == .ctrl("c"))
        #expect(Terminal.key(forChar: 127) == .backspace)
        #expect(Terminal.key(forChar: 0xD55C) == .char("한"))
        #expect(Terminal.key(forChar: 27) == .escape)
    }

    @Test func clippingNeverSplitsAWideGrapheme() {
        let cells = [Cell("a"), Cell("한"), Cell("")]
        #expect(Terminal.clipped(cells, to: 2) == [Cell("a"), Cell(" ")])
        #expect(Terminal.clipped(cells, to: 3) == cells)
    }
}
