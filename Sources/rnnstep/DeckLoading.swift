import Foundation
import Lessons
import Screen

/// Reads lesson files and folders for every command, printing diagnostics the same way.
enum DeckLoading {
    /// The chapter's deck: `./lessons`, else the `lessons` folder of the package the binary was built in.
    static func defaultPaths() throws -> [String] {
        let fm = FileManager.default
        if fm.fileExists(atPath: "lessons") { return ["lessons"] }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("lessons")
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return [candidate.path] }
            dir = dir.deletingLastPathComponent()
        }
        throw Failure(message: "rnnstep: error: no lessons/ folder here; give lesson files or folders, e.g. `rnnstep play lessons`")
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
              let lesson = try? LessonLoader.load(path: first) else { return nil }
        return DeckStart(first: lesson, rest: Array(files.dropFirst()))
    }

    /// Loads every lesson of `paths` without printing: the valid lessons and every error found,
    /// in file order.
    static func collect(_ paths: [String]) -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        let (files, problems) = LessonLoader.deckPaths(paths)
        var lessons: [Lesson] = []
        var diagnostics = problems
        for file in files {
            switch Result(catching: { () throws(DiagnosticList) -> Lesson in try LessonLoader.load(path: file) }) {
            case .success(let lesson):
                lessons.append(lesson)
            case .failure(let list):
                diagnostics += list.diagnostics
            }
        }
        return (lessons, diagnostics)
    }
}
