import ArgumentParser
import Foundation
import Lessons
import Player
import Screen
import Terminal

/// `rnnstep play PATH…` (and bare `rnnstep`): the lessons in the terminal.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open lessons in the terminal (default: the chapter's deck in lessons/).")

    @Argument(help: "Lesson files or folders of lessons (default: lessons/).")
    var paths: [String] = []

    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Reload a lesson file when it changes, staying on the same step and timestep.")
    var watch = false

    func run() throws {
        let paths = self.paths.isEmpty ? try DeckLoading.defaultPaths() : self.paths
        // The files of the deck, in deck order, as the watcher sees them.
        let files = LessonLoader.deckPaths(paths).0
        let lessons = try DeckLoading.load(paths)
        try Play.requireTerminal()
        let terminal = Terminal()
        do {
            try terminal.start(colorMode: display.color)
        } catch {
            throw Failure(message: "rnnstep: error: cannot start the terminal (\(error)); `rnnstep render PATH` prints a screen without one")
        }
        defer { terminal.stop() }
        var state = PlayerState(deck: lessons, language: display.language)
        let watcher = watch && files.count == lessons.count ? LessonWatcher(files: files) : nil
        do {
            try Play.loop(&state, terminal, ascii: !LocaleInfo.isUTF8(), watcher: watcher)
        } catch {
            // The deferred stop restores the terminal before this message is printed by main.
            throw Failure(message: "rnnstep: error: play stopped: \(error)")
        }
    }

    /// Draws, waits for a key (or the auto-advance timer) and updates until the user quits. With
    /// a watcher, also polls the lesson files every `LessonWatcher.pollInterval` milliseconds.
    static func loop(_ state: inout PlayerState, _ terminal: Terminal, ascii: Bool, watcher: LessonWatcher? = nil) throws {
        var fault = FaultInjection.fromEnvironment()
        var failedReads = 0
        // When the next auto-advance tick is due (while playing).
        var nextTick: Date?
        while !state.quit {
            if state.redrawRequested {
                state.redrawRequested = false
                terminal.redraw()
            }
            terminal.draw(Player.view(shown(state, width: terminal.size.width), size: terminal.size, mode: terminal.colorMode,
                                      ascii: ascii))
            try fault?.frameDrawn()
            if state.playing, nextTick == nil {
                nextTick = Date().addingTimeInterval(Double(Player.tickInterval(state)) / 1000)
            } else if !state.playing {
                nextTick = nil
            }
            var timeout: Int32? = nextTick.map { Int32(max(0, min(60_000, $0.timeIntervalSinceNow * 1000))) }
            if watcher != nil { timeout = min(timeout ?? LessonWatcher.pollInterval, LessonWatcher.pollInterval) }
            let asked = Date()
            let event = terminal.readEvent(timeout: timeout)
            // nil long before the timeout (or from a blocking read) means the read failed.
            let failed = event == nil && (timeout.map { Date().timeIntervalSince(asked) * 1000 < Double($0) / 4 } ?? true)
            watcher?.poll(&state)
            switch event {
            case .key(let key)?:
                failedReads = 0
                nextTick = nil
                Player.update(&state, .key(key))
            case .resize?:
                failedReads = 0
            case nil:
                if let due = nextTick, Date() >= due {
                    nextTick = nil
                    Player.update(&state, .tick)
                } else if failed {
                    // A read that keeps failing means the terminal went away.
                    failedReads += 1
                    if failedReads > 100 { return }
                }
            }
        }
    }

    /// The state as drawn: a watched file's problem takes the status line's message place, cut
    /// to the screen's width so that its `file:line:col` start always shows.
    static func shown(_ state: PlayerState, width: Int) -> PlayerState {
        guard let problem = state.problem else { return state }
        var shown = state
        let room = max(10, width - 2)
        var text = ""
        for ch in "✗ " + problem {
            if TextWidth.width(of: text + String(ch)) > room - 1 { text += "…"; break }
            text.append(ch)
        }
        shown.notice = text
        return shown
    }

    /// Refuses to start without a usable terminal, suggesting `render` instead.
    static func requireTerminal() throws {
        let hint = "use `rnnstep render PATH --size 100x30 --keys '<right>'` to print a screen without one"
        guard isatty(STDOUT_FILENO) != 0 else {
            throw Failure(message: "rnnstep: error: play needs a terminal, but standard output is not one; \(hint)")
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            let found = term.isEmpty ? "TERM is not set" : "TERM is dumb"
            throw Failure(message: "rnnstep: error: play needs a terminal that can move the cursor, but \(found); set TERM (e.g. xterm-256color) or \(hint)")
        }
    }
}
