import Foundation
import Lessons
import Player
@testable import rnnstep
import Testing

/// `ResumeStore.hasState` decides whether `play` may draw its first frame before the rest of the
/// deck is read: only when no saved place could move it.
@Suite struct ResumeStoreStateTests {
    final class Calls: @unchecked Sendable { var count = 0 }

    static func state() -> PlayerState {
        let deck = [Lesson(path: "a.yaml", title: LocalizedText("A"), steps: [
            Step(kind: .text(LocalizedText("one")), position: SourcePosition(line: 1, column: 1)),
        ])]
        return PlayerState(deck: deck, language: .en)
    }

    @Test func withoutAStateFolderTheDeckKeyIsNotWorkedOut() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rnnstep-state-\(UUID().uuidString)").path
        let calls = Calls()
        let found = ResumeStore.hasState(deck: { calls.count += 1; return "/some/deck" }, environment: ["XDG_STATE_HOME": home])
        #expect(!found)
        #expect(calls.count == 0)
    }

    @Test func aSavedPlaceIsFoundForItsDeckOnly() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rnnstep-state-\(UUID().uuidString)").path
        let environment = ["XDG_STATE_HOME": home]
        let store = ResumeStore(deck: "/a/deck", environment: environment)
        #expect(store.save(SavedPlace(Self.state(), deck: store.deck)) == nil)
        #expect(ResumeStore.hasState(deck: { "/a/deck" }, environment: environment))
        #expect(!ResumeStore.hasState(deck: { "/another/deck" }, environment: environment))
        // HOME's default folder, when XDG_STATE_HOME is not absolute.
        let fromHome = ["XDG_STATE_HOME": "relative", "HOME": home]
        #expect(!ResumeStore.hasState(deck: { "/a/deck" }, environment: fromHome))
    }
}
