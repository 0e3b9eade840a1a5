import Foundation
import Testing
@testable import Lessons
import LessonScan

/// `play` composes its first lesson on the calling thread only when the main thread's stack has
/// room for the deepest nesting the text allows; everything else goes to a thread of its own.
@Suite struct StackRoomTests {
    /// One nesting style per case, each `depth` levels deep, written with as few indicator bytes
    /// per level as YAML allows.
    static func nested(_ style: String, depth: Int) -> String {
        switch style {
        case "flow lists": return "steps: " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + "\n"
        case "flow maps": return "steps: " + String(repeating: "{a: ", count: depth - 1) + "x" + String(repeating: "}", count: depth - 1) + "\n"
        case "block lists": return String(repeating: "- ", count: depth) + "x\n"
        case "block maps":
            return (0..<depth).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n"
        case "one-pair maps in lists": return "steps: " + String(repeating: "[k: ", count: (depth - 1) / 2) + "x"
            + String(repeating: "]", count: (depth - 1) / 2) + "\n"
        default: return ""
        }
    }

    @Test(arguments: ["flow lists", "flow maps", "block lists", "block maps", "one-pair maps in lists"])
    func theBoundIsNeverBelowTheNestingTheParserFinds(style: String) {
        let text = Self.nested(style, depth: 66)
        let found = errors(text)
        let depth = found.first.flatMap { line -> Int? in
            guard let range = line.range(of: "nested ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(depth == 65, "\(style): \(found)")  // TreeCheck stops at the first level past 64
        #expect(NestingBound.of(text) >= 66, "\(style): \(NestingBound.of(text))")
    }

    @Test func theBoundCountsIndicatorBytesOnly() {
        #expect(NestingBound.of("") == 1)
        #expect(NestingBound.of("title: 순환 신경망\n") == 2)
        #expect(NestingBound.of("a: [1, {b: -2}]\n- ? x\n") == 8)
    }

    @Test func fitsLeavesTheMarginFree() {
        let eightMB = 8 << 20
        #expect(StackRoom.fits(levels: 100, room: eightMB))
        #expect(StackRoom.fits(levels: (eightMB - StackRoom.margin) / StackRoom.bytesPerLevel, room: eightMB))
        #expect(!StackRoom.fits(levels: (eightMB - StackRoom.margin) / StackRoom.bytesPerLevel + 1, room: eightMB))
        #expect(!StackRoom.fits(levels: 1_000, room: eightMB), "libyaml's deepest document goes to a thread")
        #expect(!StackRoom.fits(levels: Int.max, room: eightMB))
        #expect(!StackRoom.fits(levels: -1, room: eightMB))
        #expect(!StackRoom.fits(levels: 1, room: 0))
    }

    /// Every shipped lesson is read in place under the usual 8 MB limit.
    @Test func theShippedLessonsFitTheUsualMainStack() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../lessons").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count >= 11)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(StackRoom.fits(levels: NestingBound.of(text), room: (8 << 20) - (64 << 10)), "\(name)")
        }
    }

    @Test func noRoomIsClaimedOffTheMainThread() {
        let room = LargeStack.run { StackRoom.onMainThread() }
        #expect(room == nil)
    }

    @Test func roomIsWhatIsLeftBelowTheTopWithinTheLimit() {
        let top: UInt = 0x7fff_0000_0000
        #expect(StackRoom.room(size: 8 << 20, top: top, here: top - 4096) == (8 << 20) - 4096)
        #expect(StackRoom.room(size: 8 << 20, top: top, here: top - UInt(8 << 20)) == nil, "past the limit")
        #expect(StackRoom.room(size: 8 << 20, top: top, here: top + 16) == nil, "above the top")
        #expect(StackRoom.room(size: 8 << 20, top: top, here: 0x5555_0000_0000) == nil, "another thread's stack")
        #expect(StackRoom.room(size: 0, top: top, here: top - 16) == nil)
    }

    /// The same diagnostics whichever thread composes (deep enough to need a thread here, shallow
    /// enough for the main thread's stack).
    @Test func inPlaceAndOnAThreadGiveTheSameDiagnostics() {
        for text in [Self.nested("block lists", depth: 300), Self.nested("flow lists", depth: 2_000), "title: x\nsteps: 3\n"] {
            let onThread: [String]
            do { _ = try LessonLoader.parse(text, path: "t.yaml"); onThread = [] } catch { onThread = error.diagnostics.map(\.description) }
            let here: [String]
            do { _ = try LessonLoader.parse(text, path: "t.yaml", hereIfRoom: true); here = [] } catch { here = error.diagnostics.map(\.description) }
            #expect(!here.isEmpty && here == onThread)
        }
    }
}
