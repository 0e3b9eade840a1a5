import Screen

/// The header row's two sides fitted to a width, by one rule for every step kind: the title gives
/// way first, at a word with `…`, down to half its width; then the step kind goes (`· RNN 계산`,
/// `· lstm`); then the title goes on giving way down to `rnnstep`; only then whole ` · ` parts of
/// the right side go from its left, the quiz score first. Nothing is ever cut inside a word,
/// number or `(…)`. The choice is made for the step's widest right side, so paging through the
/// positions of a step never moves the title.
struct HeaderLine: Equatable {
    /// The left side as drawn, with its leading space (` rnnstep · 깊은 순환 신경망 (5/11)`).
    var left: String
    /// The right side as drawn, with its trailing space (`t = 3/3 · 단계 5/10 · RNN 계산 `).
    var right: String

    /// Fits `title` (the lesson's title with its deck number) and the right side's parts to
    /// `width` columns. `parts` is the right side in order (score, place, step), without the kind.
    /// `widest` is the widest right side the step can show (its place at every position): the
    /// title and whether the kind shows are chosen for it, so neither changes as → moves on.
    init(title: String, parts: [String], kind: String, width: Int, widest: [String]? = nil) {
        let full = "rnnstep · " + title
        let half = TextWidth.width(of: title) / 2
        // A loop of String appends: `joined(separator:)` was called unspecialised here, and its
        // first call costs 0.25 M instructions of runtime lookup before the first frame.
        func rightText(_ parts: [String]) -> String {
            var text = ""
            for (i, part) in parts.enumerated() {
                if i > 0 { text += " · " }
                text += part
            }
            return text + " "
        }
        /// The longest form of the left side beside `right`, or nil when it would be shorter than
        /// `rnnstep · ` and `minimum` columns of the title.
        func leftText(beside right: String, minimum: Int) -> String? {
            let room = width - TextWidth.width(of: right) - 1 - 1
            if TextWidth.width(of: full) <= room { return " " + full }
            let short = TextShortening.shortened(full, to: room, prose: true)
            let kept = short.hasSuffix(" …") ? String(short.dropLast(2)) : ""
            guard kept.hasPrefix("rnnstep"), TextWidth.width(of: kept) >= TextWidth.width(of: "rnnstep · ") + minimum
                    || (minimum == 0 && kept == "rnnstep") else { return nil }
            return " " + short
        }
        let decide = widest ?? parts
        if let l = leftText(beside: rightText(decide + [kind]), minimum: half) {
            self.init(left: l, right: rightText(parts + [kind]))
        } else if let l = leftText(beside: rightText(decide), minimum: half) ?? leftText(beside: rightText(decide), minimum: 0) {
            self.init(left: l, right: rightText(parts))
        } else {
            // Whole parts from the left (the score first), as many as the widest right side
            // loses, beside `rnnstep …` when it still fits.
            let split = { (parts: [String]) in parts.flatMap { $0.components(separatedBy: " · ") } }
            var dropped = 0
            while TextWidth.width(of: rightText(Array(split(decide).dropFirst(dropped)))) > width - 1, dropped < split(decide).count - 1 {
                dropped += 1
            }
            var shown = Array(split(parts).dropFirst(min(dropped, max(0, split(parts).count - 1))))
            while TextWidth.width(of: rightText(shown)) > width - 1, shown.count > 1 { shown.removeFirst() }
            let right = rightText(shown)
            let room = width - TextWidth.width(of: right) - 1
            let left = TextWidth.width(of: " rnnstep …") <= room ? " rnnstep …" : TextWidth.width(of: " rnnstep") <= room ? " rnnstep" : ""
            self.init(left: left, right: right)
        }
    }

    private init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}
