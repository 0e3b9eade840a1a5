import Foundation
import Testing

/// One tmux server and session for a test, on a private socket, killed at the end.
///
/// The pane runs `sh -c COMMAND` with `TERM=tmux-256color` and `LANG=C.UTF-8`; the status line is
/// off so the pane is exactly `width`×`height`, and `remain-on-exit` keeps a dead pane readable.
final class Tmux {
    /// A tmux command that failed.
    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var stderr: String
        var description: String { "tmux \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
    }

    let tmux: String
    let socket: String
    let width: Int
    let height: Int

    /// Starts `command` (a shell command line) in a detached session of `width`×`height`.
    init(tmux: String, width: Int = 120, height: Int = 40, command: String, environment: [String: String] = [:]) throws {
        self.tmux = tmux
        self.socket = "rnnstep-test-\(UUID().uuidString.prefix(12))"
        self.width = width
        self.height = height
        var exports = "export TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8; unset NO_COLOR COLORTERM; "
        // play keeps its place between runs: each session gets its own state folder unless a test
        // shares one on purpose, so no test resumes where another stopped.
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil {
            environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory
                .appendingPathComponent("rnnstep-state-\(UUID().uuidString)").path
        }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            exports += "export \(key)=\(Tmux.quote(value)); "
        }
        // One tmux invocation: the options are set before the command can end.
        try tmuxCommand(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                         "sh", "-c", exports + command,
                         ";", "set-option", "-g", "remain-on-exit", "on",
                         ";", "set-option", "-g", "status", "off",
                         ";", "set-option", "-g", "default-terminal", "tmux-256color"])
    }

    deinit {
        _ = try? tmuxCommand(["kill-server"])
    }

    /// Quotes a string for sh.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a tmux subcommand on this server; throws when tmux fails.
    @discardableResult
    func tmuxCommand(_ args: [String]) throws -> String {
        let result = try Harness.run(tmux, ["-L", socket] + args, environment: ["TERM": "tmux-256color"])
        guard result.status == 0 else { throw Failure(arguments: args, status: result.status, stderr: result.stderr) }
        return result.stdout
    }

    /// Sends keys (tmux key names such as `Right`, `q`, `C-c`).
    func send(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", "0"] + keys)
    }

    /// The screen's text (no escapes).
    func screen() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-t", "0"])
    }

    /// The screen's lines with trailing spaces removed, exactly `height` of them.
    func screenLines() throws -> [String] {
        Harness.lines(try screen())
    }

    /// The screen with colour escapes (`capture-pane -e`).
    func styledScreen() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    func paneFormat(_ format: String) throws -> String {
        try tmuxCommand(["display-message", "-p", "-t", "0", format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window (and so the pane) to `width`×`height`.
    func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Appends every byte the pane's program writes from now on to the file at `path`
    /// (`pipe-pane -o 'cat >> FILE'`).
    func pipePane(to path: String) throws {
        try tmuxCommand(["pipe-pane", "-o", "-t", "0", "cat >> " + Tmux.quote(path)])
    }

    /// Polls the screen until `condition` holds on a settled screen (the same 30 ms later) or
    /// `seconds` pass; returns the last screen.
    @discardableResult
    func waitFor(_ seconds: Double = 15, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while true {
            last = (try? screen()) ?? ""
            if condition(last) {
                // A capture can catch a frame half drawn (the header and caption before the status
                // line): a screen counts only when it is still the same 30 ms later.
                usleep(30_000)
                let again = (try? screen()) ?? ""
                if again == last { return last }
                last = again
                if Date() >= deadline, condition(again) { return again }
                continue
            }
            if Date() >= deadline { break }
            usleep(20_000)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor(seconds, "'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Polls until the screen's lines (trailing spaces aside) equal `expected`.
    @discardableResult
    func waitFor(lines expected: [String], _ what: String, seconds: Double = 15,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let last = try waitFor(seconds, what, sourceLocation: sourceLocation) { Harness.lines($0) == expected }
        return Harness.lines(last)
    }
}
