import Lessons
import RNNCore
import Screen

/// Inspect mode's drill-down panel: the cursor cell explained with numbers to 4 decimals, read
/// from a prepared `DrillDown`. For z_t[i] or h_t[i] it lists every product Wx[i,j]·x_t[j] and
/// Wh[i,k]·h_{t-1}[k] (the largest ones and `… n more, sum s` when they do not all fit), both
/// sums, `+ b[i] = z_t[i]` and `f → h_t[i]`; for a weight, the unit it feeds and its product at t.
struct DrillDownView {
    /// What to explain.
    var drill: DrillDown
    /// The activation's name as the equation writes it.
    var activationName: String
    /// Language of the words.
    var language: Language

    /// Rows a line of the panel: text and whether it is a heading.
    typealias Line = (text: String, bold: Bool)

    /// Draws the panel into `area` (a heading line and the explanation, cut to the area).
    func render(into frame: inout Frame, area: Rect) {
        Self.drawWrapped(lines(width:rows:), into: &frame, area: area)
    }

    /// Draws a drill-down's lines (the rnn and the gated panels both) into `area`. A line wider
    /// than the panel (80×24 beside a sentence) goes on below, broken at a space, rather than
    /// losing the end of a number; the panel then lists fewer products (as on a shorter panel) so
    /// that the sums and the result still show.
    static func drawWrapped(_ lines: (_ width: Int, _ rows: Int) -> [Line], into frame: inout Frame, area: Rect) {
        guard !area.isEmpty else { return }
        func wrappedLines(_ budget: Int) -> [Line] {
            lines(area.width, budget).flatMap { line in
                TextShortening.wrapped(line.text, to: area.width).map { (text: $0, bold: line.bold) }
            }
        }
        var budget = area.height
        var rows = wrappedLines(budget)
        while rows.count > area.height, budget > 1 {
            budget -= 1
            rows = wrappedLines(budget)
        }
        for (row, line) in rows.prefix(area.height).enumerated() {
            frame.put(line.text, x: area.x, y: area.y + row, style: line.bold ? .bold : .plain, clip: area)
        }
    }

    /// A number to 4 decimals after a space.
    static func n(_ value: Double) -> String {
        " " + NumberFormat.fixed(value, decimals: 4)
    }

    /// The panel's lines for `width` columns and `rows` rows.
    func lines(width: Int, rows: Int) -> [Line] {
        let ko = language == .ko
        let t = drill.t, n = DrillDownView.n, prev = drill.previousName
        switch drill.subject {
        case .unit(let u):
            return unitLines(u, width: width, rows: rows)
        case let .inputWeight(i, j, w, x, p):
            return [("Wx[\(i),\(j)] =\(n(w))", true),
                    (ko ? "→ z_\(t)[\(i)], h_\(t)[\(i)] (유닛 \(i))" : "→ z_\(t)[\(i)], h_\(t)[\(i)] (unit \(i))", false),
                    ("Wx[\(i),\(j)]·x_\(t)[\(j)]", false),
                    ("  =\(n(w)) ×\(n(x))", false),
                    ("  =\(n(p))", false),
                    (ko ? "+ - 0: 이 칸  * /: Wx 전체" : "+ - 0 cell  * / whole Wx", false)]
        case let .recurrentWeight(i, k, w, h, p):
            return [("Wh[\(i),\(k)] =\(n(w))", true),
                    (ko ? "→ z_\(t)[\(i)], h_\(t)[\(i)] (유닛 \(i))" : "→ z_\(t)[\(i)], h_\(t)[\(i)] (unit \(i))", false),
                    ("Wh[\(i),\(k)]·\(prev)[\(k)]", false),
                    ("  =\(n(w)) ×\(n(h))", false),
                    ("  =\(n(p))", false),
                    (ko ? "+ - 0: 이 칸  * /: Wh 전체" : "+ - 0 cell  * / whole Wh", false)]
        case let .input(j, x):
            let what = drill.context.lowerLayer.map { ko ? "\($0)층의 시점 \(t) 출력" : "layer \($0)'s output at t = \(t)" }
                ?? (ko ? "시점 \(t)의 입력" : "the input at t = \(t)")
            return [("x_\(t)[\(j)] =\(n(x))", true), (what, false),
                    (ko ? "× Wx의 \(j)열 → 모든 유닛" : "× column \(j) of Wx → every unit", false)]
        case let .previous(k, h):
            return [("\(prev)[\(k)] =\(n(h))", true), (previousWhat, false),
                    (ko ? "× Wh의 \(k)열 → 모든 유닛" : "× column \(k) of Wh → every unit", false)]
        case let .bias(i, b, z):
            return [("b[\(i)] =\(n(b))", true),
                    (ko ? "z_\(t)[\(i)]에 더해짐" : "added to z_\(t)[\(i)]", false), ("z_\(t)[\(i)] =\(n(z))", false),
                    (ko ? "유닛 \(i)에만 들어감" : "feeds unit \(i) only", false)]
        }
    }

