import ArgumentParser
import Lessons

/// `rnnstep check PATH…`: validates lessons; diagnostics on stderr, exit 1 on any error.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate lesson files; print path:line:col: error: … for each problem.")

    @Argument(help: "Lesson files or folders of lessons.")
    var paths: [String]

    func run() throws {
        let lessons = try DeckLoading.load(paths)
        let steps = lessons.reduce(0) { $0 + $1.steps.count }
        Output.err("\(lessons.count) lesson\(lessons.count == 1 ? "" : "s"), \(steps) steps: ok")
    }
}
