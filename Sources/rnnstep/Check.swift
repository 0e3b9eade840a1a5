import ArgumentParser
import Foundation
import Lessons

/// `rnnstep check PATH… [--format text|json]`: validates lessons and warns about steps that work
/// but teach badly. Exit 1 on any error; warnings alone exit 0.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate lesson files; print path:line:col: error: … (and warning: …) for each problem.",
        discussion: """
            Errors make a lesson invalid (exit 1). Warnings (exit 0) point at things that work but teach
            badly: a step that does not fit an 80×24 terminal, a {ko, en} text with one language only,
            quiz choices that repeat. --format json prints one array of
            {path, line, column, severity, message} objects on stdout instead.
            """)

    /// How diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Lesson files or folders of lessons.")
    var paths: [String]

    @Option(name: .long, help: "text (path:line:col: … lines on stderr) or json (an array on stdout).")
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
        let warningCount = diagnostics.filter { $0.severity == .warning }.count
        if !errors.isEmpty { throw Failure(message: "") }
        if lessons.isEmpty {
            throw Failure(message: "rnnstep: error: no lesson files (*.yaml) in \(paths.joined(separator: " "))")
        }
        if format == .text {
            let steps = lessons.reduce(0) { $0 + $1.steps.count }
            let warned = warningCount == 0 ? "" : " (\(warningCount) warning\(warningCount == 1 ? "" : "s"))"
            Output.err("\(lessons.count) lesson\(lessons.count == 1 ? "" : "s"), \(steps) steps: ok\(warned)")
        }
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
