#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Screen

/// The curses-backed terminal: starts and restores the screen, maps colours to pairs, writes only
/// the cells that changed between frames, and reads keys and resizes.
///
/// Modes: `cbreak` (not `raw`), so Ctrl-C raises SIGINT. SIGINT, SIGTERM, SIGHUP and SIGQUIT only
/// record the signal (`pendingSignal`); the play loop then stops, the caller restores the terminal
/// and exits with the usual 128 + signal (`exit(bySignal:)`), because `endwin` is not
/// async-signal-safe. The crash signals (SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE) restore
/// the terminal inside the handler, the last chance to, and re-raise. An `atexit` hook restores it
/// on any other exit.
/// Truecolor frames are written by the terminal itself (cursor moves and 24-bit SGR for the changed
/// runs, straight to the output descriptor), because curses can only draw palette colours; curses
/// still owns input, modes and resizes. Other modes draw through curses and its colour pairs.
///
/// Not thread-safe (curses is not): use one `Terminal` from one thread.
public final class Terminal: TerminalBackend {
    /// The colour mode chosen by `start`.
    public private(set) var colorMode: ColorMode = .none
    /// The screen size in cells.
    public private(set) var size = Size(width: 0, height: 0)
    /// True between `start` and `stop`.
    public private(set) var isActive = false
    /// Colour pairs allocated so far (pair 0, the default colours, not counted).
    public var allocatedPairs: Int { pairs.count }

    private let inputFD: Int32?
    private let outputFD: Int32?
    private let termName: String?
    private var inFile: UnsafeMutablePointer<FILE>?
    private var outFile: UnsafeMutablePointer<FILE>?
    private var screen: OpaquePointer?
    private var lastFrame: Frame?
    /// Pair numbers by colours, keyed `fg << 32 | bg` (see `pair(fg:bg:)`). An `Int` key rather than
    /// a struct of its own: the first dictionary of a new key type costs a scan of every protocol
    /// conformance in the binary (about 0.36 M instructions, before the first frame;
    /// docs/performance.md), and `Int` keys are known already.
    private var pairs: [Int: Int32] = [:]
    private var colors: Int = 0
    private var maxPairs: Int = 0
    private var startOffset: Int64 = 0

    /// A terminal on `input`/`output` file descriptors (default: `/dev/tty` for both), with
    /// terminal type `termName` (default: `$TERM`). The descriptors stay owned by the caller.
    public init(input: Int32? = nil, output: Int32? = nil, termName: String? = nil) {
        inputFD = input
        outputFD = output
        self.termName = termName
    }

    deinit { stop() }

    /// Bytes written to the output since `start`, when the output is a regular file (tests,
    /// captures); nil for terminals and pipes, whose position cannot be read.
    public var bytesWritten: Int? {
        guard let outFile else { return nil }
        let offset = rs_fd_offset(fileno(outFile))
        return offset < 0 ? nil : Int(offset - startOffset)
    }

    /// The colour mode for an environment: none when `NO_COLOR` is set (non-empty), truecolor when
    /// `COLORTERM` is `truecolor`/`24bit` and 256 colours exist, else 256, 16 (8 or more colours)
    /// or none.
    public static func detectColorMode(noColor: String?, colorTerm: String?, colors: Int) -> ColorMode {
        if let noColor, !noColor.isEmpty { return .none }
        let ct = colorTerm?.lowercased() ?? ""
        if (ct == "truecolor" || ct == "24bit"), colors >= 256 { return .truecolor }
        if colors >= 256 { return .ansi256 }
        if colors >= 8 { return .ansi16 }
        return .none
    }

    /// Enters curses mode. `colorMode` forces a mode (it is lowered to what the terminal can
    /// show); nil detects it from `NO_COLOR`, `COLORTERM` and the terminal's colour count.
    public func start(colorMode requested: ColorMode? = nil) throws(TerminalError) {
        guard !isActive else { return }
        setlocale(LC_ALL, "")
        inFile = try open(inputFD, mode: "r")
        outFile = try open(outputFD, mode: "w")
        startOffset = max(0, rs_fd_offset(fileno(outFile)))
        let name = termName ?? env("TERM") ?? "xterm"
        guard let scr = newterm(name, outFile, inFile) else {
            closeFiles()
            throw .cannotStart("unknown terminal type \(name)")
        }
        screen = scr
        set_term(scr)
        isActive = true
        rs_set_active(1)
        rs_install_handlers()
        cbreak()
        noecho()
        nonl()
        intrflush(rs_stdscr(), false)
        keypad(rs_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(rs_colors())
            maxPairs = Int(rs_color_pairs())
        }
        let detected = Terminal.detectColorMode(noColor: env("NO_COLOR"), colorTerm: env("COLORTERM"), colors: colors)
        colorMode = requested.map { Terminal.lower($0, to: Terminal.detectColorMode(noColor: nil, colorTerm: "truecolor", colors: colors)) } ?? detected
        pairs = [:]
        lastFrame = nil
        updateSize()
    }

