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

    /// Every line of the step, before scrolling.
    var lines: [(text: String, style: Style)] {
        let keras: KerasModel
        do {
            keras = try KerasModel(model)
        } catch {
            return [("\(error)", .bold)]
        }
        var out: [(String, Style)] = KerasSummary(keras).lines.map { ($0, .plain) }
        out.append(("", .plain))
        out.append((language == .ko
            ? "파라미터는 어디서 오나 (책: Wx, Wh, b / Keras: kernel = Wx의 전치)"
            : "Where the counts come from (book: Wx, Wh, b / Keras: kernel = Wx transposed)", .bold))
        for layer in keras.layers {
            out.append((" \(layer.name)  " + layer.bookFormula, .plain))
            if !layer.weights.isEmpty {
                let names = layer.weights.map(\.description).joined(separator: ", ")
                out.append(("     Keras: " + names, .dim))
            }
        }
        return out
    }

    /// Draws into `area`.
    func render(into frame: inout Frame, area: Rect) {
        let all = lines
        let first = min(scroll, max(0, all.count - area.height))
        for (row, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            frame.put(line.text, x: area.x, y: area.y + row, style: line.style, clip: area)
        }
    }
}
