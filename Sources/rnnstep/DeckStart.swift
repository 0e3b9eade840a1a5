import Lessons

/// A deck read in two parts for `play`: the first lesson before the first frame, the others
/// right after it (docs/performance.md, round 3; DECISIONS.md, 2026-12-01). Lesson files and
/// the built-in deck are both read so.
///
/// Every lesson is still read and validated before the first key is handled; a broken later
/// lesson ends `play` as it always did (its diagnostics on stderr, exit status 1), only after the
/// first screen has been shown for the moment it took to read the rest.
struct DeckStart {
    /// The first lesson of the deck, already read and valid.
    let first: Lesson
    /// How many lessons follow it, not read yet.
    let restCount: Int
    /// Reads the lessons after the first: in deck order, or every diagnostic found (in file
    /// order, as `DeckLoading.collect` gives them).
    let readRest: () -> (lessons: [Lesson], diagnostics: [Diagnostic])

    /// The deck as the first frame sees it: the first lesson, and the first lesson again in the
    /// place of each lesson not read yet. Only the first lesson and the count (the header's
    /// "(1/10)") reach the first frame, so it is the frame the whole deck gives.
    var standIn: [Lesson] { Array(repeating: first, count: restCount + 1) }

    /// Reads the other lessons: the whole deck in order, or every diagnostic found.
    func complete() -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        let (lessons, diagnostics) = readRest()
        return ([first] + lessons, diagnostics)
    }
}
