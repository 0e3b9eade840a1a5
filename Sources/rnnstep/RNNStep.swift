import ArgumentParser
import Foundation
import Lessons
import Player
import Screen

/// The `rnnstep` command: opens the chapter's lessons, or one of the subcommands.
@main
struct RNNStep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rnnstep",
        abstract: "Step through a recurrent neural network, one timestep per key.",
        discussion: """
            With no subcommand, opens the chapter's deck in the terminal: ./lessons when it
            exists, else the deck built into the binary.
            Exit status: 0 success, 1 invalid input (or no terminal), 2 usage error.
            """,
        version: PlayerState.version,
        subcommands: [Play.self, Check.self, Trace.self, Summary.self, Render.self, Schema.self, New.self, Guide.self, Record.self, LessonsCommand.self, Notes.self, Handout.self],
        defaultSubcommand: Play.self
    )

    /// Parses the arguments and runs the command, mapping errors to exit status 0, 1 or 2.
    static func main() {
        let commands = { configuration.subcommands.map { $0._commandName } + ["help"] }
        if let message = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            FileHandle.standardError.write(Data((TextWidth.sanitized(message, keepNewlines: true) + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            // `rnnstep` and plain `rnnstep play …` skip ArgumentParser's reflection (start-up time);
            // everything else, `--help` and every error included, goes through it.
            if let quick = QuickPlayArguments(Array(CommandLine.arguments.dropFirst())) {
                try Play.open(quick.paths, color: quick.color, language: DisplayOptions.language(quick.lang),
                              watch: quick.watch)
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            // An empty message means the diagnostics were printed already.
            if !failure.message.isEmpty {
                FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            }
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 {
                exit(withError: error)
            }
            // Usage errors: ArgumentParser says 64 (EX_USAGE); DESIGN.md says 2.
            // The message may quote what was typed; control characters are shown, not sent.
            let message = TextWidth.sanitized(fullMessage(for: error), keepNewlines: true)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// An error that has already been described to the user; exits with status 1.
struct Failure: Error {
    /// The message printed on stderr (may be empty when diagnostics were printed already).
    var message: String
}
