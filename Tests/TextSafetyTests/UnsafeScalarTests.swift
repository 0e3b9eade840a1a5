import Testing
import TextSafety

/// Every Unicode scalar, once.
private let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

/// The table as this test expects it, class by class, written out independently of the code.
private let expected: [UnsafeScalar.Kind: [ClosedRange<UInt32>]] = [
    .c0Control: [0x00...0x1F],
    .delete: [0x7F...0x7F],
    .c1Control: [0x80...0x9F],
    .bidiControl: [0x061C...0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069],
    .invisible: [0x00AD...0x00AD, 0x180E...0x180E, 0x200B...0x200D, 0x2060...0x2065, 0x206A...0x206F,
                 0xFFF9...0xFFFB, 0x13430...0x1343F, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0000...0xE007F],
    .lineSeparator: [0x2028...0x2028],
    .paragraphSeparator: [0x2029...0x2029],
    .byteOrderMark: [0xFEFF...0xFEFF],
]

/// Format characters (Cf) that draw a visible sign, and so stay out of the table.
private let visibleFormatCharacters: [ClosedRange<UInt32>] = [
    0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891, 0x08E2...0x08E2,
    0x110BD...0x110BD, 0x110CD...0x110CD,
]

@Suite struct UnsafeScalarTests {
    @Test(arguments: UnsafeScalar.Kind.allCases)
    func everyScalarOfAClassIsInTheTableWithThatClass(_ kind: UnsafeScalar.Kind) throws {
        let ranges = try #require(expected[kind], "no expectation written for \(kind)")
        for range in ranges {
            for value in range {
                let scalar = try #require(Unicode.Scalar(value))
                #expect(UnsafeScalar.kind(of: scalar) == kind, "U+\(String(value, radix: 16, uppercase: true))")
                #expect(UnsafeScalar.contains(scalar))
            }
        }
    }

    @Test func theTableHoldsNothingElse() {
        let listed = Set(expected.values.joined().flatMap { $0 })
        let extra = allScalars.filter { UnsafeScalar.kind(of: $0) != nil && !listed.contains($0.value) }
        #expect(extra.map { String($0.value, radix: 16) } == [])
        // `contains` answers common text without the table; it must agree with it everywhere.
        let disagreeing = allScalars.filter { UnsafeScalar.contains($0) != (UnsafeScalar.kind(of: $0) != nil) }
        #expect(disagreeing.map { String($0.value, radix: 16) } == [])
    }

    /// The table against the Unicode data of the Swift runtime: every control, format character and
    /// line or paragraph separator is in it (but the visible prepended marks), and it holds nothing
    /// else but unassigned scalars in its blocks. A newer Unicode version adding a format character
    /// fails here, on purpose.
    @Test func theTableCoversEveryControlFormatAndSeparatorCharacter() {
        let categories: Set<Unicode.GeneralCategory> = [.control, .format, .lineSeparator, .paragraphSeparator]
        let missing = allScalars.filter { scalar in
            categories.contains(scalar.properties.generalCategory) && !UnsafeScalar.contains(scalar)
                && !visibleFormatCharacters.contains { $0.contains(scalar.value) }
        }
        #expect(missing.map { String($0.value, radix: 16) } == [])
        let other = allScalars.filter {
            UnsafeScalar.contains($0) && !categories.contains($0.properties.generalCategory)
                && $0.properties.generalCategory != .unassigned
        }
        #expect(other.map { String($0.value, radix: 16) } == [])
    }

    @Test func ordinaryTextAndThePlaceholdersAreSafe() {
        // Space, letters, Hangul (with conjoining jamo and the filler), CJK, a combining mark, the
        // combining grapheme joiner, variation selectors, emoji, box drawing, and the placeholders
        // the consumers draw instead of unsafe scalars (control pictures, arrow, U+FFFD).
        let text = " aZ~é순환 신경망 \u{1100}\u{1161}\u{11A8}\u{3164}\u{FFA0}葛e\u{301}\u{34F}\u{FE0F}\u{E0100}🙂┌─┐▀░→␀␛␟␡�\u{A0}"
        #expect(text.unicodeScalars.filter(UnsafeScalar.contains).map { String($0.value, radix: 16) } == [])
        #expect(!UnsafeScalar.containsAny(in: text))
        #expect(UnsafeScalar.containsAny(in: text + "\u{200B}"))
    }
}
