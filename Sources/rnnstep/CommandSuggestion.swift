import Foundation

/// "did you mean check?" for a mistyped subcommand. Without it `rnnstep chek` would reach the
/// default subcommand, `play`, as a lesson path and say there is no such file.
enum CommandSuggestion {
    /// A usage message when the first argument is not an option, not a subcommand, not an
    /// existing path, and within two edits of exactly one of `commands`; else nil. `commands` is
    /// asked only then: ArgumentParser's command names cost reflection that `rnnstep` and
    /// `rnnstep play …` need not pay at start-up.
    static func message(for arguments: [String], commands allCommands: () -> [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), word != "play",
              !FileManager.default.fileExists(atPath: word) else { return nil }
        let commands = allCommands()
        guard !commands.contains(word) else { return nil }
        let lowered = word.lowercased()
        let scored = commands.map { ($0, distance(lowered, $0)) }
        guard let best = scored.map(\.1).min(), best <= min(2, max(1, word.count / 2)) else { return nil }
        let matches = scored.filter { $0.1 == best }.map(\.0)
        let names = matches.joined(separator: " or ")
        return "Error: unknown command '\(word)'; did you mean \(names)?\n"
            + "Usage: rnnstep <subcommand>; `rnnstep --help` lists them (\(commands.joined(separator: ", ")))"
    }

    /// The Levenshtein distance between `a` and `b` (by characters).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
