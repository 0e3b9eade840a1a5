import Lessons
import Screen

/// The `m` lesson menu: every lesson of the deck with its title and its quiz score, the current
/// lesson marked `▶`, the selected row in reverse video. Arrows move, Enter jumps, Esc closes.
struct LessonMenu {
    /// The deck.
    var deck: [Lesson]
    /// The lesson being shown.
    var current: Int
    /// The selected row.
    var selected: Int
    /// Quiz answers of the session.
    var answers: [StepID: Int]
    /// Language of titles and labels.
    var language: Language
    /// ASCII borders and marker.
    var ascii: Bool

    /// The quiz score of lesson `index`: right answers and quizzes, or nil when it has none.
    static func score(of index: Int, in deck: [Lesson], answers: [StepID: Int]) -> (right: Int, quizzes: Int)? {
        var right = 0, quizzes = 0
        for (stepIndex, step) in deck[index].steps.enumerated() {
            guard case .quiz(let quiz) = step.kind else { continue }
            quizzes += 1
            if answers[StepID(lesson: index, step: stepIndex)] == quiz.answer { right += 1 }
        }
        return quizzes == 0 ? nil : (right, quizzes)
    }

    /// The rows: marker and number, then the title (and the score when the lesson has quizzes).
    var rows: [(keys: String, help: String)] {
        deck.indices.map { index in
            let marker = index == current ? (ascii ? ">" : "▶") : " "
            let number = index + 1 < 10 ? " \(index + 1)" : "\(index + 1)"
            var title = TextWidth.sanitized(deck[index].title.text(language))
            if let score = LessonMenu.score(of: index, in: deck, answers: answers) {
                title += language == .ko ? "  (퀴즈 \(score.right)/\(score.quizzes))" : "  (quiz \(score.right)/\(score.quizzes))"
            }
            return (marker + number, title)
        }
    }

    /// Draws the menu centred in `area`; when the rows do not fit, a window of them around the
    /// selected one.
    func render(into frame: inout Frame, area: Rect) {
        let title = language == .ko ? "레슨 (↑↓ 고르기, Enter 이동, Esc 닫기)" : "Lessons (↑↓ choose, Enter go, Esc close)"
        var all = rows
        let room = max(1, area.height - 2)
        var first = 0
        if all.count > room {
            first = min(max(0, selected - room / 2), all.count - room)
            all = Array(all[first..<(first + room)])
        }
        let box = Overlay(title: title, entries: all, ascii: ascii).render(into: &frame, area: area)
        let row = box.y + 1 + (selected - first)
        guard row > box.y, row < box.maxY - 1 else { return }
        for x in (box.x + 1)..<(box.maxX - 1) {
            frame[x, row].style.attributes.insert(.reverse)
        }
    }
}
