import Foundation
import Testing
@testable import Lessons
import TextSafety

/// Every scalar of `UnsafeScalar`'s table, found by walking all of Unicode (so a consumer with a
/// list of its own, shorter than the table, fails these tests).
let everyUnsafeScalar: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(UnsafeScalar.contains)

/// Safe text that must come out as itself: Hangul, CJK, accents, emoji with their presentation
/// selector, a combining mark, a variation selector on a CJK character, box drawing, a Hangul filler.
let safeSamples = ["순환 신경망", "h_t = tanh(Wx·x_t)", "é e\u{301}", "☕\u{FE0F} 🙂", "葛\u{E0100}", "┌─┐ ▀░", "\u{3164}"]

/// Diagnostics (`SafeText`) and JSON (`JSONValue.quoted`) escape exactly the table's scalars.
@Suite struct UnsafeTextEscapingTests {
    @Test func theTableIsNotEmpty() {
        // Guards the walks below against an empty table, which would make them pass vacuously.
        #expect(everyUnsafeScalar.count > 200)
    }

    @Test func diagnosticsEscapeEveryScalarOfTheTable() {
        for scalar in everyUnsafeScalar {
            let message = "bad \(Character(scalar)) here"
            let shown = Diagnostic(path: "a\(Character(scalar)).yaml", line: 1, column: 2, message: message).description
            #expect(!shown.unicodeScalars.contains(where: UnsafeScalar.contains), "U+\(String(scalar.value, radix: 16)) raw in \(shown.debugDescription)")
            #expect(SafeText.needsEscape(scalar))
        }
        #expect(SafeText.escaped("\u{202E}x\u{200B}\u{E0041}\n") == #"\u{202E}x\u{200B}\u{E0041}\n"#)
    }

    @Test func diagnosticsKeepSafeText() {
        for text in safeSamples {
            #expect(SafeText.escaped(text) == text)
            #expect(Diagnostic(path: "p", line: 1, column: 1, message: text).message == text)
        }
    }

    @Test func jsonEscapesEveryScalarOfTheTableAndReadsBack() throws {
        let text = String(String.UnicodeScalarView(everyUnsafeScalar))
        let quoted = JSONValue.quoted(text)
        #expect(!quoted.unicodeScalars.contains(where: UnsafeScalar.contains))
        let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(back?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    }

    @Test func jsonUsesShortEscapesAndSurrogatePairs() {
        #expect(JSONValue.quoted("\u{1B}\u{202E}\u{FEFF}\u{2028}") == #""\u001b\u202e\ufeff\u2028""#)
        #expect(JSONValue.quoted("\u{1D173}") == #""\ud834\udd73""#)
        #expect(JSONValue.quoted("a\"\\\n\r\t") == #""a\"\\\n\r\t""#)
    }

    @Test func jsonKeepsSafeText() {
        for text in safeSamples {
            #expect(JSONValue.quoted(text) == "\"" + text + "\"")
        }
    }
}
