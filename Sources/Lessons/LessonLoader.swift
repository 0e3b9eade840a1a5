import LessonScan
import Foundation
import Yams

/// Reads lesson files (format version 1, see docs/lesson-format.md) into `Lesson` values.
///
/// Every entry point reports problems as `Diagnostic`s (`path:line:col: error: message`) and never
/// traps on bad input. `parse` throws a `DiagnosticList` holding every independent problem it found
/// (at most 100), sorted by position.
public enum LessonLoader {
    /// The file name extensions a deck folder's lessons have.
    public static let lessonExtensions: Set<String> = ["yaml", "yml"]

    /// Parses a lesson from the bytes of a file. `path` is used in diagnostics and in `Lesson.path`.
    /// A UTF-8 byte order mark is skipped. With `hereIfRoom`, see `parse(_:path:hereIfRoom:)`.
    /// - Throws: `DiagnosticList` with every problem found.
    public static func parse(_ data: Data, path: String, hereIfRoom: Bool = false) throws(DiagnosticList) -> Lesson {
        if data.count > LessonLimits.maxFileBytes {
            throw DiagnosticList([tooLarge(data.count, path: path)])
        }
        let bytes = [UInt8](data)
        if let offset = SourceText.firstInvalidUTF8(bytes) {
            let (line, column) = SourceText.position(ofByte: offset, in: bytes)
            let byte = String(format: "0x%02X", bytes[offset])
            throw DiagnosticList([Diagnostic(path: path, line: line, column: column,
                message: "found the byte \(byte), which is not UTF-8; expected a lesson file saved as UTF-8 text")])
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path, hereIfRoom: hereIfRoom)
    }

    /// Parses a lesson from its text. `path` is used in diagnostics and in `Lesson.path`.
    ///
    /// The text is composed on a thread of its own with a large stack (`LargeStack`), or with
    /// `hereIfRoom` on the calling thread when that is the main thread and its stack has room for
    /// the deepest nesting the text allows (`StackRoom`, `NestingBound`): `play` reads its first
    /// lesson so, saving a thread's start before the first frame. The result is the same.
    /// - Throws: `DiagnosticList` with every problem found.
    public static func parse(_ text: String, path: String, hereIfRoom: Bool = false) throws(DiagnosticList) -> Lesson {
        let count = text.utf8.count
        if count > LessonLimits.maxFileBytes {
            throw DiagnosticList([tooLarge(count, path: path)])
        }
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let work: @Sendable () -> Parsed = { parseOnThisThread(body, path: path) }
        switch hereIfRoom ? LargeStack.run(levels: NestingBound.of(body), work) : LargeStack.run(work) {
        case .lesson(let lesson): return lesson
        case .problems(let list): throw list
        }
    }

