import Foundation
import Testing
import Lessons
import Player
import Screen
import TextSafety
@testable import rnnstep

/// Recordings (`Asciicast`) carry no scalar of `UnsafeScalar`'s table from a lesson: not in the
/// JSON text, and not in the strings a player decodes from it (the title, the screens).
@Suite struct AsciicastSafetyTests {
    /// Every scalar of the table, a few of each class, inside the title and the text of a lesson.
    static let hostile = "\u{1B}]0;PWNED\u{7}\u{9B}31m\u{7F}\u{202E}\u{2066}\u{200B}\u{2060}\u{AD}\u{E0041}\u{2028}\u{FEFF}"

    static func recording(color: ColorMode) throws -> String {
        let yaml = """
            title: "T\(Self.hostile.jsonEscapedForYAML)"
            steps:
              - text: "body \(Self.hostile.jsonEscapedForYAML) end"
              - text: second
            """
        let lesson = try LessonLoader.parse(yaml, path: "hostile.yaml")
        #expect(lesson.title.text(.en).unicodeScalars.contains(where: UnsafeScalar.contains), "the lesson really holds them")
        var state = PlayerState(deck: [lesson], language: .en)
        return Asciicast.record(&state, keys: [.pageDown], size: Size(width: 60, height: 12), mode: color, delay: 0.5)
    }

    @Test(arguments: [ColorMode.none, .ansi256])
    func noUnsafeScalarInTheFileOrInWhatAPlayerDecodes(_ color: ColorMode) throws {
        let cast = try Self.recording(color: color)
        #expect(!cast.unicodeScalars.contains { UnsafeScalar.contains($0) && $0 != "\n" }, "the file is printable JSON lines")
        let lines = cast.split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let title = try #require(header["title"] as? String)
        #expect(!title.unicodeScalars.contains(where: UnsafeScalar.contains), "title \(title.debugDescription)")
        #expect(title.hasPrefix("rnnstep · T␛]0;PWNED␇�31m␡"))
        var screens = 0
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            guard event[1] as? String == "o", let data = event[2] as? String else { continue }
            screens += 1
            // The recorder's own sequences (clear, home, erase line, SGR) and row breaks are all
            // that may remain once they are taken out.
            let own = data.replacingOccurrences(of: "\u{1B}\\[[0-9;]*[HJKm]", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\r\n", with: "")
            #expect(!own.unicodeScalars.contains(where: UnsafeScalar.contains), "screen \(own.debugDescription)")
        }
        #expect(screens == 2)
    }
}

private extension String {
    /// The text as the inside of a double-quoted YAML string, every non-ASCII scalar as `\uXXXX`
    /// or `\UXXXXXXXX`, so the test source itself holds no raw control characters.
    var jsonEscapedForYAML: String {
        unicodeScalars.map { s in
            if s.value >= 0x20 && s.value < 0x7F && s != "\"" && s != "\\" { return String(s) }
            return s.value > 0xFFFF ? String(format: "\\U%08X", s.value) : String(format: "\\u%04X", s.value)
        }.joined()
    }
}
