import Foundation
import Lessons
import Screen

/// Reads lesson files and folders for every command, printing diagnostics the same way.
enum DeckLoading {
    /// The folder `rnnstep`, `play` and `render` open when given no path: `./lessons` when it
    /// exists, else nil, which means the deck built into the binary (`BuiltInDeck`).
    static func defaultPaths() -> [String]? {
        var info = stat()  // stat(2), as FileManager.fileExists does (following links)
        if stat("lessons", &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return ["lessons"] }
        return nil
    }

    /// Loads `paths`, or with no paths the default deck (`./lessons`, else the built-in one).
    /// Returns the lessons and the deck's key for resume state: the absolute paths, or "built-in".
    static func loadDeck(_ paths: [String]) throws -> (lessons: [Lesson], key: String) {
        let chosen = paths.isEmpty ? defaultPaths() : paths
        guard let chosen else { return (try builtIn(), BuiltInDeck.name) }
        return (try load(chosen), key(for: chosen))
    }

    /// The built-in deck (valid by test; a failure is reported like a broken file).
    static func builtIn() throws -> [Lesson] {
        switch Result(catching: { () throws(DiagnosticList) -> [Lesson] in try BuiltInDeck.lessons() }) {
        case .success(let lessons):
            return lessons
        case .failure(let list):
            list.diagnostics.forEach(report)
            throw Failure(message: "")
        }
    }

    /// The key under which a deck of `paths` keeps its resume state: each path made absolute
    /// and standardized, joined by newlines.
    static func key(for paths: [String]) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return paths.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL.path }
            .joined(separator: "\n")
    }

    /// Prints one diagnostic on stderr, with any control characters from the file made visible.
    static func report(_ diagnostic: Diagnostic) {
        Output.err(TextWidth.sanitized(diagnostic.description))
    }

    /// Loads every lesson of `paths` (folders expand to their lesson files in name order).
    /// Prints all diagnostics and throws `Failure` when any lesson is invalid.
    static func load(_ paths: [String]) throws -> [Lesson] {
        let (lessons, diagnostics) = collect(paths)
        diagnostics.forEach(report)
        if !diagnostics.isEmpty { throw Failure(message: "") }
        if lessons.isEmpty {
            throw Failure(message: "rnnstep: error: no lesson files (*.yaml) in \(paths.joined(separator: " "))")
        }
        return lessons
    }

    /// Reads only the first lesson of a deck (`LessonLoader.deckPaths`' files and problems; see `DeckStart`). Nil when reading everything at
    /// once must decide instead: a path that does not exist or a folder without lessons, no
    /// files, or a first lesson with errors; `load` then reports every problem as before.
    static func start(_ deck: (files: [String], problems: [Diagnostic])) -> DeckStart? {
        let (files, problems) = deck
        guard problems.isEmpty, let first = files.first,
              let lesson = try? LessonLoader.load(path: first, hereIfRoom: true) else { return nil }
        let rest = Array(files.dropFirst())
        return DeckStart(first: lesson, restCount: rest.count, readRest: { collect(rest) })
    }

    /// Reads only the first lesson of the built-in deck (see `DeckStart`); nil when it has errors
    /// (a test keeps the deck valid), and `builtIn()` then reports them.
    static func startBuiltIn() -> DeckStart? {
        let files = BuiltInDeck.files
        guard let file = files.first,
              let lesson = try? LessonLoader.parse(file.text, path: BuiltInDeck.name + "/" + file.name, hereIfRoom: true)
        else { return nil }
        let rest = Array(files.dropFirst())
        return DeckStart(first: lesson, restCount: rest.count, readRest: {
            gather(rest) { file throws(DiagnosticList) in try LessonLoader.parse(file.text, path: BuiltInDeck.name + "/" + file.name) }
        })
    }

    /// Reads every item with `read`: the lessons read, and every diagnostic found, in order.
    static func gather<Item>(_ items: [Item], _ read: (Item) throws(DiagnosticList) -> Lesson)
        -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        var lessons: [Lesson] = []
        var diagnostics: [Diagnostic] = []
        for item in items {
            switch Result(catching: { () throws(DiagnosticList) -> Lesson in try read(item) }) {
            case .success(let lesson): lessons.append(lesson)
            case .failure(let list): diagnostics += list.diagnostics
            }
        }
        return (lessons, diagnostics)
    }

    /// Loads every lesson of `paths` without printing: the valid lessons and every error found,
    /// in file order. Never inlined: `scripts/startup_instructions.sh` stops counting at its call.
    @inline(never)
    static func collect(_ paths: [String]) -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        let (files, problems) = LessonLoader.deckPaths(paths)
        let (lessons, diagnostics) = gather(files) { file throws(DiagnosticList) in try LessonLoader.load(path: file) }
        return (lessons, problems + diagnostics)
    }
}
