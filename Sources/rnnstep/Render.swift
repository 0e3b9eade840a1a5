import ArgumentParser
import Lessons
import Player
import Screen

/// `rnnstep render PATH`: prints the screen `play` would show after some keys, no terminal needed.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the screen play shows after some keys.")

    @Argument(help: "A lesson file or a folder of lessons; without one ./lessons, else the built-in deck.",
              completion: .file(extensions: ["yaml", "yml"]))
    var path: String?

    @Option(name: .long, help: "Screen size as COLSxROWS.")
    var size: String = "100x30"

    @Option(name: .long, help: "Keys to press first: characters and <right> <left> <up> <down> <pgdn> <pgup> <home> <end> <space> <enter> <esc> <tab>.")
    var keys: String = ""

    @Flag(name: .long, help: "Print every step of every lesson; rnn, lstm and gru steps also at their last timestep.")
    var all = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        _ = try ScreenArguments.size(size)
        _ = try ScreenArguments.keys(keys)
        if all && !keys.isEmpty {
            throw ValidationError("--all prints every step as it opens; it takes no --keys")
        }
    }

    func run() throws {
        let lessons = try DeckLoading.loadDeck(path.map { [$0] } ?? []).lessons
        let mode = display.color ?? .none
        if let notice = LocaleInfo.koreanFallbackNotice(language: display.language) { Output.err(notice) }
        // The size is known before the first key, as in play, so scrolling is clamped to it.
        var state = PlayerState(deck: lessons, language: display.language, size: try ScreenArguments.size(size),
                                colorMode: mode, ascii: !LocaleInfo.isUTF8())
        if all {
            Output.out(Render.everyStep(state, renderer: ANSIRenderer(mode: mode)))
            return
        }
        Player.update(&state, keys: try ScreenArguments.keys(keys))
        let frame = Player.view(state)
        Output.out(ANSIRenderer(mode: mode).render(frame) + "\n")
    }

    /// Every step of every lesson of a fresh `state`, as it opens (t = 0) and, for rnn, lstm and
    /// gru steps, also at their last position, each screen after a line naming it.
    static func everyStep(_ start: PlayerState, renderer: ANSIRenderer) -> String {
        var out = ""
        for lesson in start.deck.indices {
            for step in start.deck[lesson].steps.indices {
                var state = start
                state.lessonIndex = lesson
                state.stepIndex = step
                state.timestep = 0
                let ends = state.timestepCount > 0 ? [0, state.timestepCount] : [0]
                for position in ends {
                    state.timestep = position
                    Player.prepare(&state)
                    var name = "── lesson \(lesson + 1)/\(start.deck.count) · step \(step + 1)/\(start.deck[lesson].steps.count)"
                    if state.timestepCount > 0 { name += " · position \(position)/\(state.timestepCount)" }
                    out += name + " ──\n" + renderer.render(Player.view(state)) + "\n"
                }
            }
        }
        return out
    }
}
