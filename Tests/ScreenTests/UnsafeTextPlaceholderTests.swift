import Testing
@testable import Screen
import TextSafety

/// Every scalar of `UnsafeScalar`'s table, found by walking all of Unicode.
private let everyUnsafeScalar: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(UnsafeScalar.contains)

/// Frames (`TextWidth.sanitized`, `Frame.put`, `ANSIRenderer`) replace exactly the table's scalars.
@Suite struct UnsafeTextPlaceholderTests {
    @Test func everyScalarOfTheTableGetsAOneColumnPlaceholder() throws {
        #expect(everyUnsafeScalar.count > 200)
        for scalar in everyUnsafeScalar {
            let placeholder = try #require(TextWidth.placeholder(for: scalar), "U+\(String(scalar.value, radix: 16))")
            #expect(TextWidth.width(of: placeholder) == 1)
            #expect(!placeholder.unicodeScalars.contains(where: UnsafeScalar.contains))
        }
    }

    @Test func placeholdersByClass() {
        #expect(TextWidth.sanitized("\u{1B}[2J\u{7}\u{9}\u{7F}") == "␛[2J␇→␡")
        #expect(TextWidth.sanitized("\u{9B}\u{202E}\u{2066}\u{200B}\u{200D}\u{2060}\u{AD}\u{E0041}\u{2028}\u{2029}\u{FEFF}") == String(repeating: "�", count: 11))
        #expect(TextWidth.sanitized("a\nb", keepNewlines: true) == "a\nb")
        #expect(TextWidth.sanitized("a\nb") == "a␊b")
    }

    @Test func nothingOfTheTableSurvivesSanitizingAndTheWidthIsOneColumnEach() {
        let text = String(String.UnicodeScalarView(everyUnsafeScalar))
        let shown = TextWidth.sanitized(text)
        #expect(!shown.unicodeScalars.contains(where: UnsafeScalar.contains))
        #expect(TextWidth.width(of: shown) == everyUnsafeScalar.count)
    }

    @Test func framesAndRenderedTextCarryNoScalarOfTheTable() {
        var frame = Frame(size: Size(width: 40, height: 2))
        frame.put("x\u{1B}]0;T\u{7}\u{202E}y\u{200B}\u{E0041}\u{FEFF}z", x: 0, y: 0)
        let cells = frame.cells.map(\.text).joined()
        #expect(!cells.unicodeScalars.contains(where: UnsafeScalar.contains))
        #expect(cells.hasPrefix("x␛]0;T␇�y���z"))
        let rendered = ANSIRenderer(mode: .none).render(frame)
        #expect(!rendered.unicodeScalars.contains { UnsafeScalar.contains($0) && $0 != "\n" })
    }

    @Test func safeTextIsKept() {
        for text in ["순환 신경망", "é e\u{301}", "☕\u{FE0F} 🙂", "葛\u{E0100}", "┌─┐ ▀░", "\u{3164}"] {
            #expect(TextWidth.sanitized(text) == text)
        }
    }
}
