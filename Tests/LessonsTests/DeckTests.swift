import Foundation
import Testing
@testable import Lessons

@Suite struct DeckTests {
    @Test func folderExpandsInFileNameOrder() {
        let deck = fixture("deck")
        let (files, diagnostics) = LessonLoader.deckPaths([deck, fixture("chapter.yaml")])
        #expect(files == [deck + "/01-one.yaml", deck + "/02-two.yml", deck + "/10-ten.yaml", fixture("chapter.yaml")])
        #expect(diagnostics.isEmpty)
        #expect(LessonLoader.deckPaths([deck + "/"]).0.first == deck + "/01-one.yaml")
        #expect(files.compactMap { try? LessonLoader.load(path: $0).title.text(.en) } == ["One", "Two", "Ten", "An RNN in NumPy"])
    }

    @Test func filesAreKeptAsGiven() {
        let notes = fixture("deck/notes.txt")
        #expect(LessonLoader.deckPaths([notes]).0 == [notes])
    }

    @Test func missingPathsAndEmptyFolders() {
        let (files, diagnostics) = LessonLoader.deckPaths(["/nonexistent/x.yaml", fixture("empty-deck")])
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "/nonexistent/x.yaml:1:1: error: there is no such file or folder",
            fixture("empty-deck") + ":1:1: error: the folder has no lesson files, expected files ending in .yaml or .yml",
        ])
    }

    @Test func loadErrors() {
        func loadErrors(_ path: String) -> [String] {
            do { _ = try LessonLoader.load(path: path); return [] } catch { return error.diagnostics.map(\.description) }
        }
        #expect(loadErrors("/nonexistent/x.yaml") == ["/nonexistent/x.yaml:1:1: error: cannot read the file: there is no such file"])
        #expect(loadErrors(fixture("deck")) == [fixture("deck") + ":1:1: error: found a folder, expected a lesson file (.yaml)"])
        #expect(loadErrors(fixture("deck/notes.txt")) == [
            fixture("deck/notes.txt") + ":1:1: error: found the string `not a lesson` at the top level, expected a map with `title` and `steps`",
        ])
    }
}
