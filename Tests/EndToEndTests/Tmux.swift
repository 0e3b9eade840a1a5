import Foundation
import Testing

/// One tmux server and session for a test, on a private socket, killed at the end.
final class Tmux {
    let tmux: String
    let socket: String
    let width: Int
    let height: Int

    /// Starts `command` (a shell command line) in a detached session of `width`×`height`.
    init(tmux: String, width: Int = 120, height: Int = 40, command: String, environment: [String: String] = [:]) throws {
        self.tmux = tmux
        self.socket = "rnnstep-test-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        var exports = "export LANG=C.UTF-8 LC_ALL=C.UTF-8; unset NO_COLOR COLORTERM; "
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            exports += "export \(key)=\(Tmux.quote(value)); "
        }
        try tmuxCommand(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                         "sh", "-c", exports + command])
        try tmuxCommand(["set-option", "-g", "default-terminal", "tmux-256color"])
    }

    deinit {
        _ = try? tmuxCommand(["kill-server"])
    }

    /// Quotes a string for sh.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a tmux subcommand on this server.
    @discardableResult
    func tmuxCommand(_ args: [String]) throws -> String {
        let result = try Harness.run(tmux, ["-L", socket] + args, environment: ["TERM": "tmux-256color"])
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

    /// The screen with colour escapes (`capture-pane -e`).
    func styledScreen() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen.
    @discardableResult
    func waitFor(_ seconds: Double = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? ""
            if condition(last) { return last }
            usleep(20_000)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(last)")
        return last
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 10) throws -> String {
        try waitFor(seconds, "'\(text)'") { $0.contains(text) }
    }
}
