import ArgumentParser
import Lessons
import Player
import Screen

/// `rnnstep render PATH`: prints the screen `play` would show after some keys, no terminal needed.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the screen play shows after some keys.")

    @Argument(help: "A lesson file or a folder of lessons; without one ./lessons, else the built-in deck.")
    var path: String?

    @Option(name: .long, help: "Screen size as COLSxROWS.")
    var size: String = "100x30"

    @Option(name: .long, help: "Keys to press first: characters and <right> <left> <up> <down> <pgdn> <pgup> <home> <end> <space> <enter> <esc> <tab>.")
    var keys: String = ""

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        _ = try ScreenArguments.size(size)
        _ = try ScreenArguments.keys(keys)
    }

    func run() throws {
        let lessons = try DeckLoading.loadDeck(path.map { [$0] } ?? []).lessons
        let mode = display.color ?? .none
        // The size is known before the first key, as in play, so scrolling is clamped to it.
        var state = PlayerState(deck: lessons, language: display.language, size: try ScreenArguments.size(size),
                                colorMode: mode, ascii: !LocaleInfo.isUTF8())
        Player.update(&state, keys: try ScreenArguments.keys(keys))
        let frame = Player.view(state)
        Output.out(ANSIRenderer(mode: mode).render(frame) + "\n")
    }
}