    /// Leaves curses mode and restores the terminal (echo, line mode, cursor, main screen).
    /// Safe to call more than once.
    public func stop() {
        guard isActive else { return }
        isActive = false
        rs_restore_terminal()
        rs_remove_handlers()
        if let screen { delscreen(screen) }
        screen = nil
        closeFiles()
        lastFrame = nil
    }

    /// Draws `frame`, writing only the cells that differ from the last frame drawn (everything
    /// after a size change or `redraw`).
    public func draw(_ frame: Frame) {
        guard isActive else { return }
        if colorMode == .truecolor {
            drawDirect(frame)
            return
        }
        let runs: [FrameDiff.Run]
        if let lastFrame, lastFrame.size == frame.size {
            runs = FrameDiff.runs(from: lastFrame, to: frame)
        } else {
            // A first frame or a new size: forget every cell, including those outside the new
            // frame; curses' window is then blank, so only the cells that are not are written.
            werase(rs_stdscr())
            runs = FrameDiff.runs(fromBlank: frame)
        }
        write(runs, clipTo: frame.size)
        lastFrame = frame
        wrefresh(rs_stdscr())
    }

    /// Repaints the whole screen from scratch (Ctrl-L).
    public func repaint() { redraw() }

    /// Repaints the whole screen from scratch (Ctrl-L).
    public func redraw() {
        guard isActive else { return }
        if colorMode == .truecolor {
            // The next draw clears and writes every cell.
            if let frame = lastFrame {
                lastFrame = Frame(size: Size(width: 0, height: 0))
                drawDirect(frame)
            }
            return
        }
        clearok(rs_curscr(), true)
        if let frame = lastFrame {
            lastFrame = nil
            draw(frame)
        } else {
            wrefresh(rs_stdscr())
        }
    }

    /// Waits up to `timeout` milliseconds (forever when nil) for input. An error long before the
    /// timeout (or from a read without one) is a failed read, unless a stop signal interrupted it.
    public func read(timeout: Int?) -> ReadResult {
        let asked = now()
        if let event = readEvent(timeout: timeout.map { Int32(clamping: $0) }) { return .event(event) }
        if pendingSignal() != nil { return .failed }
        guard let timeout else { return .failed }
        return now() - asked < Double(timeout) / 4 ? .failed : .timeout
    }

    /// The stop signal received since `start`, if any (SIGINT, SIGTERM, SIGHUP or SIGQUIT).
    public func pendingSignal() -> Int32? {
        let signal = rs_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Milliseconds on the monotonic clock.
    public func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    /// Ends the process the way `signal` would have, after the terminal was restored: the
    /// default action is put back and the signal raised again, so the exit status is 128 + n.
    public static func exit(bySignal signal: Int32) -> Never {
        rs_raise_default(signal)
        fatalError("unreachable: rs_raise_default ends the process")
    }

    /// Waits up to `timeout` milliseconds (forever when nil) for a key or a resize; nil on timeout
    /// or error.
    public func readEvent(timeout: Int32? = nil) -> InputEvent? {
        guard isActive else { return nil }
        wtimeout(rs_stdscr(), timeout ?? -1)
        var ch: wint_t = 0
        let rc = wget_wch(rs_stdscr(), &ch)
        if rc == rs_err() { return nil }
        if rc == rs_key_code_yes() {
            if Int32(ch) == rs_key_resize() {
                updateSize()
                // Terminals reflow their contents on resize: repaint everything next time.
                lastFrame = nil
                if colorMode != .truecolor { clearok(rs_curscr(), true) }
                return .resize(size)
            }
            return Terminal.key(forCode: Int32(ch)).map { .key($0) }
        }
        return Terminal.key(forChar: UInt32(ch)).map { .key($0) }
    }

    /// Sets the screen size (as after a resize); for tests and terminals that do not report it.
    public func resize(to newSize: Size) {
        guard isActive else { return }
        resizeterm(Int32(newSize.height), Int32(newSize.width))
        updateSize()
    }

    // MARK: - Output

    private func write(_ runs: [FrameDiff.Run], clipTo frameSize: Size) {
        let win = rs_stdscr()
        var current: Style? = nil
        var buffer: [wchar_t] = []
        for run in runs where run.y < size.height && run.x < size.width {
            let cells = Terminal.clipped(run.cells, to: size.width - run.x)
            wmove(win, Int32(run.y), Int32(run.x))
            var i = 0
            while i < cells.count {
                let style = cells[i].style
                buffer.removeAll(keepingCapacity: true)
                while i < cells.count, cells[i].style == style {
                    let cell = cells[i]
                    i += 1
                    if cell.isContinuation { continue }
                    // Most cells hold one printable ASCII character, which needs no sanitizing.
                    let utf8 = cell.text.utf8
                    if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
                        buffer.append(wchar_t(byte))
                        continue
                    }
                    for s in TextWidth.sanitized(cell.text).unicodeScalars { buffer.append(wchar_t(bitPattern: s.value)) }
                }
                if style != current {
                    apply(style)
                    current = style
                }
                buffer.withUnsafeBufferPointer { p in
                    _ = waddnwstr(win, p.baseAddress, Int32(p.count))
                }
            }
        }
        rs_set_style(win, rs_a_normal(), 0)
    }

