import Foundation
import Lessons
import Player
@testable import rnnstep
import Testing

/// The file `play --present` writes for `rnnstep notes`: where it is, who may read it, and that a
/// reader never sees half of it.
@Suite struct PresenterChannelTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rnnstep-present-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func state(step: Int = 0) -> PlayerState {
        let pos = SourcePosition(line: 1, column: 1)
        let deck = [Lesson(path: "a.yaml", title: LocalizedText("A"), steps: [
            Step(kind: .text(LocalizedText("one")), position: pos, notes: LocalizedText(ko: "가", en: "Ask them.")),
            Step(kind: .text(LocalizedText("two")), position: pos),
        ])]
        var state = PlayerState(deck: deck, language: .en)
        state.stepIndex = step
        return state
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        _ = lstat(path, &info)
        return info.st_mode & 0o777
    }

    @Test("the folder is XDG_RUNTIME_DIR/rnnstep, else TMPDIR (or /tmp)/rnnstep-UID")
    func location() throws {
        let runtime = try Self.folder()
        #expect(PresenterChannel(environment: ["XDG_RUNTIME_DIR": runtime + "/"]).file == runtime + "/rnnstep/present.json")
        #expect(PresenterChannel(environment: ["XDG_RUNTIME_DIR": "relative", "TMPDIR": "/var/tmp/"]).folder == "/var/tmp/rnnstep-\(getuid())")
        #expect(PresenterChannel(environment: ["XDG_RUNTIME_DIR": runtime + "/missing"]).folder == "/tmp/rnnstep-\(getuid())")
        #expect(PresenterChannel(environment: [:]).folder == "/tmp/rnnstep-\(getuid())")
    }

    @Test("the folder is made 0700 and the file 0600; a folder others can enter is refused")
    func permissions() throws {
        let runtime = try Self.folder()
        let channel = PresenterChannel(environment: ["XDG_RUNTIME_DIR": runtime])
        let presenter = try Presenter(deck: "d", channel: channel)
        #expect(presenter.begin(Self.state()) == nil)
        #expect(Self.mode(channel.folder) == 0o700)
        #expect(Self.mode(channel.file) == 0o600)
        // Nothing but the file is left in the folder (the temporary file was renamed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: channel.folder) == ["present.json"])

        let open = try Self.folder() + "/shared"
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: false)
        chmod(open, 0o755)
        let reason = PresenterChannel(folder: open).prepareFolder()
        #expect(reason?.contains("can be entered by other users (mode 755; expected 700)") == true, "\(reason ?? "nil")")
        // A link in place of the folder is refused too.
        let link = try Self.folder() + "/link"
        symlink(runtime, link)
        #expect(PresenterChannel(folder: link).prepareFolder() == "\(link) is not a folder")
    }

    @Test("publishing writes only changes, reads back, and end removes the file")
    func publishAndEnd() throws {
        let channel = PresenterChannel(environment: ["XDG_RUNTIME_DIR": try Self.folder()])
        let presenter = try Presenter(deck: "d", channel: channel)
        #expect(presenter.begin(Self.state()) == nil)
        guard case .found(let first, let alive) = channel.read() else { Issue.record("no position"); return }
        #expect(alive && first.pid == getpid() && first.step == 1 && first.notes?.en == "Ask them.")
        var before = stat(), after = stat()
        _ = stat(channel.file, &before)
        presenter.publish(Self.state())  // the same position: the file is not rewritten
        presenter.flush()
        _ = stat(channel.file, &after)
        #expect(before.st_ino == after.st_ino)
        presenter.publish(Self.state(step: 1))
        presenter.flush()
        guard case .found(let second, _) = channel.read() else { Issue.record("no position"); return }
        #expect(second.step == 2 && second.notes == nil && second.next == nil)
        presenter.end()
        #expect(channel.read() == .absent)
    }

    @Test("moves faster than writes: every position is handed over and the newest one is the one left in the file")
    func newestWins() throws {
        let channel = PresenterChannel(environment: ["XDG_RUNTIME_DIR": try Self.folder()])
        let presenter = try Presenter(deck: "d", channel: channel)
        #expect(presenter.begin(Self.state()) == nil)
        for step in [1, 0, 1, 0, 1] { presenter.publish(Self.state(step: step)) }
        presenter.flush()
        guard case .found(let last, _) = channel.read() else { Issue.record("no position"); return }
        #expect(last.step == 2)
        #expect(presenter.problem == nil)
    }

    @Test("a reader sees a whole position or the previous one, never half: the file is replaced by rename")
    func atomicReplacement() throws {
        let channel = PresenterChannel(environment: ["XDG_RUNTIME_DIR": try Self.folder()])
        #expect(channel.prepareFolder() == nil)
        let a = PresenterPosition(Self.state(), deck: "d", pid: getpid(), started: 0)
        let b = PresenterPosition(Self.state(step: 1), deck: "d", pid: getpid(), started: 0)
        #expect(channel.write(a) == nil)
        // Hold the old file open: after the write, it still holds the old position in full, and the
        // path names a new file (a new inode) with the new one.
        let held = try FileHandle(forReadingFrom: URL(fileURLWithPath: channel.file))
        var old = stat()
        _ = stat(channel.file, &old)
        #expect(channel.write(b) == nil)
        var new = stat()
        _ = stat(channel.file, &new)
        #expect(old.st_ino != new.st_ino)
        #expect(try JSONDecoder().decode(PresenterPosition.self, from: held.readToEnd() ?? Data()) == a)
        #expect(channel.read() == .found(b, alive: true))
    }

    @Test("another user's file, a foreign file and a dead presenter are told apart")
    func readerVerdicts() throws {
        let channel = PresenterChannel(environment: ["XDG_RUNTIME_DIR": try Self.folder()])
        #expect(channel.prepareFolder() == nil)
        #expect(channel.read() == .absent)
        try "{\"format\": \"other\"}".write(toFile: channel.file, atomically: true, encoding: .utf8)
        #expect(channel.read() == .unreadable("\(channel.file) is not an rnnstep-present 1 file"))
        // A presenter whose process is gone (a pid no process has) is reported as not alive.
        var dead = PresenterPosition(Self.state(), deck: "d", pid: 0, started: 0)
        dead.pid = Int32.max
        #expect(channel.write(dead) == nil)
        #expect(channel.read() == .found(dead, alive: false))
        // A dead presenter's file does not stop a new one; a live other one does.
        #expect(throws: Never.self) { _ = try Presenter(deck: "d", channel: channel) }
        var live = dead
        live.pid = getppid()
        #expect(channel.write(live) == nil)
        #expect(throws: Failure.self) { _ = try Presenter(deck: "d", channel: channel) }
    }
}
