import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `rnnstep` binary and tmux for end-to-end tests.
enum Harness {
    /// True when CI demands the end-to-end tests (`RNNSTEP_E2E=1`).
    static var e2eRequired: Bool { ProcessInfo.processInfo.environment["RNNSTEP_E2E"] == "1" }

    /// The package root (three levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `rnnstep` executable, next to the test bundle.
    static let binary: String = {
        var candidates: [URL] = []
        let bundleDir = Bundle.main.bundleURL
        candidates.append(bundleDir.appendingPathComponent("rnnstep"))
        candidates.append(bundleDir.deletingLastPathComponent().appendingPathComponent("rnnstep"))
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = arg0.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("rnnstep"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/rnnstep"))
        for url in candidates {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: url.path) {
                return url.path
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/rnnstep").path
    }()

    /// The result of running a process.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments` and `environment` additions; waits for it to end.
    ///
    /// Not Foundation's `Process`: on Linux it learns that a child ended when a socket the child
    /// inherited closes, and a tmux client forks a server that inherits that socket and lives on, so
    /// `waitUntilExit()` never returns. Here the child gets only stdin, stdout and stderr (every other
    /// descriptor is closed), output goes to files (a pipe's write end could likewise be held open by a
    /// process started meanwhile), and `waitpid` waits for the child itself.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    removing: [String] = [], cwd: URL? = nil) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        for key in removing { env.removeValue(forKey: key) }
        env.merge(environment) { _, new in new }
        var argv = [executable] + arguments
        var path = executable
        if let cwd {
            path = "/bin/sh"
            argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", cwd.path] + argv
        }

        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("rnnstep-e2e-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("stdout").path, errPath = dir.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Like Foundation: the child starts with no signal blocked and every signal at its default,
        // whatever this test thread has blocked or ignored (tmux's server must die on kill-server).
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if os(Linux)
        // glibc 2.34+ has posix_spawn_file_actions_addclosefrom_np, but the Glibc module does not export it.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey:
                "glibc lacks posix_spawn_file_actions_addclosefrom_np (needs 2.34 or later)"])
        }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        #else
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, cArgs, cEnv)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey:
                "cannot run \(path): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG by hand (the macros do not import).
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus,
                      stdout: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
                                     as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(),
                                     as: UTF8.self))
    }

    /// Runs `rnnstep` with `arguments`.
    @discardableResult
    static func rnnstep(_ arguments: [String], environment: [String: String] = [:], removing: [String] = [],
                        cwd: URL? = nil) throws -> Result {
        try run(binary, arguments, environment: environment, removing: removing, cwd: cwd)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rnnstep-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to a new file in a temporary folder and returns its path.
    static func writeLesson(_ text: String, name: String = "lesson.yaml") throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The path of tmux, or nil.
    static let tmuxPath: String? = {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"] {
            let path = dir + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// tmux, or nil when the tests should skip; records a failure when CI requires tmux.
    static func requireTmux() -> String? {
        if let tmuxPath { return tmuxPath }
        if e2eRequired {
            Issue.record("RNNSTEP_E2E=1 but tmux is not installed; install tmux (apt-get install tmux)")
        } else {
            print("skipping: tmux is not installed (set RNNSTEP_E2E=1 to make this a failure)")
        }
        return nil
    }
}

// MARK: - Text helpers

extension Harness {
    /// The one-step lesson of the chapter's NumPy code: seed 0, T 10, D 4, H 8.
    static let rnnLessonYAML = """
        title: RNN
        steps:
          - rnn:
              timesteps: 10
              input_dim: 4
              hidden_units: 8
              seed: 0

        """

    /// Writes the chapter's one-step rnn lesson to a temporary file.
    static func writeRNNLesson() throws -> String {
        try writeLesson(rnnLessonYAML)
    }

    /// The chapter's h_1 (numpy, seed 0).
    static let chapterH1: [Double] = [
        0.91170118029785496, 0.93488512940946122, 0.93128902488534249, 0.85123792439405743,
        0.95178278421174534, 0.76354040511848575, 0.8752829905180306, 0.97864587618582988,
    ]

    /// The lines of `text` (a final newline ends the last line, it does not start another one),
    /// each with trailing spaces removed.
    static func lines(_ text: String) -> [String] {
        var parts = text.components(separatedBy: "\n")
        if text.hasSuffix("\n") { parts.removeLast() }
        return parts.map { line in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
    }

    /// `text` without SGR escapes (`ESC [ … m`).
    static func stripSGR(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// Display columns of one scalar: 2 for East Asian wide and fullwidth, 0 for combining marks.
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0x1160...0x11FF, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// Display width of `text` in terminal columns.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns($1) }
    }

    /// The `step k/N` numbers of a screen's header, or nil.
    static func stepPosition(_ screen: String) -> (step: Int, count: Int)? {
        guard let match = screen.firstMatch(of: /step (\d+)\/(\d+)/),
              let k = Int(match.1), let n = Int(match.2) else { return nil }
        return (k, n)
    }

    /// The lesson files of the chapter's deck, in file-name order.
    static func deckLessons() throws -> [String] {
        let dir = packageRoot.appendingPathComponent("lessons")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { dir.appendingPathComponent($0).path }
    }
}
