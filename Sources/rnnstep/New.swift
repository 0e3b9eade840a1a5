import ArgumentParser
import Foundation
import Lessons

/// `rnnstep new PATH [--title …] [--force]`: writes a starter lesson with every step kind.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter lesson with every step kind.")

    @Argument(help: "The lesson file to create (name.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var path: String

    @Option(name: .long, help: "The title, in its language (translate the other).")
    var title: String?

    @Flag(name: .long, help: "Overwrite PATH if it exists.")
    var force = false

    func run() throws {
        let manager = FileManager.default
        let ext = (path as NSString).pathExtension.lowercased()
        guard LessonLoader.lessonExtensions.contains(ext) else {
            let fixed = ext.isEmpty ? path + ".yaml" : (path as NSString).deletingPathExtension + ".yaml"
            throw Failure(message: "rnnstep: error: \(path) does not end in .yaml or .yml, so a deck folder would not load it; "
                          + "expected a lesson file name such as \(fixed)")
        }
        if (path as NSString).lastPathComponent.hasPrefix(".") {
            throw Failure(message: "rnnstep: error: \(path) starts with a dot, so a deck folder would skip it as hidden; expected a name without the leading dot")
        }
        let parent = (path as NSString).deletingLastPathComponent
        var folderIsDirectory: ObjCBool = false
        if !parent.isEmpty {
            guard manager.fileExists(atPath: parent, isDirectory: &folderIsDirectory) else {
                throw Failure(message: "rnnstep: error: the folder \(parent) does not exist; create it first (mkdir -p \(parent)) or give a path in an existing folder")
            }
            guard folderIsDirectory.boolValue else {
                throw Failure(message: "rnnstep: error: \(parent) is a file, not a folder; expected a path in a folder")
            }
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw Failure(message: "rnnstep: error: \(path) is a folder; give the lesson file to create, e.g. \(path)/my-lesson.yaml")
            }
            if !force {
                throw Failure(message: "rnnstep: error: \(path) already exists; not overwriting it (use --force to replace it)")
            }
        }
        let text = LessonTemplate.starter(title: title)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure(message: "rnnstep: error: cannot write \(path): \(error.localizedDescription)")
        }
        Output.err("wrote \(path); try: rnnstep play --watch \(path)")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        if !manager.fileExists(atPath: folder.appendingPathComponent("schema.json").path) {
            Output.err("tip: `rnnstep schema > \(folder.path)/schema.json` lets editors check the lesson as you type")
        }
    }
}
