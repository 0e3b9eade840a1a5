import Lessons

/// A deck read in two parts for `play`: the first lesson before the first frame, the other files
/// right after it (docs/performance.md, round 3; DECISIONS.md, 2026-12-01).
///
/// Every lesson is still read and validated before the first key is handled; a broken later
/// lesson ends `play` as it always did (its diagnostics on stderr, exit status 1), only after the
/// first screen has been shown for the moment it took to read the rest.
struct DeckStart {
    /// The first lesson of the deck, already read and valid.
    let first: Lesson
    /// The deck's other files, in deck order, not read yet.
    let rest: [String]

    /// The deck as the first frame sees it: the first lesson, and the first lesson again in the
    /// place of each lesson not read yet. Only the first lesson and the count (the header's
    /// "(1/10)") reach the first frame, so it is the frame the whole deck gives.
    var standIn: [Lesson] { Array(repeating: first, count: rest.count + 1) }

    /// Reads the other files: the whole deck in order, or every diagnostic found (in file order,
    /// as `DeckLoading.collect` gives them).
    func complete() -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        let (lessons, diagnostics) = DeckLoading.collect(rest)
        return ([first] + lessons, diagnostics)
    }
}
