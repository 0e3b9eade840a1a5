import ArgumentParser
import Foundation
import Lessons
import Player
import Screen

/// `rnnstep record PATH --keys KEYS -o FILE.cast`: an asciicast v2 recording of the screens the
/// keys produce, one full-screen repaint per key, with a marker at each step and timestep.
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the screens keys produce as asciicast v2.",
        discussion: "256 colours unless --color says otherwise (--color none: no colour).")

    @Argument(help: "A lesson file or a folder of lessons.", completion: .file(extensions: ["yaml", "yml"]))
    var path: String

    @Option(name: .long, help: "Keys to press, as for render: l <right> <pgdn> ….")
    var keys: String

    @Option(name: .long, help: "Screen size as COLSxROWS.")
    var size: String = "100x30"

    @Option(name: .long, help: "Seconds between two key presses.")
    var delay: Double = 0.5

    @Option(name: [.short, .customLong("output")], help: "The .cast file to write.",
            completion: .file(extensions: ["cast"]))
    var output: String

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        _ = try ScreenArguments.size(size)
        guard delay.isFinite, delay >= 0.01, delay <= 3600 else {
            throw ValidationError("--delay takes seconds from 0.01 to 3600; found \(delay)")
        }
        _ = try ScreenArguments.keys(keys)
    }

    func run() throws {
        let lessons = try DeckLoading.load([path])
        // 256 colours unless asked otherwise: asciinema players show them, and a recording is
        // watched later on a terminal nobody can query now (`--color none` turns colour off).
        let mode = display.color ?? .ansi256
        var state = PlayerState(deck: lessons, language: display.language, size: try ScreenArguments.size(size),
                                colorMode: mode)
        let cast = Asciicast.record(&state, keys: try ScreenArguments.keys(keys), size: try ScreenArguments.size(size),
                                    mode: mode, delay: delay)
        do {
            try Data(cast.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            throw Failure(message: "rnnstep: error: cannot write \(output): \(error.localizedDescription)")
        }
    }
}
