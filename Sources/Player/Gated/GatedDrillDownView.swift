import Lessons
import RNNCore
import Screen

/// Inspect mode's drill-down panel on an lstm or gru step: the cursor cell explained with numbers
/// to 4 decimals, read from a prepared `GatedDrillDown`. For a gate unit it lists every product
/// Wx_g[i,j]·x_t[j] and Wh_g[i,k]·h_{t−1}[k] (the largest and `… n more, sum s` when they do not
/// all fit), both sums, the bias, the pre-activation and `σ →` or `tanh →` the gate; for c_t[i]
/// and h_t[i] the element-wise terms; for a weight, the unit it feeds and its product at t.
struct GatedDrillDownView {
    /// What to explain.
    var drill: GatedDrillDown
    /// Language of the words.
    var language: Language

    /// One line of the panel: text and whether it is bold.
    typealias Line = (text: String, bold: Bool)

    /// Draws the panel into `area`, cut to it.
    func render(into frame: inout Frame, area: Rect) {
        DrillDownView.drawWrapped(lines(width:rows:), into: &frame, area: area)
    }

    /// The panel's lines for `width` columns and `rows` rows.
    func lines(width: Int, rows: Int) -> [Line] {
        let ko = language == .ko, t = drill.t, n = DrillDownView.n
        switch drill.subject {
        case .gate(let u):
            return gateLines(u, width: width, rows: rows)
        case .state(let s):
            return stateLines(s)
        case let .inputWeight(g, i, j, w, x, p):
            return [("Wx_\(g)[\(i),\(j)] =\(n(w))", true),
                    (ko ? "→ \(g)[\(i)] (유닛 \(i))" : "→ \(g)[\(i)] (unit \(i))", false),
                    ("Wx_\(g)[\(i),\(j)]·x_\(t)[\(j)] =\(n(w)) ×\(n(x))", false), ("  =\(n(p))", false),
                    (ko ? "+ - 0: 이 칸  * /: Wx_\(g) 전체" : "+ - 0 cell  * / whole Wx_\(g)", false)]
        case let .recurrentWeight(g, i, k, w, h, p, resetInside):
            let v = resetInside ? "(r⊙h_\(t - 1))[\(k)]" : "h_\(t - 1)[\(k)]"
            return [("Wh_\(g)[\(i),\(k)] =\(n(w))", true),
                    (ko ? "→ \(g)[\(i)] (유닛 \(i))" : "→ \(g)[\(i)] (unit \(i))", false),
                    ("Wh_\(g)[\(i),\(k)]·\(v) =\(n(w)) ×\(n(h))", false), ("  =\(n(p))", false),
                    (ko ? "+ - 0: 이 칸  * /: Wh_\(g) 전체" : "+ - 0 cell  * / whole Wh_\(g)", false)]
        case let .bias(g, i, name, b, pre):
            return [("\(name) =\(n(b))", true),
                    (ko ? "\(g)[\(i)]의 활성화 전 값에 더해짐 =\(n(pre))" : "added to \(g)[\(i)] before σ/tanh:\(n(pre))", false),
                    (ko ? "유닛 \(i)에만 들어감" : "feeds unit \(i) only", false)]
        case let .input(j, x):
            return [("x_\(t)[\(j)] =\(n(x))", true),
                    (ko ? "시점 \(t)의 입력, 모든 게이트로" : "the input at t = \(t), into every gate", false)]
        case let .previous(k, h):
            return [("h_\(t - 1)[\(k)] =\(n(h))", true),
                    (t == 1 ? (ko ? "h_0: 초기 은닉 상태 (바꿀 수 있음)" : "h_0: the initial hidden state (editable)")
                        : (ko ? "이전 시점의 h (t = \(t - 1))" : "the previous step's h_t (t = \(t - 1))"), false)]
        case let .previousCell(k, c):
            return [("c_\(t - 1)[\(k)] =\(n(c))", true),
                    (t == 1 ? (ko ? "c_0: 초기 셀 상태 (바꿀 수 있음)" : "c_0: the initial cell state (editable)")
                        : (ko ? "이전 시점의 셀 상태 (t = \(t - 1))" : "the previous step's c_t (t = \(t - 1))"), false)]
        }
    }

