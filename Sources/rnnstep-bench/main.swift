// rnnstep-bench: in-process frame timings for the performance suite (scripts/bench.sh).
//
//   rnnstep-bench [--advances K] [--rounds R] [--edits T] FILE:COLSxROWS ...
//
// For each workload it loads the lesson with `LessonLoader.load`, goes to its first rnn step and
// times, for K timestep advances (→), `Player.update` + `Player.view` (compute and compose) and `Terminal.draw` (diff + curses
// output, written to a temporary regular file as xterm-256color in 256 colours). When the step has
// fewer than K timesteps it goes back to t = 0 (Home, untimed) and advances again. It prints one
// line per workload: p50/p99 of view, draw and view+draw in microseconds, the median bytes written
// per advance and the bytes of a full repaint (`Terminal.redraw`, Ctrl-L) of the same screen.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Lessons
import Player
import RNNCore
import Screen
import Terminal

@inline(__always) func nowNS() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func percentile(_ values: [UInt64], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    // Nearest rank.
    let rank = max(1, Int((p / 100 * Double(sorted.count)).rounded(.up)))
    return Double(sorted[min(rank, sorted.count) - 1])
}

func fail(_ message: String) -> Never {
    let text = "rnnstep-bench: \(message)\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

var advances = 200
var dumpPath: String?
/// `--edits T`: instead of advances, time what-if edits (inspect mode, cursor on Wx[0,0], `+` and
/// `-` in turn) at timestep T: update (rebuild and recompute through T) + view + draw.
var editAt: Int?
var workloads: [(path: String, size: Size)] = []
var args = CommandLine.arguments.dropFirst()
while let arg = args.popFirst() {
    switch arg {
    case "--advances":
        guard let v = args.popFirst().flatMap({ Int($0) }), v > 0 else { fail("--advances takes a positive number") }
        advances = v
    case "--edits":
        guard let v = args.popFirst().flatMap({ Int($0) }), v > 0 else { fail("--edits takes a timestep") }
        editAt = v
    case "--dump":
        // Writes the bytes of the last timestep advance of each workload to PATH.N (for reading the stream).
        dumpPath = args.popFirst()
    case "-h", "--help":
        print("usage: rnnstep-bench [--advances K] FILE:COLSxROWS ...")
        exit(0)
    default:
        guard let colon = arg.lastIndex(of: ":"), let size = Size(parsing: String(arg[arg.index(after: colon)...])) else {
            fail("expected FILE:COLSxROWS, found \(arg)")
        }
        workloads.append((String(arg[..<colon]), size))
    }
}
if workloads.isEmpty { fail("no workloads; usage: rnnstep-bench [--advances K] FILE:COLSxROWS ...") }

print("workload size T view_p50_us view_p99_us draw_p50_us draw_p99_us frame_p50_us frame_p99_us first_frame_us adv_bytes_median repaint_bytes ratio")
for (path, size) in workloads {
    let lesson: Lesson
    do {
        lesson = try LessonLoader.load(path: path)
    } catch {
        fail("\(path): \(error)")
    }
    var outTemplate = Array("/tmp/rnnstep-bench-XXXXXX".utf8CString)
    let outFD = outTemplate.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard outFD >= 0 else { fail("cannot create a temporary file") }
    outTemplate.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { fail("pipe failed") }
    let terminal = Terminal(input: fds[0], output: outFD, termName: "xterm-256color")
    do { try terminal.start(colorMode: .ansi256) } catch { fail("cannot start curses: \(error)") }
    terminal.resize(to: size)

    var state = PlayerState(deck: [lesson], language: .en, size: size, colorMode: terminal.colorMode)
    var guardSteps = 0
    while state.timestepCount == 0 && guardSteps < lesson.steps.count {
        Player.update(&state, .key(.pageDown))
        guardSteps += 1
    }
    let total = state.timestepCount
    guard total > 0 else { fail("\(path) has no rnn step") }

    // First frame of the step (t = 0): lazily computes nothing but what it shows.
    let f0 = nowNS()
    terminal.draw(Player.view(state))
    let firstFrame = nowNS() - f0

    var viewNS: [UInt64] = [], drawNS: [UInt64] = [], frameNS: [UInt64] = [], bytes: [Int] = []
    if let editAt {
        // Untimed: to t, inspect mode, the cursor on Wx[0,0].
        let t = min(editAt, total)
        Player.update(&state, keys: Array(repeating: .right, count: t) + [.enter, .tab])
        terminal.draw(Player.view(state))
        for k in 0..<advances {
            let t0 = nowNS()
            Player.update(&state, .key(.char(k % 2 == 0 ? "+" : "-")))
            let frame = Player.view(state)
            let t1 = nowNS()
            terminal.draw(frame)
            let t2 = nowNS()
            viewNS.append(t1 - t0)
            drawNS.append(t2 - t1)
            frameNS.append(t2 - t0)
        }
        terminal.stop()
        close(outFD); close(fds[0]); close(fds[1])
        func ms(_ ns: Double) -> String { String(format: "%.2f", ns / 1_000_000) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        print(["edit", name, "\(size.width)x\(size.height)", "t=\(min(editAt, total))",
               "update+view p50 \(ms(percentile(viewNS, 50))) ms", "p99 \(ms(percentile(viewNS, 99))) ms",
               "edit+draw p50 \(ms(percentile(frameNS, 50))) ms", "p99 \(ms(percentile(frameNS, 99))) ms", "max \(ms(Double(frameNS.max() ?? 0))) ms"]
            .joined(separator: " "))
        continue
    }
    viewNS.reserveCapacity(advances); drawNS.reserveCapacity(advances); frameNS.reserveCapacity(advances)
    for _ in 0..<advances {
        if state.timestep >= total {
            Player.update(&state, .key(.home))
            terminal.draw(Player.view(state))
        }
        let before = terminal.bytesWritten ?? 0
        // "view" is the whole pure part of an advance: update (forward pass, pixels) and view.
        let t0 = nowNS()
        Player.update(&state, .key(.right))
        let frame = Player.view(state)
        let t1 = nowNS()
        terminal.draw(frame)
        let t2 = nowNS()
        viewNS.append(t1 - t0)
        drawNS.append(t2 - t1)
        frameNS.append(t2 - t0)
        bytes.append((terminal.bytesWritten ?? 0) - before)
        if let dumpPath {
            var chunk = [UInt8](repeating: 0, count: bytes.last!)
            _ = chunk.withUnsafeMutableBytes { pread(outFD, $0.baseAddress, $0.count, off_t(before)) }
            let fd = open(dumpPath + "." + (path.split(separator: "/").last.map(String.init) ?? "out"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }
    let beforeRepaint = terminal.bytesWritten ?? 0
    terminal.redraw()
    let repaint = (terminal.bytesWritten ?? 0) - beforeRepaint
    terminal.stop()
    close(outFD); close(fds[0]); close(fds[1])

    let medianBytes = bytes.sorted()[bytes.count / 2]
    func us(_ ns: Double) -> String { String(format: "%.1f", ns / 1000) }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    print([name, "\(size.width)x\(size.height)", "\(total)",
           us(percentile(viewNS, 50)), us(percentile(viewNS, 99)),
           us(percentile(drawNS, 50)), us(percentile(drawNS, 99)),
           us(percentile(frameNS, 50)), us(percentile(frameNS, 99)),
           us(Double(firstFrame)),
           "\(medianBytes)", "\(repaint)",
           String(format: "%.3f", Double(medianBytes) / Double(max(1, repaint)))].joined(separator: " "))
}
