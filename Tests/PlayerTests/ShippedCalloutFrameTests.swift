import Foundation
import Lessons
import Screen
import Testing
@testable import Player

/// The callouts of the shipped lessons 02 and 04, as they appear on screen at 80×24.
@Suite struct ShippedCalloutFrameTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

    /// The screen text of `file` on its last rnn step at timestep `t`.
    func screen(_ file: String, lastRNN: Bool = true, t: Int, language: Language) throws -> String {
        let lesson = try LessonLoader.load(path: Self.lessons.appendingPathComponent(file).path)
        let rnnSteps = lesson.steps.indices.filter { if case .rnn = lesson.steps[$0].kind { true } else { false } }
        let index = try #require(lastRNN ? rnnSteps.last : rnnSteps.first)
        var s = PlayerState(deck: [lesson], language: language)
        Player.update(&s, keys: Array(repeating: .pageDown, count: index) + Array(repeating: .right, count: t))
        #expect(s.stepIndex == index && s.timestep == t)
        return Player.view(s).lines.joined(separator: "\n")
    }

    @Test func theHandCheckableStepSaysWhatTheScreenShows() throws {
        let t1 = try screen("02-what-is-an-rnn.yaml", t: 1, language: .en)
        #expect(t1.contains("h_0 is zero, so W_h·h_0 = 0: only the input speaks."))
        #expect(t1.contains("0.762"))
        let t4 = try screen("02-what-is-an-rnn.yaml", t: 4, language: .ko)
        #expect(t4.contains("h_4 ≈ [0.090, 0.180]"))
        #expect(t4.contains("0.090") && t4.contains("0.180"))
        let t3 = try screen("02-what-is-an-rnn.yaml", t: 3, language: .en)
        #expect(t3.contains("No input now") && !t3.contains("only the input speaks"))
    }

    @Test func lessonFourPointsAtTheSaturationAtTimestepTwo() throws {
        let t2 = try screen("04-numpy-rnn.yaml", lastRNN: false, t: 2, language: .en)
        #expect(t2.contains("▸ Saturation"))
        let t2ko = try screen("04-numpy-rnn.yaml", lastRNN: false, t: 2, language: .ko)
        #expect(t2ko.contains("▸ 포화"))
        let t1 = try screen("04-numpy-rnn.yaml", lastRNN: false, t: 1, language: .en)
        #expect(t1.contains("h_0 is zero") && !t1.contains("Saturation"))
    }
}
