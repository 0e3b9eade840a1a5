import ArgumentParser
import Foundation
import Lessons
import Player
import Screen

/// `rnnstep handout [PATH] -o FILE.html`: every step's screen with its colours as one printable,
/// self-contained HTML page (see `HandoutPage`).
struct Handout: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every step's screen as a printable HTML page.",
        discussion: """
            One self-contained page (no scripts, no external files) with the screens play shows,
            in colour: every step, and rnn, lstm and gru steps at t = 1, in the middle and at T.
            Quizzes are shown unanswered; their answers are listed at the end.
            -o - writes the page to standard output.
            """)

    @Argument(help: "A lesson file or a folder of lessons; without one ./lessons, else the built-in deck.",
              completion: .file(extensions: ["yaml", "yml"]))
    var path: String?

    @Option(name: [.short, .customLong("output")], help: "The HTML file to write (- for standard output).",
            completion: .file(extensions: ["html", "htm"]))
    var output: String

    @Option(name: .long, help: "Screen size as COLSxROWS.")
    var size: String = "100x30"

    @Option(name: .long, help: "Language (default: from LANG).")
    var lang: Language?

    func validate() throws {
        let screen = try ScreenArguments.size(size)
        if screen.width < Player.minimumSize.width || screen.height < Player.minimumSize.height {
            throw ValidationError("--size must be at least \(Player.minimumSize.width)x\(Player.minimumSize.height) for a handout (smaller screens only say they are too small); found '\(size)'")
        }
        if output.isEmpty { throw ValidationError("-o takes a file name, or - for standard output") }
    }

    func run() throws {
        let lessons = try DeckLoading.loadDeck(path.map { [$0] } ?? []).lessons
        let state = PlayerState(deck: lessons, language: DisplayOptions.language(lang), size: try ScreenArguments.size(size),
                                colorMode: .truecolor, ascii: false)
        let page = HandoutPage(start: state).html()
        if output == "-" {
            Output.out(page)
            return
        }
        do {
            // Written to a temporary file beside it and renamed: never half a page.
            try Data(page.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw Failure(message: "\(TextWidth.sanitized(output)):1:1: error: cannot write the handout: \(error.localizedDescription)")
        }
        Output.err("wrote \(TextWidth.sanitized(output)): \(lessons.count) lessons, \(lessons.reduce(0) { $0 + $1.steps.count }) steps")
    }
}