    private func stateLines(_ s: StateTerms) -> [Line] {
        let n = DrillDownView.n
        switch s {
        case let .cell(t, i, f, cPrev, ig, g, kept, written, c):
            return [("c_\(t)[\(i)] = f[\(i)]·c_\(t - 1)[\(i)] + i[\(i)]·g[\(i)]", true),
                    ("  =\(n(f)) ×\(n(cPrev)) +\(n(ig)) ×\(n(g))", false),
                    ("  =\(n(kept)) +\(n(written))", false), ("  =\(n(c))", true)]
        case let .lstmHidden(t, i, o, c, tanhC, h):
            return [("h_\(t)[\(i)] = o[\(i)]·tanh(c_\(t)[\(i)])", true),
                    ("  =\(n(o)) × tanh(\(n(c)) )", false), ("  =\(n(o)) ×\(n(tanhC))", false), ("  =\(n(h))", true)]
        case let .gruHidden(t, i, z, hPrev, g, kept, added, h):
            return [("h_\(t)[\(i)] = z[\(i)]·h_\(t - 1)[\(i)] + (1 − z[\(i)])·g[\(i)]", true),
                    ("  =\(n(z)) ×\(n(hPrev)) + (1 −\(n(z))) ×\(n(g))", false),
                    ("  =\(n(kept)) +\(n(added))", false), ("  =\(n(h))", true)]
        }
    }

    private func gateLines(_ u: GateTerms, width: Int, rows: Int) -> [Line] {
        let ko = language == .ko, n = DrillDownView.n
        let t = u.t, i = u.unit, g = u.gate
        let f = u.isTanh ? "tanh" : "σ"
        let v = u.resetInside ? "(r⊙h_\(t - 1))" : "h_\(t - 1)"
        var tail: [Line]
        if let bh = u.recurrentBias, let outer = u.recurrentWithBias {
            tail = [("+ bx_\(g)[\(i)]\(n(u.bias))", false)]
            if let r = u.reset {
                tail.append(("+ r[\(i)]\(n(r)) × (Σ Wh_\(g)·h +\(n(bh)) =\(n(outer)))", false))
            } else {
                tail.append(("+ bh_\(g)[\(i)]\(n(bh)) (Σ Wh_\(g)·h + bh =\(n(outer)))", false))
            }
            tail.append(("= \(ko ? "활성화 전" : "pre-activation")\(n(u.preactivation))", false))
        } else {
            tail = [("+ b_\(g)[\(i)]\(n(u.bias)) = \(ko ? "활성화 전" : "pre-activation")\(n(u.preactivation))", false)]
        }
        tail.append(("\(f) → \(g)[\(i)]\(n(u.value))", true))
        let d = u.inputProducts.count, h = u.recurrentProducts.count
        let columnWidth = 36
        let twoColumns = width >= 2 * columnWidth
        let (titled, keep) = DrillDownView.plan(inputs: d, states: h, fixed: tail.count + 2, rows: rows, twoColumns: twoColumns)
        func group(_ products: [Double], keep: Int, name: (Int) -> String, sum: String) -> [Line] {
            DrillDownView.productGroup(products, keep: keep, korean: ko, name: name, sum: sum)
        }
        let inputs = group(u.inputProducts, keep: keep.0, name: { "Wx_\(g)[\(i),\($0)]·x_\(t)[\($0)]" }, sum: "Σ Wx_\(g)·x_\(t) =\(n(u.inputSum))")
        let states = group(u.recurrentProducts, keep: keep.1, name: { "Wh_\(g)[\(i),\($0)]·\(v)[\($0)]" }, sum: "Σ Wh_\(g)·\(v) =\(n(u.recurrentSum))")
        var out: [Line] = titled ? [("\(g)[\(i)] = \(f)(\(ko ? "활성화 전" : "pre-activation")), t = \(t)", true)] : []
        if twoColumns {
            for r in 0..<max(inputs.count, states.count) {
                let left = r < inputs.count ? inputs[r].text : ""
                let right = r < states.count ? "+ " + states[r].text.drop { $0 == " " } : ""
                out.append((left + String(repeating: " ", count: max(1, columnWidth - TextWidth.width(of: left))) + right, false))
            }
        } else {
            out += inputs + states.map { ("+ " + $0.text.drop { $0 == " " }, $0.bold) }
        }
        // Too few rows: the `… n more` lines go first, then the two sums, so the gate's value stays.
        for prefix in ["  …", "+ …", "Σ", "+ Σ"] where out.count + tail.count > rows {
            let excess = out.count + tail.count - rows
            var dropped = 0
            out.removeAll { line in
                guard dropped < excess, line.text.hasPrefix(prefix) else { return false }
                dropped += 1
                return true
            }
        }
        return out + tail
    }
}
