import Foundation
import Lessons
import Player

/// Watches the lesson files of a deck for `play --watch` by polling each file's modification
/// time, size and inode (no threads, no platform file-event APIs): the play loop calls `poll`
/// every ~200 ms.
final class LessonWatcher {
    /// The milliseconds the play loop waits for a key while watching.
    static let pollInterval = 200

    /// What identifies one version of a file.
    struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
        var inode: Int?
    }

    /// The lesson files, in deck order (index = lesson index in the deck).
    let files: [String]
    private var stamps: [Stamp?]
    /// The current problem of each broken file, by lesson index.
    private(set) var problems: [Int: Diagnostic] = [:]

    /// Starts watching `files` as they are now.
    init(files: [String]) {
        self.files = files
        stamps = files.map(LessonWatcher.stamp)
    }

    /// The stamp of the file at `path`, or nil when it cannot be read.
    static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Stamp(modified: attributes[.modificationDate] as? Date,
                     size: (attributes[.size] as? NSNumber)?.intValue,
                     inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue)
    }

    /// Reloads every file that changed since the last poll into `state`, keeping the place. A file
    /// that is now invalid keeps its last good version on screen; its first diagnostic is shown
    /// in the status line (`state.problem`) until the file is fixed. Returns true when anything
    /// changed on screen.
    @discardableResult
    func poll(_ state: inout PlayerState) -> Bool {
        var changed = false
        for (index, path) in files.enumerated() {
            let now = LessonWatcher.stamp(path)
            guard now != stamps[index] else { continue }
            stamps[index] = now
            changed = true
            switch Result(catching: { () throws(DiagnosticList) -> Lesson in try LessonLoader.load(path: path) }) {
            case .success(let lesson):
                problems[index] = nil
                Player.reload(&state, lesson: lesson, at: index)
                state.notice = "reloaded " + (path as NSString).lastPathComponent
            case .failure(let list):
                problems[index] = list.diagnostics.first
                    ?? Diagnostic(path: path, line: 1, column: 1, message: "the lesson is invalid")
            }
        }
        if changed { state.problem = problemLine() }
        return changed
    }

    /// `file.yaml:3:5: message (N more)` for the first broken file, or nil when all are fine.
    func problemLine() -> String? {
        guard let (_, first) = problems.min(by: { $0.key < $1.key }) else { return nil }
        let name = (first.path as NSString).lastPathComponent
        let others = problems.count > 1 ? " (and \(problems.count - 1) more broken file\(problems.count > 2 ? "s" : ""))" : ""
        return "\(name):\(first.line):\(first.column): \(first.severity.rawValue): \(first.message)\(others)"
    }
}
