import Foundation
import Player

/// The file through which `play --present` tells `rnnstep notes` where it is:
/// `$XDG_RUNTIME_DIR/rnnstep/present.json`, or `${TMPDIR:-/tmp}/rnnstep-<uid>/present.json` when
/// there is no runtime folder. The folder is the user's alone (0700, checked, never a link) and the
/// file is 0600, replaced whole by `rename(2)` so a reader never sees half a position.
struct PresenterChannel {
    /// The folder holding the file.
    var folder: String
    /// The file's name in it.
    static let fileName = "present.json"
    /// The largest file read (a position is a few kilobytes; notes are at most a lesson's text).
    static let maxBytes = 1 << 20

    /// The presenter file.
    var file: String { folder + "/" + PresenterChannel.fileName }

    /// The channel in `folder`.
    init(folder: String) {
        self.folder = folder
    }

    /// The channel of this user under `environment`'s XDG_RUNTIME_DIR, else TMPDIR, else /tmp.
    init(environment: [String: String] = Environment.values(["XDG_RUNTIME_DIR", "TMPDIR"])) {
        var isFolder: ObjCBool = false
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/"),
           FileManager.default.fileExists(atPath: runtime, isDirectory: &isFolder), isFolder.boolValue {
            folder = PresenterChannel.trimmed(runtime) + "/rnnstep"
        } else {
            let tmp = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
            folder = PresenterChannel.trimmed(tmp) + "/rnnstep-\(getuid())"
        }
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }

    /// Creates the folder (0700) when missing and checks that it is a real folder of this user
    /// that nobody else can enter; returns what is wrong, or nil.
    func prepareFolder() -> String? {
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            return "cannot create \(folder): \(String(cString: strerror(errno)))"
        }
        var info = stat()
        guard lstat(folder, &info) == 0 else { return "cannot read \(folder): \(String(cString: strerror(errno)))" }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "\(folder) is not a folder" }
        guard info.st_uid == getuid() else { return "\(folder) belongs to another user" }
        guard info.st_mode & 0o077 == 0 else {
            return "\(folder) can be entered by other users (mode \(String(info.st_mode & 0o777, radix: 8)); expected 700)"
        }
        return nil
    }

    /// Writes `position` atomically (a 0600 temporary file in the folder, then `rename`); returns
    /// what went wrong, or nil.
    func write(_ position: PresenterPosition) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(position) else { return "cannot encode the position" }
        let temporary = folder + "/.\(PresenterChannel.fileName).\(getpid()).tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return "cannot write \(temporary): \(String(cString: strerror(errno)))" }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let failure = written == data.count ? nil : "cannot write \(temporary): \(String(cString: strerror(errno)))"
        close(fd)
        if let failure {
            unlink(temporary)
            return failure
        }
        guard rename(temporary, file) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "cannot rename \(temporary) to \(file): \(reason)"
        }
        return nil
    }

    /// Reads the file: absent, a presenter's position (and whether its process runs), or why it
    /// is not one.
    func read() -> NotesFeed {
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            return errno == ENOENT ? .absent : .unreadable("\(file): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .unreadable("\(file) is not a file") }
        guard info.st_uid == getuid() else { return .unreadable("\(file) belongs to another user") }
        guard Int(info.st_size) <= PresenterChannel.maxBytes else { return .unreadable("\(file) is larger than 1 MB") }
        var data = Data(count: Int(info.st_size))
        let got = data.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        guard got == data.count, let position = try? JSONDecoder().decode(PresenterPosition.self, from: data),
              position.format == PresenterPosition.formatName, position.version == 1 else {
            return .unreadable("\(file) is not an rnnstep-present 1 file")
        }
        return .found(position, alive: PresenterChannel.isRunning(position.pid))
    }

    /// Removes the file when it is `pid`'s (a later presenter's file is left alone).
    func remove(ifOwnedBy pid: Int32) {
        if case .found(let position, _) = read(), position.pid == pid { unlink(file) }
    }

    /// True when process `pid` exists (a process of another user counts).
    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