    /// Reads and parses the lesson file at `path` (`hereIfRoom`: see `parse(_:path:hereIfRoom:)`).
    /// A missing file, a folder or an unreadable file gives a diagnostic at 1:1.
    /// - Throws: `DiagnosticList`.
    public static func load(path: String, hereIfRoom: Bool = false) throws(DiagnosticList) -> Lesson {
        // stat(2), as FileManager.fileExists does (following links); FileManager.attributesOfItem
        // also looked up the owner's and group's names, a noticeable part of opening a lesson.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DiagnosticList([wholeFile(path, "cannot read the file: there is no such file")])
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw DiagnosticList([wholeFile(path, "found a folder, expected a lesson file (.yaml)")])
        }
        // The size of the path itself, as attributesOfItem gave it: a symbolic link's own size is
        // never past the limit, and the read below then finds a large target too large.
        var own = stat()
        if lstat(path, &own) == 0, own.st_mode & S_IFMT != S_IFLNK, Int(own.st_size) > LessonLimits.maxFileBytes {
            throw DiagnosticList([tooLarge(Int(own.st_size), path: path)])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticList([wholeFile(path, "cannot read the file: permission denied or not a regular file")])
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: LessonLimits.maxFileBytes + 1) ?? Data()
        } catch {
            throw DiagnosticList([wholeFile(path, "cannot read the file: \(error.localizedDescription)")])
        }
        return try parse(data, path: path, hereIfRoom: hereIfRoom)
    }

    /// Expands folders into their `*.yaml` / `*.yml` files in file-name order (not recursive, hidden
    /// files skipped); files are kept as given. Paths that do not exist and folders without lessons
    /// give diagnostics at 1:1.
    public static func deckPaths(_ paths: [String]) -> ([String], [Diagnostic]) {
        // POSIX calls with FileManager's meaning (fileExists follows links; contentsOfDirectory
        // lists every name but `.` and `..`): FileManager's first use costs a noticeable part of
        // a start-up that should take a few milliseconds.
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            guard let isDirectory = kind(of: path) else {
                diagnostics.append(wholeFile(path, "there is no such file or folder"))
                continue
            }
            guard isDirectory else {
                files.append(path)
                continue
            }
            guard let names = names(in: path) else {
                diagnostics.append(wholeFile(path, "cannot read the folder"))
                continue
            }
            let lessons = names
                .filter { !$0.hasPrefix(".") && lessonExtensions.contains(pathExtension($0).lowercased()) }
                .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
                .filter { kind(of: $0) == false }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            if lessons.isEmpty {
                diagnostics.append(wholeFile(path, "the folder has no lesson files, expected files ending in .yaml or .yml"))
            }
            files += lessons
        }
        return (files, diagnostics)
    }

    /// True for a folder, false for anything else that exists, nil when `stat` fails (following
    /// links, as `FileManager.fileExists(atPath:isDirectory:)` does).
    private static func kind(of path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in the folder at `path` but `.` and `..`, in no particular order; nil when it
    /// cannot be opened.
    private static func names(in path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The text after the last `.` of a file name (`""` when there is none, or only a leading one).
    private static func pathExtension(_ name: String) -> Substring {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...]
    }

    // MARK: - Pipeline

    /// What `parseOnThisThread` gives. Not `Result<Lesson, DiagnosticList>`: the first value of that
    /// generic type costs a scan of every protocol conformance in the binary (to check that
    /// `DiagnosticList` is an `Error`), about 0.26 M instructions before the first frame
    /// (docs/performance.md, round 3).
    private enum Parsed: Sendable {
        case lesson(Lesson)
        case problems(DiagnosticList)

        static func success(_ lesson: Lesson) -> Parsed { .lesson(lesson) }
        static func failure(_ list: DiagnosticList) -> Parsed { .problems(list) }
    }

    /// Composes and reads the text; runs on a thread with a large stack (Yams composes recursively).
    private static func parseOnThisThread(_ text: String, path: String) -> Parsed {
        let context = ParseContext(path: path)
        if let finding = AnchorScanner.first(in: text) {
            let what = finding.indicator == "&" ? "the anchor `&\(finding.name)`" : "the alias `*\(finding.name)`"
            context.error("found \(what); anchors (&name) and aliases (*name) are not supported in lessons"
                          + " (to start a text with `\(finding.indicator)`, put it in quotes)",
                          line: finding.line, column: finding.column)
            return .failure(DiagnosticList(context.sortedDiagnostics))
        }
        if let (line, column) = ValueScanner.firstValuePastLimit(in: text, limit: LessonLimits.maxValues) {
            context.error("this is value number \(LessonLimits.maxValues + 1) of the file, past the limit of "
                          + "\(LessonLimits.maxValues) values (numbers, strings, lists and maps, keys included) per lesson",
                          line: line, column: column)
            return .failure(DiagnosticList(context.sortedDiagnostics))
        }
        let root: Node?
        do {
            root = try ResolverChoice.compose(text)  // Resolver.basic when it gives the same tree
        } catch {
            return .failure(DiagnosticList([YAMLErrorTranslator.diagnostic(for: error, text: text, path: path)]))
        }
        guard let root else {
            return .failure(DiagnosticList([wholeFile(path, "the file is empty, expected a lesson with `title` and `steps`")]))
        }
        guard TreeCheck.check(root, context: context) else {
            return .failure(DiagnosticList(context.sortedDiagnostics))
        }
        let lesson = LessonParser(context: context).lesson(root)
        if let lesson, context.errorCount == 0 { return .success(lesson) }
        return .failure(DiagnosticList(context.sortedDiagnostics))
    }

    private static func wholeFile(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: 1, column: 1, message: message)
    }

    private static func tooLarge(_ bytes: Int, path: String) -> Diagnostic {
        wholeFile(path, "the file has \(bytes) bytes, past the limit of \(LessonLimits.maxFileBytes) bytes for a lesson")
    }
}
