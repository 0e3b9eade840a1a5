import Foundation
import Lessons
import Screen
import Testing
@testable import Player

/// The speaker notes of the shipped lessons 05, 06, 08, 10 and 11: every quiz and step-through has
/// them in both languages, and the numbers they quote are on the screen where they say.
@Suite struct ShippedNotesTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

    static func load(_ file: String) throws -> Lesson {
        try LessonLoader.load(path: lessons.appendingPathComponent(file).path)
    }

    static let noted = ["05-deep-rnn.yaml", "06-bidirectional.yaml", "08-a-real-sentence.yaml", "10-lstm.yaml", "11-gru.yaml"]

    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }

    @Test("every quiz and step-through of lessons 05, 06, 08, 10, 11 has notes, Korean in ko and English in en", arguments: noted)
    func stepsThatNeedNotesHaveThem(_ file: String) throws {
        let lesson = try Self.load(file)
        for (i, step) in lesson.steps.enumerated() {
            let needs: Bool
            switch step.kind {
            case .quiz, .rnn, .gated: needs = true
            default: needs = false
            }
            guard let notes = step.notes else {
                #expect(!needs, "\(file) step \(i + 1) has no notes")
                continue
            }
            let ko = try #require(notes.ko, "\(file) step \(i + 1)"), en = try #require(notes.en, "\(file) step \(i + 1)")
            #expect(Self.hasHangul(ko) && !Self.hasHangul(en), "\(file) step \(i + 1)")
        }
    }

    /// The screen text (100×30, English) of `file`'s step `step` (1-based) after `keys`.
    func screen(_ file: String, step: Int, keys: [Key]) throws -> String {
        let lesson = try Self.load(file)
        var s = PlayerState(deck: [lesson], language: .en, size: Size(width: 100, height: 30))
        Player.update(&s, keys: Array(repeating: .pageDown, count: step - 1) + keys)
        #expect(s.stepIndex == step - 1)
        return Player.view(s).lines.joined(separator: "\n")
    }

    /// Each quoted number is in the step's English and Korean notes (with `−` written as the
    /// screen's `-`) and on the screen after the keys.
    @Test("the numbers the notes quote are on the screen where the notes point", arguments: [
        ("05-deep-rnn.yaml", 8, Array(repeating: Key.right, count: 5), ["-0.85", "-0.71", "-0.60"]),
        ("05-deep-rnn.yaml", 8, [Key.end], ["-0.71", "0.84", "-0.51"]),
        ("06-bidirectional.yaml", 9, [Key.end], ["0.87", "-0.42", "-0.40"]),
        ("08-a-real-sentence.yaml", 5, [Key.end], ["0.998", "-0.961"]),
        ("08-a-real-sentence.yaml", 8, [], ["0.492"]),
        ("08-a-real-sentence.yaml", 8, [Key.right], ["0.997"]),
        ("08-a-real-sentence.yaml", 8, [Key.end], ["-4.877", "-5.304", "1.383", "2.623", "0.002"]),
        ("10-lstm.yaml", 7, [Key.end], ["1.14", "0.99", "0.40"]),
        ("10-lstm.yaml", 9, [Key.right], ["0.98", "0.96"]),
        ("11-gru.yaml", 7, Array(repeating: Key.right, count: 7), ["0.71", "0.17", "0.12"]),
        ("11-gru.yaml", 9, [Key.end], ["-0.19"]),
    ])
    func quotedNumbersAreOnScreen(_ file: String, _ step: Int, _ keys: [Key], _ numbers: [String]) throws {
        let notes = try #require(try Self.load(file).steps[step - 1].notes)
        let text = try screen(file, step: step, keys: keys)
        for number in numbers {
            for language in [notes.text(.ko), notes.text(.en)] {
                #expect(language.replacingOccurrences(of: "−", with: "-").contains(number), "\(file) step \(step): notes quote \(number)")
            }
            #expect(text.contains(number), "\(file) step \(step): the screen shows \(number)")
        }
    }
}
