import Foundation
import Lessons
import Player

/// Watches the lesson files of a deck for `play --watch` by polling (no threads, no platform
/// file-event APIs): the play loop calls `poll` every ~200 ms. Each poll lists the folders again,
/// so lessons added to or removed from a watched folder come and go, and compares each file's
/// modification time, size and inode.
///
/// A file that has never been valid (already broken when `play` started, or added broken) is
/// shown as a placeholder lesson listing its errors, replaced by the lesson on its first good
/// save; a file that breaks later keeps its last good version on screen. Either way the root
/// cause is in the status line and every error in the `e` panel.
final class LessonWatcher {
    /// The milliseconds the play loop waits for a key while watching.
    static let pollInterval = 200

    /// What identifies one version of a file.
    struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
        var inode: Int?
    }

    /// The files and folders given on the command line.
    let paths: [String]
    /// The lesson files, in deck order (index = lesson index in the deck).
    private(set) var files: [String]
    private var stamps: [String: Stamp?] = [:]
    /// The last valid version of each file.
    private var good: [String: Lesson] = [:]
    /// Every problem of each broken file, in file order.
    private(set) var problems: [String: [Diagnostic]] = [:]

    /// Starts watching `paths` (files and folders) as they are now, reading every lesson file.
    init(paths: [String]) {
        self.paths = paths
        files = LessonLoader.deckPaths(paths).0
        for file in files { read(file) }
    }

    /// The deck to start with: each file's lesson, or its placeholder when it is broken.
    var deck: [Lesson] {
        files.map(lesson)
    }

    /// The stamp of the file at `path`, or nil when it cannot be read.
    static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Stamp(modified: attributes[.modificationDate] as? Date,
                     size: (attributes[.size] as? NSNumber)?.intValue,
                     inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue)
    }

    /// Reloads every file that changed since the last poll into `state`, keeping the place, and
    /// picks up files added to or removed from watched folders. Sets `state.problem` (the root
    /// cause) and `state.problems` (every error). Returns true when anything changed on screen.
    @discardableResult
    func poll(_ state: inout PlayerState) -> Bool {
        let now = LessonLoader.deckPaths(paths).0
        var changed: [String] = []
        for file in now where stamps[file] != .some(LessonWatcher.stamp(file)) {
            read(file)
            changed.append(file)
        }
        if now != files {
            for gone in Set(files).subtracting(now) {
                stamps[gone] = nil
                good[gone] = nil
                problems[gone] = nil
            }
            files = now
            if !files.isEmpty { Player.replaceDeck(&state, with: deck) }
            state.notice = "\(files.count == 1 ? "1 lesson" : "\(files.count) lessons") in the deck now"
        } else {
            guard !changed.isEmpty else { return false }
            for file in changed {
                guard let index = files.firstIndex(of: file) else { continue }
                if problems[file] == nil || good[file] == nil {
                    Player.reload(&state, lesson: lesson(file), at: index)
                }
                if problems[file] == nil { state.notice = "reloaded " + (file as NSString).lastPathComponent }
            }
        }
        state.problem = problemLine()
        state.problems = problemList()
        if state.problems.isEmpty { state.showProblems = false }
        return true
    }

    /// Reads one file, updating its stamp, last good version and problems.
    private func read(_ file: String) {
        stamps[file] = .some(LessonWatcher.stamp(file))
        switch Result(catching: { () throws(DiagnosticList) -> Lesson in try LessonLoader.load(path: file) }) {
        case .success(let lesson):
            good[file] = lesson
            problems[file] = nil
        case .failure(let list):
            problems[file] = list.diagnostics.isEmpty
                ? [Diagnostic(path: file, line: 1, column: 1, message: "the lesson is invalid")] : list.diagnostics
        }
    }

    /// The lesson shown for `file`: its last good version, or a placeholder listing its problems.
    private func lesson(_ file: String) -> Lesson {
        good[file] ?? Player.placeholderLesson(path: file, problems: (problems[file] ?? []).map(\.description))
    }

    /// The diagnostic that explains the others: the first one that is not a consequence
    /// ("is missing" follows from a misplaced or misspelt key found elsewhere), else the first.
    static func rootCause(_ diagnostics: [Diagnostic]) -> Diagnostic? {
        diagnostics.first { !$0.message.contains(" is missing `") } ?? diagnostics.first
    }

    /// `file.yaml:3:5: error: message` for the first broken file's root cause, with how many
    /// errors `e` lists, or nil when all are fine.
    func problemLine() -> String? {
        let broken = files.filter { problems[$0] != nil }
        guard let file = broken.first, let first = LessonWatcher.rootCause(problems[file] ?? []) else { return nil }
        let name = (first.path as NSString).lastPathComponent
        let total = broken.reduce(0) { $0 + (problems[$1]?.count ?? 0) }
        let more = total > 1 ? " (e: all \(total) errors)" : ""
        return "\(name):\(first.line):\(first.column): \(first.severity.rawValue): \(first.message)\(more)"
    }

    /// Every problem of every broken file, in deck order.
    func problemList() -> [String] {
        files.flatMap { file in (problems[file] ?? []).map(\.description) }
    }
}
