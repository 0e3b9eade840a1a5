/// "Did you mean …?" suggestions from edit distance.
enum Suggestion {
    /// Levenshtein distance between two strings, counted in Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` when it is close enough to be a likely typo
    /// (case-insensitive equal, or at most a third of its length and at most 3 edits away).
    static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.unicodeScalars.count <= 100 else { return nil }
        let lower = word.lowercased()
        if let same = candidates.first(where: { $0.lowercased() == lower }) { return same }
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(lower, candidate.lowercased())
            let allowed = min(3, max(1, candidate.count / 3))
            if d <= allowed, best == nil || d < best!.1 { best = (candidate, d) }
        }
        return best?.0
    }

    /// `; did you mean `x`?` or an empty string.
    static func phrase(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }
}
