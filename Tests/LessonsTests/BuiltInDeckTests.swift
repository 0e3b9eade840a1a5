import Foundation
import Lessons
import Testing

/// The deck built into the binary (scripts/embed_lessons.sh) is lessons/*.yaml, byte for byte.
@Suite struct BuiltInDeckTests {
    @Test("BuiltInDeck.files are lessons/*.yaml, same names, order and bytes (run scripts/embed_lessons.sh)")
    func embeddedFilesEqualTheFolder() throws {
        let (paths, problems) = LessonLoader.deckPaths([ShippedDeckTests.deckPath])
        #expect(problems.isEmpty)
        let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(BuiltInDeck.files.map(\.name) == names, "run scripts/embed_lessons.sh")
        for (path, file) in zip(paths, BuiltInDeck.files) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(file.text == text, "\(file.name) differs from lessons/: run scripts/embed_lessons.sh")
        }
    }

    @Test func theBuiltInDeckParsesLikeTheFolder() throws {
        let lessons = try BuiltInDeck.lessons()
        let shipped = try ShippedDeckTests.deck()
        #expect(lessons.count == shipped.count)
        #expect(lessons.map(\.title) == shipped.map(\.title))
        #expect(lessons.map(\.steps.count) == shipped.map(\.steps.count))
        #expect(lessons.first?.path == "built-in/01-how-to-use.yaml")
    }
}
