import ArgumentParser
import Foundation
import Lessons
import Player
import Screen
import Terminal

/// `rnnstep play PATH…` (and bare `rnnstep`): the lessons in the terminal.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open lessons in the terminal (default: ./lessons, else the built-in deck).")

    @Argument(help: "Lesson files or folders (default: ./lessons, else the built-in deck).")
    var paths: [String] = []

    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Reload lessons as they change; e lists the errors.")
    var watch = false

    func run() throws {
        let paths = self.paths.isEmpty ? DeckLoading.defaultPaths() : self.paths
        if watch && paths == nil {
            throw Failure(message: "rnnstep: error: --watch needs lesson files: the built-in deck cannot change; `rnnstep lessons export DIR` writes it out to edit")
        }
        // Watching starts even from broken files (shown as their errors until a good save).
        let watcher = watch ? paths.map { LessonWatcher(paths: $0) } : nil
        let lessons: [Lesson]
        if let watcher, let paths, !watcher.files.isEmpty {
            let (_, missing) = LessonLoader.deckPaths(paths)
            missing.forEach(DeckLoading.report)
            if !missing.isEmpty { throw Failure(message: "") }
            lessons = watcher.deck
        } else {
            lessons = try DeckLoading.loadDeck(paths ?? []).lessons
        }
        try Play.requireTerminal()
        let terminal = Terminal()
        do {
            try terminal.start(colorMode: display.color)
        } catch {
            throw Failure(message: "rnnstep: error: cannot start the terminal (\(error)); `rnnstep render PATH` prints a screen without one")
        }
        var state = PlayerState(deck: lessons, language: display.language, size: terminal.size,
                                colorMode: terminal.colorMode, ascii: !LocaleInfo.isUTF8())
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
