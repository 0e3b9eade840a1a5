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
        try Play.open(paths, color: display.color, language: display.language, watch: watch)
    }

    /// Runs `play` (also reached without ArgumentParser, see `QuickPlayArguments`).
    static func open(_ paths: [String], color: ColorMode?, language: Language, watch: Bool) throws {
        let paths = paths.isEmpty ? try DeckLoading.defaultPaths() : paths
        // The files of the deck, in deck order, as the watcher sees them.
        let deck = LessonLoader.deckPaths(paths)
        let files = deck.0
        // With a terminal, the first lesson is read before the first frame and the rest right
        // after it (`DeckStart`); otherwise, or when the start finds a problem, all at once.
        let start = (try? Play.requireTerminal()) == nil ? nil : DeckLoading.start(deck)
        let lessons = start == nil ? try DeckLoading.load(paths) : []
        try Play.requireTerminal()
        let terminal = Terminal()
        do {
            try terminal.start(colorMode: color)
        } catch {
            throw Failure(message: "rnnstep: error: cannot start the terminal (\(error)); `rnnstep render PATH` prints a screen without one")
        }
        var state = PlayerState(deck: start?.standIn ?? lessons, language: language, size: terminal.size,
                                colorMode: terminal.colorMode, ascii: !LocaleInfo.isUTF8())
        if let start, !start.rest.isEmpty {
            terminal.draw(Player.view(state))  // the first frame; PlayLoop's first draw then changes nothing
            let (deck, diagnostics) = start.complete()
            guard diagnostics.isEmpty else {
                terminal.stop()
                diagnostics.forEach(DeckLoading.report)
                throw Failure(message: "")
            }
            state.deck = deck
        }
        let watcher = watch && files.count == state.deck.count ? LessonWatcher(files: files) : nil
        let loop = PlayLoop(watch: watcher.map { w in { w.poll(&$0) } }, watchInterval: LessonWatcher.pollInterval)
        let outcome: PlayLoop.Outcome
        do {
            outcome = try loop.run(&state, on: terminal)
        } catch {
            terminal.stop()
            throw Failure(message: "rnnstep: error: play stopped: \(error)")
        }
        terminal.stop()
        if case .signal(let number) = outcome { Terminal.exit(bySignal: number) }
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
