import Lessons
import Screen

/// The arguments of the commonest invocations, `rnnstep` and `rnnstep play [--lang L] [--color C]
/// [--watch] PATH…`, read without ArgumentParser.
///
/// ArgumentParser finds a command's options by reflection (`Mirror`, dynamic casts that scan every
/// protocol conformance record of the static binary), which costs about 2 ms of a process that
/// should show its first frame as fast as a C program (docs/performance.md, round 3). This reader
/// accepts only argument lists whose meaning is unambiguous and gives them exactly the meaning
/// ArgumentParser would; anything else (`--help`, `-h`, `--version`, a completion request, `help`,
/// `--`, an unknown or repeated option, an invalid value, another subcommand, a path that starts
/// with `-`) returns nil, and ArgumentParser parses it as before, with its messages and exit codes.
struct QuickPlayArguments: Equatable {
    /// The lesson files or folders (empty: the chapter's deck).
    var paths: [String] = []
    /// `--color`, if given.
    var color: ColorMode?
    /// `--lang`, if given.
    var lang: Language?
    /// `--watch`.
    var watch = false

    /// Reads `arguments` (without the program name); nil when ArgumentParser must handle them.
    init?(_ arguments: [String]) {
        guard let first = arguments.first else { return }  // bare `rnnstep`: play the chapter's deck
        guard first == "play" else { return nil }
        var seen: [Substring] = []  // the options given so far (an array: no Set<String> metadata at start-up)
        var index = 1
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            guard token.hasPrefix("-") else {
                // `help` may name ArgumentParser's help command; leave it to ArgumentParser.
                guard token != "help" else { return nil }
                paths.append(token)
                continue
            }
            // `--name value` or `--name=value`; every option may appear once.
            var name = Substring(token)
            var value: String?
            if let equals = token.firstIndex(of: "=") {
                name = token[..<equals]
                value = String(token[token.index(after: equals)...])
            }
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--watch":
                guard value == nil else { return nil }
                watch = true
            case "--lang", "--color":
                if value == nil {
                    guard index < arguments.count else { return nil }
                    value = arguments[index]
                    index += 1
                }
                guard let value else { return nil }
                if name == "--lang" {
                    guard let language = Language(rawValue: value) else { return nil }
                    lang = language
                } else {
                    guard let mode = ColorMode(rawValue: value) else { return nil }
                    color = mode
                }
            default:
                return nil
            }
        }
    }
}