    /// What the previous state is: the initial state, or the state of the timestep read before.
    private var previousWhat: String {
        let ko = language == .ko, c = drill.context
        if !c.inStack {
            return drill.t == 1
                ? (ko ? "h_0: 초기 상태 (바꿀 수 있음)" : "h_0: the initial state (editable)")
                : (ko ? "이전 시점의 h (t = \(drill.t - 1)의 h_t)" : "the previous step's h_t (t = \(drill.t - 1))")
        }
        guard let previous = c.previousStep else {
            return ko ? "h0: 이 방향의 초기 상태 (0)" : "h0: this pass's initial state (zeros)"
        }
        return ko ? "바로 전에 읽은 t = \(previous)의 h_t" : "h_t of t = \(previous), read just before"
    }

    /// Whether a heading fits above the products, and how many input and recurrent products to
    /// list, for `rows` rows of which `fixed` are taken by the sums and the result lines.
    static func plan(inputs d: Int, states h: Int, fixed: Int, rows: Int, twoColumns: Bool) -> (titled: Bool, keep: (Int, Int)) {
        let titled = rows - fixed - (twoColumns ? max(d, h) : d + h) >= 1 || rows >= 12
        let avail = rows - fixed - (titled ? 1 : 0)
        let keep = twoColumns
            ? (d <= avail ? d : max(0, avail - 1), h <= avail ? h : max(0, avail - 1))
            : DrillDownView.budget(inputs: d, states: h, avail: avail)
        return (titled, keep)
    }

    /// One group of products: the `keep` largest, then `… n more, sum …` for the rest, then `sum`.
    static func productGroup(_ products: [Double], keep: Int, korean ko: Bool, name: (Int) -> String,
                             sum: String) -> [Line] {
        let ranked = DrillDown.ranked(products, keep: keep)
        var lines: [Line] = ranked.shown.map { ("  " + name($0.index) + " =" + n($0.value), false) }
        if ranked.restCount > 0 {
            lines.append((ko ? "  … \(ranked.restCount)개 더, 합\(n(ranked.restSum))" : "  … \(ranked.restCount) more, sum\(n(ranked.restSum))", false))
        }
        return lines + [(sum, false)]
    }

    /// How many products of each sum fit in `avail` rows (a cut list takes one more row for `… n more`).
    static func budget(inputs d: Int, states h: Int, avail: Int) -> (inputs: Int, states: Int) {
        if d + h <= avail { return (d, h) }
        let half = avail / 2
        if d <= half { return (d, max(0, avail - d - 1)) }
        if h <= avail - half { return (max(0, avail - h - 1), h) }
        return (max(0, half - 1), max(0, avail - half - 1))
    }

    private func unitLines(_ u: UnitTerms, width: Int, rows: Int) -> [Line] {
        let ko = language == .ko
        // The drill-down's t: a backward pass's run counts reading steps, the screen timesteps.
        let t = drill.t, i = u.unit, n = DrillDownView.n, prev = drill.previousName
        let f = activationName
        let d = u.inputProducts.count, h = u.recurrentProducts.count
        // Side by side when the panel is wide: the two sums in two columns.
        let columnWidth = 34
        let twoColumns = width >= 2 * columnWidth
        let joined = "+ b[\(i)]\(n(u.bias)) = z_\(t)[\(i)]\(n(u.preactivation))"
        let tail: [Line] = TextWidth.width(of: joined) <= width
            ? [(joined, false), ("\(f) → h_\(t)[\(i)]\(n(u.state))", true)]
            : [("+ b[\(i)]\(n(u.bias))", false), ("= z_\(t)[\(i)]\(n(u.preactivation))", false), ("\(f) → h_\(t)[\(i)]\(n(u.state))", true)]
        // The heading goes first when there is room for it.
        let (titled, keep) = DrillDownView.plan(inputs: d, states: h, fixed: tail.count + 2, rows: rows, twoColumns: twoColumns)
        func group(_ products: [Double], keep: Int, name: (Int) -> String, sum: String) -> [Line] {
            DrillDownView.productGroup(products, keep: keep, korean: ko, name: name, sum: sum)
        }
        let inputs = group(u.inputProducts, keep: keep.0, name: { "Wx[\(i),\($0)]·x_\(t)[\($0)]" },
                           sum: "Σ Wx·x_\(t)[\(i)] =\(n(u.inputSum))")
        let states = group(u.recurrentProducts, keep: keep.1, name: { "Wh[\(i),\($0)]·\(prev)[\($0)]" },
                           sum: "Σ Wh·\(prev)[\(i)] =\(n(u.recurrentSum))")
        var out: [Line] = titled ? [("h_\(t)[\(i)] = \(f)(z_\(t)[\(i)])", true)] : []
        if twoColumns {
            for r in 0..<max(inputs.count, states.count) {
                let left = r < inputs.count ? inputs[r].text : ""
                let right = r < states.count ? "+ " + states[r].text.drop { $0 == " " } : ""
                out.append((left + String(repeating: " ", count: max(1, columnWidth - TextWidth.width(of: left))) + right, false))
            }
        } else {
            out += inputs + states
        }
        return out + tail
    }
}
