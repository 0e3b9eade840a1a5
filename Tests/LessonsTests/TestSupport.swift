import Foundation
import Lessons

/// The diagnostics `LessonLoader.parse` gives for `yaml`, as printed lines (empty when it parses).
func errors(_ yaml: String, path: String = "t.yaml") -> [String] {
    do {
        _ = try LessonLoader.parse(yaml, path: path)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// The diagnostics for raw bytes.
func errors(bytes: [UInt8], path: String = "t.yaml") -> [String] {
    do {
        _ = try LessonLoader.parse(Data(bytes), path: path)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// The path of a fixture file or folder.
func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
}

/// A lesson wrapping one step's YAML (written as a flow or block value after `- `).
func lesson(step: String) -> String {
    "title: x\nsteps:\n  - " + step + "\n"
}
