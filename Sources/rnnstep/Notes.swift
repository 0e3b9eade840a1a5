import ArgumentParser
import Foundation
import Lessons
import Player
import Screen
import Terminal

/// `rnnstep notes`: the teacher's screen beside `rnnstep play --present` — the current step's
/// speaker notes, the next step's title, the time since presenting began and the clock,
/// following every move of the presenter.
struct Notes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the speaker notes of a `play --present` in another terminal.",
        discussion: """
            Shows the current lesson and step with its title and notes, the next step's title, the time since presenting began and the clock. Waits for a presentation when none runs, and says when it ends.

            The position is read from $XDG_RUNTIME_DIR/rnnstep/present.json, else from ${TMPDIR:-/tmp}/rnnstep-UID/present.json.

            Keys: ↓ ↑ j k PgDn PgUp scroll the notes, L switches Korean/English, q quits.
            """)

    @Option(name: .long, help: "Language (default: from LANG).")
    var lang: Language?

    @Option(name: .long, help: "How many colours.")
    var color: ColorMode?

    func run() throws {
        let hint = "run it in a terminal beside `rnnstep play --present`"
        guard isatty(STDOUT_FILENO) != 0 else {
            throw Failure(message: "rnnstep: error: notes needs a terminal, but standard output is not one; \(hint)")
        }
        let term = Environment.value("TERM") ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw Failure(message: "rnnstep: error: notes needs a terminal that can move the cursor, but "
                          + (term.isEmpty ? "TERM is not set" : "TERM is dumb") + "; set TERM (e.g. xterm-256color)")
        }
        let channel = PresenterChannel()
        let terminal = Terminal()
        do {
            try terminal.start(colorMode: color)
        } catch {
            throw Failure(message: "rnnstep: error: cannot start the terminal (\(error))")
        }
        var state = NotesState(file: channel.file, language: DisplayOptions.language(lang), size: terminal.size,
                               ascii: !LocaleInfo.isUTF8())
        let loop = NotesLoop(poll: { channel.read() }, clock: {
            let now = Date()
            return (now.timeIntervalSince1970, TimeZone.current.secondsFromGMT(for: now))
        })
        let outcome: PlayLoop.Outcome
        do {
            outcome = try loop.run(&state, on: terminal)
        } catch {
            terminal.stop()
            throw Failure(message: "rnnstep: error: notes stopped: \(error)")
        }
        terminal.stop()
        if case .signal(let number) = outcome { Terminal.exit(bySignal: number) }
    }
}
