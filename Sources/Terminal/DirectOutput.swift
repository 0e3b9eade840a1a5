#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Screen

/// The terminal's own output for truecolor frames (curses cannot draw 24-bit colours): the escape
/// sequences for the changed runs, and a write(2) that does not depend on the C library's name.
enum DirectOutput {
    /// write(2), whichever C library provides it.
    static func write(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, pointer, count)
        #else
        return Darwin.write(fd, pointer, count)
        #endif
    }

    /// The escape sequences that turn `previous` (nil: a blank screen) into `next` on a terminal
    /// of `limit` cells: a cursor move per changed run, a 24-bit SGR sequence per style change,
    /// sanitized text, and a reset at the end.
    static func bytes(from previous: Frame?, to next: Frame, limit: Size) -> String {
        let sgr = ANSIRenderer(mode: .truecolor)
        var out = ""
        var current: Style? = nil
        for run in FrameDiff.runs(from: previous, to: next) where run.y < limit.height && run.x < limit.width {
            let cells = Terminal.clipped(run.cells, to: limit.width - run.x)
            out += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
            for cell in cells where !cell.isContinuation {
                if cell.style != current {
                    out += sgr.sgr(cell.style)
                    current = cell.style
                }
                out += TextWidth.sanitized(cell.text)
            }
        }
        if current != nil { out += "\u{1B}[0m" }
        return out
    }
}
