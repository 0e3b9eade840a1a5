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

    func run() throws {
        let lessons = try DeckLoading.load(paths.isEmpty ? try DeckLoading.defaultPaths() : paths)
        try Play.requireTerminal()
        let terminal = Terminal()
        do {
            try terminal.start(colorMode: display.color)
        } catch {
            throw Failure(message: "rnnstep: error: cannot start the terminal (\(error)); `rnnstep render PATH` prints a screen without one")
        }
        defer { terminal.stop() }
        var state = PlayerState(deck: lessons, language: display.language)
        Play.loop(&state, terminal, ascii: !LocaleInfo.isUTF8())
    }

    /// Draws, waits for a key (or the auto-advance timer) and updates until the user quits.
    static func loop(_ state: inout PlayerState, _ terminal: Terminal, ascii: Bool) {
        var failedReads = 0
        while !state.quit {
            if state.redrawRequested {
                state.redrawRequested = false
                terminal.redraw()
            }
            terminal.draw(Player.view(state, size: terminal.size, mode: terminal.colorMode, ascii: ascii))
            let timeout: Int32? = state.playing ? Int32(Player.tickInterval(state)) : nil
            switch terminal.readEvent(timeout: timeout) {
            case .key(let key)?:
                failedReads = 0
                Player.update(&state, .key(key))
            case .resize?:
                failedReads = 0
            case nil:
                if state.playing {
                    Player.update(&state, .tick)
                } else {
                    // A blocking read that keeps failing means the terminal went away.
                    failedReads += 1
                    if failedReads > 100 { return }
                }
            }
        }
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
