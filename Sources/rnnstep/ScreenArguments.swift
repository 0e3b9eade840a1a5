import ArgumentParser
import Screen

/// Parsing of the `--size` and `--keys` values shared by `render` and `record`.
enum ScreenArguments {
    /// The largest width or height `--size` accepts.
    static let maxSide = 1000

    /// `COLSxROWS`, each from 1 to `maxSide`; a usage error otherwise.
    static func size(_ text: String) throws -> Size {
        guard let size = Size(parsing: text), size.width <= maxSide, size.height <= maxSide else {
            throw ValidationError("--size takes COLSxROWS with each from 1 to \(maxSide), e.g. 100x30; found '\(text)'")
        }
        return size
    }

    /// The keys of a `--keys` string; a usage error naming the allowed key names otherwise.
    static func keys(_ text: String) throws -> [Key] {
        do {
            return try Key.parseSequence(text)
        } catch {
            throw ValidationError("--keys: \(error)")
        }
    }
}
