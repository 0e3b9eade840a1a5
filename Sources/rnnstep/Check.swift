import ArgumentParser
import Foundation
import Lessons
import RNNCore

/// `rnnstep check PATH… [--format text|json]`: validates lessons and warns about steps that work
/// but teach badly. Exit 1 on any error; warnings alone exit 0.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate lessons; print each problem's position.",
        discussion: """
            Errors make a lesson invalid (exit 1).
            Warnings (exit 0) point at things that work but teach badly:
            a step that does not fit an 80x24 terminal,
            a text in one language only, quiz choices that repeat.
            The last line counts lessons, steps, errors and warnings.
            --format json prints one array of
            {path, line, column, severity, message} objects on stdout instead.
            """)

    /// How diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Lesson files or folders of lessons.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Option(name: .long, help: "Lines on stderr, or one JSON array on stdout.")
    var format: Format = .text

    func run() throws {
        let (lessons, errors) = DeckLoading.collect(paths)
        var diagnostics = errors
        for lesson in lessons {
            diagnostics += Check.warnings(for: lesson)
        }
        diagnostics = Check.ordered(diagnostics)
        switch format {
        case .json:
            Output.out(Check.json(diagnostics).rendered() + "\n")
        case .text:
            diagnostics.forEach(DeckLoading.report)
        }
        let files = LessonLoader.deckPaths(paths).0.count
        if format == .text, files > 0 {
            Output.err(Check.summaryLine(files: files, steps: lessons.reduce(0) { $0 + $1.steps.count },
                                         errors: errors.count, warnings: diagnostics.count - errors.count))
        }
        if !errors.isEmpty { throw Failure(message: "") }
        if lessons.isEmpty {
            throw Failure(message: "rnnstep: error: no lesson files (*.yaml) in \(paths.joined(separator: " "))")
        }
    }

    /// "7 lessons, 41 steps: 2 errors, 1 warning", or "…: ok" with no problems. Steps count the
    /// valid lessons only (a broken file has none that can be shown).
    static func summaryLine(files: Int, steps: Int, errors: Int, warnings: Int) -> String {
        var problems: [String] = []
        if errors > 0 { problems.append(Plural.count(errors, "error")) }
        if warnings > 0 { problems.append(Plural.count(warnings, "warning")) }
        return "\(Plural.count(files, "lesson")), \(Plural.count(steps, "step")): "
            + (problems.isEmpty ? "ok" : problems.joined(separator: ", "))
    }

    /// Every warning for a valid lesson: those its parse found (languages, quiz choices) and the
    /// fit at 80×24.
    static func warnings(for lesson: Lesson) -> [Diagnostic] {
        lesson.warnings + FitWarnings.check(lesson)
    }

    /// Diagnostics grouped by file (in the order files first appear), by position within a file.
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for d in diagnostics where fileOrder[d.path] == nil { fileOrder[d.path] = fileOrder.count }
        return diagnostics.enumerated().sorted {
            (fileOrder[$0.element.path]!, $0.element.line, $0.element.column, $0.offset)
                < (fileOrder[$1.element.path]!, $1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }

    /// `[{path, line, column, severity, message}, …]`.
    static func json(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(diagnostics.map {
            .object([("path", .string($0.path)), ("line", .int($0.line)), ("column", .int($0.column)),
                     ("severity", .string($0.severity.rawValue)), ("message", .string($0.message))])
        })
    }
}