    /// Writes the changed runs with cursor moves and 24-bit SGR sequences, bypassing curses' screen
    /// (which cannot hold 24-bit colours). After a size change or a repaint, clears first.
    private func drawDirect(_ frame: Frame) {
        guard let outFile else { return }
        var out = ""
        if lastFrame?.size != frame.size {
            // Let curses do first whatever clearing it has pending (its first refresh after start
            // or a resize clears the screen); its own screen stays blank, so later refreshes
            // (wget_wch does one) write nothing over ours.
            wrefresh(rs_stdscr())
            out += "\u{1B}[0m\u{1B}[H\u{1B}[2J"
        }
        out += DirectOutput.bytes(from: lastFrame?.size == frame.size ? lastFrame : nil, to: frame, limit: size)
        lastFrame = frame
        // curses may hold buffered output of its own: send it first, then ours, in order.
        fflush(outFile)
        var bytes = Array(out.utf8)
        var offset = 0
        let fd = fileno(outFile)
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { DirectOutput.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 {
                if n < 0, errno == EINTR { continue }
                break
            }
            offset += n
        }
    }

    /// The first `width` cells, with a wide grapheme cut by the edge replaced by a space.
    static func clipped(_ cells: [Cell], to width: Int) -> [Cell] {
        guard cells.count > width else { return cells }
        var out = Array(cells.prefix(max(0, width)))
        if let last = out.last, !last.isContinuation, cells[out.count].isContinuation {
            out[out.count - 1] = Cell(" ", style: last.style)
        }
        return out
    }

    private func apply(_ style: Style) {
        var attrs = rs_a_normal()
        if style.attributes.contains(.bold) { attrs |= rs_a_bold() }
        if style.attributes.contains(.dim) { attrs |= rs_a_dim() }
        if style.attributes.contains(.reverse) { attrs |= rs_a_reverse() }
        if style.attributes.contains(.underline) { attrs |= rs_a_underline() }
        if style.attributes.contains(.italic) { attrs |= rs_a_italic() }
        rs_set_style(rs_stdscr(), attrs, pair(fg: index(style.fg), bg: index(style.bg)))
    }

    /// The curses colour number for `color` in the current mode; -1 is the terminal default.
    private func index(_ color: Color) -> Int32 {
        guard case let .rgb(r, g, b) = color else { return -1 }
        switch colorMode {
        case .none:
            return -1
        case .ansi16:
            let i = ColorQuantizer.ansi16Index(r, g, b)
            return Int32(colors >= 16 ? i : i % 8)
        case .ansi256, .truecolor:
            return Int32(ColorQuantizer.xterm256Index(r, g, b))
        }
    }

    /// The colour pair for (fg, bg), allocated on first use and never re-initialised; pair 0
    /// (the defaults) when both are default or the terminal has no pairs left.
    private func pair(fg: Int32, bg: Int32) -> Int32 {
        if fg == -1 && bg == -1 { return 0 }
        let key = Int(fg) << 32 | Int(UInt32(bitPattern: bg))
        if let p = pairs[key] { return p }
        let next = Int32(pairs.count + 1)
        guard Int(next) < maxPairs, init_extended_pair(next, fg, bg) != rs_err() else { return 0 }
        pairs[key] = next
        return next
    }

    // MARK: - Helpers

    private func updateSize() {
        var rows: Int32 = 0, cols: Int32 = 0
        rs_getmaxyx(rs_stdscr(), &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))
    }

    private func open(_ fd: Int32?, mode: String) throws(TerminalError) -> UnsafeMutablePointer<FILE> {
        let file: UnsafeMutablePointer<FILE>?
        if let fd {
            // dup so that fclose does not close the caller's descriptor.
            file = fdopen(dup(fd), mode)
        } else {
            file = fopen("/dev/tty", mode == "r" ? "r" : "w")
        }
        guard let file else {
            closeFiles()
            throw .noTerminal(String(cString: strerror(errno)))
        }
        return file
    }

    private func closeFiles() {
        if let inFile { fclose(inFile) }
        if let outFile { fclose(outFile) }
        inFile = nil
        outFile = nil
    }

    private func env(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func lower(_ mode: ColorMode, to limit: ColorMode) -> ColorMode {
        let order: [ColorMode] = [.none, .ansi16, .ansi256, .truecolor]
        return order.firstIndex(of: mode)! <= order.firstIndex(of: limit)! ? mode : limit
    }
}
