import ArgumentParser
import Foundation
import Lessons
import Player
import Screen
import Terminal

/// `rnnstep play PATH…` (and bare `rnnstep`): the lessons in the terminal.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open lessons in the terminal (default: lessons/).")

    @Argument(help: "Lesson files or folders (default: lessons/).")
    var paths: [String] = []

    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Reload lessons as they change; e lists the errors.")
    var watch = false

    func run() throws {
        try Play.open(paths, color: display.color, language: display.language, watch: watch)
    }

    /// Runs `play` (also reached without ArgumentParser, see `QuickPlayArguments`).
    static func open(_ paths: [String], color: ColorMode?, language: Language, watch: Bool) throws {
        let paths = paths.isEmpty ? try DeckLoading.defaultPaths() : paths
        // Watching starts even from broken files (shown as their errors until a good save).
        let watcher = watch ? LessonWatcher(paths: paths) : nil
        var start: DeckStart?
        let lessons: [Lesson]
        if let watcher, !watcher.files.isEmpty {
            let (_, missing) = LessonLoader.deckPaths(paths)
            missing.forEach(DeckLoading.report)
            if !missing.isEmpty { throw Failure(message: "") }
            lessons = watcher.deck
        } else {
            // With a terminal, the first lesson is read before the first frame and the rest right
            // after it (`DeckStart`); otherwise, or when the start finds a problem, all at once.
            start = (try? Play.requireTerminal()) == nil ? nil : DeckLoading.start(LessonLoader.deckPaths(paths))
            lessons = start == nil ? try DeckLoading.load(paths) : []
        }
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
        if let watcher {
            state.problem = watcher.problemLine()
            state.problems = watcher.problemList()
        }
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
