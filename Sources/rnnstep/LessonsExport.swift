import ArgumentParser
import Foundation
import Lessons

/// `rnnstep lessons export DIR`: writes the built-in deck and its `schema.json` to a folder, to
/// edit or to play from there.
struct LessonsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in deck and its schema.json to a folder.",
        discussion: "Creates DIR when missing; refuses to replace existing files unless --force.")

    @Argument(help: "The folder to write to.", completion: .directory)
    var directory: String

    @Flag(name: .long, help: "Replace files that exist already.")
    var force = false

    func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir), !isDir.boolValue {
            throw Failure(message: "\(directory):1:1: error: found a file, expected a folder to export the lessons to")
        }
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "\(directory):1:1: error: cannot create the folder: \(error.localizedDescription)")
        }
        let files = BuiltInDeck.files + [(name: "schema.json", text: LessonSchema.text)]
        let folder = URL(fileURLWithPath: directory)
        let existing = files.map { folder.appendingPathComponent($0.name).path }.filter { fm.fileExists(atPath: $0) }
        if !force, let first = existing.first {
            let more = existing.count > 1 ? " (and \(existing.count - 1) more)" : ""
            throw Failure(message: "\(first):1:1: error: the file exists\(more); use --force to replace the exported lessons")
        }
        for file in files {
            let path = folder.appendingPathComponent(file.name).path
            do {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw Failure(message: "\(path):1:1: error: cannot write the file: \(error.localizedDescription)")
            }
        }
        Output.err("wrote \(BuiltInDeck.files.count) lessons and schema.json to \(directory)")
    }
}
