import Foundation
import Testing

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
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    removing: [String] = [], cwd: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in removing { env.removeValue(forKey: key) }
        env.merge(environment) { _, new in new }
        process.environment = env
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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
