import Lessons
import RNNCore
import Screen

/// Draws a summary step: the Keras 2 table, then where each count comes from, as the book
/// writes it (`Wx 3×10 + Wh 3×3 + b 3 = 42`) and as Keras names the weights (`kernel (10, 3)`).
struct SummaryStepView {
    /// The model.
    var model: ModelSpec
    /// Language of the headings.
    var language: Language
    /// Rows scrolled.
    var scroll: Int

    /// Every line of the step at `width` columns, before scrolling.
    func lines(width: Int) -> [(text: String, style: Style)] {
        let keras: KerasModel
        do {
            keras = try KerasModel(model)
        } catch {
            return [("\(error)", .bold)]
        }
        var out: [(String, Style)] = KerasSummary(keras).fitting(width: width).lines.map { ($0, .plain) }
        out.append(("", .plain))
        out.append((language == .ko
            ? "파라미터는 어디서 오나 (책: Wx, Wh, b)"
            : "Where the counts come from (book: Wx, Wh, b)", .bold))
        // Broken after a whole item where it does not fit (60×20), never inside a name.
        let names = ["kernel = Wxᵀ", language == .ko ? "recurrent_kernel = Whᵀ (ᵀ는 전치)" : "recurrent_kernel = Whᵀ (ᵀ: transposed)", "bias = b"]
        for line in SummaryStepView.wrap(names, first: "Keras: ", width: width) {
            out.append((line, .bold))
        }
        for layer in keras.layers {
            out.append((" \(layer.name)  " + layer.bookFormula, .plain))
            if !layer.weights.isEmpty {
                for line in SummaryStepView.wrap(layer.weights.map(\.description), first: "     Keras: ", width: width) {
                    out.append((line, .dim))
                }
            }
        }
        return out
    }

    /// `items` joined by ", " after `first`, broken into lines of at most `width` columns, each
    /// continuation indented under the first item.
    static func wrap(_ items: [String], first: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: TextWidth.width(of: first))
        var lines: [String] = []
        var line = first
        for (i, item) in items.enumerated() {
            let piece = item + (i < items.count - 1 ? "," : "")
            let atStart = line == first || line == indent
            if !atStart, TextWidth.width(of: line) + 1 + TextWidth.width(of: piece) > width {
                lines.append(line)
                line = indent
            }
            line += (line == first || line == indent ? "" : " ") + piece
        }
        lines.append(line)
        return lines
    }

    /// Draws into `area`; returns the rows the step needs (before scrolling).
    @discardableResult
    func render(into frame: inout Frame, area: Rect) -> Int {
        let all = lines(width: area.width)
        let first = min(scroll, max(0, all.count - area.height))
        for (row, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            frame.put(line.text, x: area.x, y: area.y + row, style: line.style, clip: area)
        }
        if first + area.height < all.count, area.height > 1 {
            // More below: say so on the last row, so the breakdown is never silently cut.
            let hint = language == .ko ? "↓ j 더 보기: 파라미터는 어디서 오나" : "↓ j more: where the counts come from"
            let y = area.maxY - 1
            frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            frame.put(hint, x: area.x, y: y, style: .dim, clip: area)
        }
        return all.count
    }
}
