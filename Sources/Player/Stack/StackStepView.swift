import Lessons
import RNNCore
import Screen

/// Draws a deep or bidirectional rnn step: the pass's equation, the caption, the stack as a grid
/// of cells (one row per layer and direction, one column per timestep; top layer first, the
/// inputs at the bottom, the top layer's outputs above), the numbers of the cell just computed
/// with the shape of every tensor, and what each `return_sequences` setting returns. In inspect
/// mode the callout gives its rows to the cursor's drill-down, drawn under the numbers in place of
/// the `return_sequences` lines. It only reads its `StackComputation`.
struct StackStepView {
    /// The step's computation.
    var computation: StackComputation
    /// The key-press position (0…P·T).
    var position: Int
    /// Colour mode.
    var mode: ColorMode
    /// Language.
    var language: Language
    /// Whether the screen may use Unicode glyphs (false on an ASCII terminal).
    var halfBlocks = true
    /// The step's callouts, by position.
    var callouts: [Int: String] = [:]
    /// Inspect mode's cursor on the cell's vectors, or nil outside inspect mode.
    var inspect: InspectCursor?

    /// Columns of the grid's row labels.
    static let labelWidth = 22

    private var stack: RNNStack { computation.stack }
    private var ko: Bool { language == .ko }
    private var texts: StackTexts { StackTexts(computation: computation, position: position, language: language) }

    /// Draws into `area`; the facts report the rows the screen needs, so `check` warns when it does not fit.
    func render(into frame: inout Frame, area: Rect) -> ViewFacts {
        var y = area.y
        frame.put(TextShortening.shortened(texts.equation(width: area.width), to: area.width), x: area.x, y: y, style: .bold, clip: area)
        y += 1
        frame.put(texts.caption(width: area.width), x: area.x, y: y, clip: area)
        y += 1
        let calloutRows = inspect != nil ? 0
            : callouts.values.map { min(2, RNNStepView.calloutBlock($0).height(forWidth: area.width)) }.max() ?? 0
        if let callout = callouts[position], calloutRows > 0 {
            RNNStepView.calloutBlock(callout).render(into: &frame, area: Rect(x: area.x, y: y, width: area.width, height: calloutRows))
        }
        y += calloutRows
        // A blank row above the grid where the screen has rows to spare.
        let spare = area.height >= 28 ? 1 : 0
        // Inspecting on a screen under 30 rows, the grid's key and the blank row under it give
        // their rows to the drill-down (the ▶ cell is the one inspected).
        let compact = inspect != nil && area.height < 30
        y = drawGrid(&frame, area, top: y + spare, key: !compact)
        let numbers = drawNumbers(&frame, area, top: y + (compact ? 0 : 1))
        if inspect != nil {
            // A blank row above the drill-down where that leaves room for its heading.
            drawDrillDown(&frame, area, top: numbers.end + (area.maxY - numbers.end > 8 ? 1 : 0))
        } else {
            // The return_sequences lines under the numbers, at the latest on the last two rows.
            let returns = min(numbers.end + 1, area.maxY - 2)
            frame.put(TextShortening.shortened(texts.returnSequencesTrue, to: area.width, prose: true), x: area.x, y: returns, clip: area)
            frame.put(TextShortening.shortened(texts.returnSequencesFalse, to: area.width, prose: true), x: area.x, y: returns + 1, clip: area)
        }
        var facts = ViewFacts()
        // The rows the screen needs at its widest cell (the pass with the longest vectors), so
        // `check` judges every position, not only the one drawn.
        let longest = stack.passes.map { max($0.inputDim, $0.hiddenUnits) }.max() ?? 0
        facts.contentHeight = max(numbers.needed, y + 1 + 2 + max(longest, 3)) + 3 - area.y
        facts.visibleHeight = area.height
        return facts
    }

    // MARK: The stack grid

    /// Columns the grid needs at the least (one column per unit): the labels and T columns.
    static func narrowestGrid(timesteps: Int, widest: Int) -> Int {
        labelWidth + timesteps * max(5, widest + 2)
    }

    /// Columns one unit of a cell takes: 2 when the widest row fits, else 1.
    private func unitWidth(_ area: Rect) -> Int {
        let widest = max(stack.inputDim, stack.outputWidth)
        return StackStepView.labelWidth + stack.timesteps * (widest * 2 + 2) <= area.width ? 2 : 1
    }

    /// Columns of one timestep's column.
    private func columnWidth(_ area: Rect) -> Int {
        max(5, max(stack.inputDim, stack.outputWidth) * unitWidth(area) + 2)
    }

    /// Draws the header, the output row, one row per pass (top layer first) and the input row;
    /// returns the row after it.
    private func drawGrid(_ frame: inout Frame, _ area: Rect, top: Int, key showKey: Bool = true) -> Int {
        let cw = columnWidth(area), left = area.x + StackStepView.labelWidth
        let place = computation.place(position)
        var y = top
        frame.put(ko ? "층 (위가 출력)" : "stack (top: out)", x: area.x, y: y, style: .bold, clip: area)
        for t in 1...stack.timesteps {
            let style: Style = place?.t == t ? .bold : .plain
            frame.put("t=\(t)", x: left + (t - 1) * cw + 1, y: y, style: style, clip: area)
        }
        y += 1
        // The top layer's outputs: what return_sequences=True returns, cell by cell as they exist.
        let outLabel = stack.direction == .bidirectional ? "out [h→;h←]" : "out h_t"
        label(&frame, area, y, outLabel, shape: "(\(stack.timesteps), \(stack.outputWidth))")
        let outputs = stack.outputs
        for t in 1...stack.timesteps {
            let ready = computation.isOutputReady(layer: stack.layers, t: t, at: position)
            cell(&frame, area, x: left + (t - 1) * cw, y: y, values: ready ? outputs.row(t - 1) : nil, mark: nil)
        }
        y += 1
        for index in stack.passes.indices.reversed() {
            let pass = stack.passes[index]
            let shape = "Wx (\(pass.hiddenUnits), \(pass.inputDim))"
            label(&frame, area, y, texts.name(pass), shape: shape, bold: place?.pass == index)
            let states = pass.states
            for t in 1...stack.timesteps {
                let done = computation.isComputed(pass: index, t: t, at: position)
                let current = place.map { $0.pass == index && $0.t == t } ?? false
                let returned = pass.layer == stack.layers && t == (pass.direction == .forward ? stack.timesteps : 1)
                cell(&frame, area, x: left + (t - 1) * cw, y: y, values: done ? states.row(t - 1) : nil,
                     mark: current ? (halfBlocks ? "▶" : ">") : nil, returned: returned)
            }
            y += 1
        }
        label(&frame, area, y, "x_t", shape: "(\(stack.timesteps), \(stack.inputDim))")
        for t in 1...stack.timesteps {
            cell(&frame, area, x: left + (t - 1) * cw, y: y, values: stack.inputs.row(t - 1), mark: nil)
        }
        y += 1
        guard showKey else { return y }
        let key = ko ? "▶ 방금 계산한 칸   * return_sequences=False의 출력   · 아직 계산 전"
            : "▶ just computed   * what return_sequences=False returns   · not yet computed"
        frame.put(TextShortening.fittedGroups(halfBlocks ? key : key.replacingOccurrences(of: "▶", with: ">"), to: area.width, keepLast: 0), x: area.x, y: y, style: .plain, clip: area)
        return y + 1
    }

    private func label(_ frame: inout Frame, _ area: Rect, _ y: Int, _ name: String, shape: String, bold: Bool = false) {
        let x = area.x + frame.put(name, x: area.x, y: y, style: bold ? .bold : .plain, clip: area)
        frame.put(" " + shape, x: x, y: y, style: .plain, clip: Rect(x: area.x, y: y, width: StackStepView.labelWidth - 1, height: 1))
    }

    /// One cell: the vector as coloured swatches, or `·` before it is computed; `mark` before it
    /// and `*` after the cells return_sequences=False returns.
    private func cell(_ frame: inout Frame, _ area: Rect, x: Int, y: Int, values: [Double]?, mark: String?, returned: Bool = false) {
        let unit = unitWidth(area)
        if let mark { frame.put(mark, x: x, y: y, style: .bold, clip: area) }
        guard let values else {
            frame.put("·", x: x + 1, y: y, style: .dim, clip: area)
            if returned { frame.put("*", x: x + 2, y: y, style: .bold, clip: area) }
            return
        }
        // In colour, the upper half block only (an empty lower half), so the rows of the grid stay
        // apart instead of merging into one block.
        let matrix = halfBlocks ? Matrix(rows: 2, cols: values.count, values: values + Array(repeating: .nan, count: values.count))
            : Matrix(rows: 1, cols: values.count, values: values)
        var heatmap = Heatmap(title: "", matrix: matrix, range: computation.values, mode: mode)
        heatmap.halfBlocks = halfBlocks
        heatmap.cellWidth = unit
        let rect = Rect(x: x + 1, y: y - 1, width: values.count * unit, height: 2).intersection(area)
        heatmap.render(into: &frame, area: rect)
        if returned { frame.put("*", x: x + 1 + values.count * unit, y: y, style: .bold, clip: area) }
    }

    // MARK: The numbers of the current cell

    /// The vectors of the cell just computed, each with its name, shape and values; at position 0
    /// a line about h0. Returns the row after them, and the row after them had every value been shown.
    private func drawNumbers(_ frame: inout Frame, _ area: Rect, top: Int) -> (end: Int, needed: Int) {
        guard let place = computation.place(position) else {
            let h = stack.hiddenUnits
            let text = ko ? "h0 = 0 (\(h),): 모든 층·방향이 0에서 시작합니다. 층마다 Wx, Wh, b가 따로 있습니다"
                : "h0 = 0 (\(h),) in every layer and direction; each has its own Wx, Wh and b"
            frame.put(TextShortening.shortened(text, to: area.width, prose: true), x: area.x, y: top, clip: area)
            return (top + 1, top + 1)
        }
        let pass = stack.passes[place.pass]
        let r = pass.record(atTimestep: place.t), t = place.t
        let prev = pass.direction == .forward ? t - 1 : t + 1
        let hPrevName = (pass.direction == .forward ? t == 1 : t == stack.timesteps) ? "h0" : "h_\(prev)"
        let columns: [(CellDescription.TensorID, String, [Double], ClosedRange<Double>)] = [
            (.x, "x_\(t)", r.x, computation.values),
            (.hPrev, hPrevName, r.hPrev, computation.values),
            (.wxX, "Wx·x_\(t)", r.wxX, computation.partials),
            (.whH, "+Wh·\(hPrevName)", r.whH, computation.partials),
            (.b, "+b", r.b, computation.values),
            (.z, "=z_\(t)", r.preactivation, computation.partials),
            (.h, "tanh→h_\(t)", r.h, computation.values),
        ]
        let rows = max(pass.inputDim, pass.hiddenUnits)
        // Values start two rows down (names, shapes); the last two rows of the area are the
        // return_sequences lines (in inspect mode, at least the drill-down's); a clipped column
        // says how many values it hides.
        let room = area.maxY - (inspect == nil ? 2 : area.height < 20 ? 3 : 5) - (top + 2)
        let shown = rows <= room ? rows : max(1, room - 1)
        // In inspect mode the window of rows slides so the cursor's row shows.
        let first = inspect.map { max(0, min($0.row - shown + 1, rows - shown)) } ?? 0
        let marks = inspect.map { InspectOverlay.touched(by: $0, hiddenUnits: pass.hiddenUnits, inputDim: pass.inputDim) } ?? []
        // Inspecting on a screen too narrow for the names and all seven vectors, the vectors go
        // first (the pass and t are in the equation above), so the cursor's vector always shows.
        let needed = columns.reduce(15) { $0 + max(Heatmap.valueCellWidth, TextWidth.width(of: $1.1), TextWidth.width(of: "(\($1.2.count),)")) + 1 }
        let names = inspect == nil || needed <= area.width
        if names { frame.put(texts.name(pass) + " t=\(t)", x: area.x, y: top, style: .bold, clip: area) }
        var x = area.x + (names ? 15 : 0)
        for (id, name, values, range) in columns {
            let width = max(Heatmap.valueCellWidth, TextWidth.width(of: name), TextWidth.width(of: "(\(values.count),)")) + 1
            guard x + width - 1 <= area.maxX else { break }  // whole columns only (60×20)
            frame.put(name, x: x, y: top, style: .bold, clip: area)
            let clipped = Array(values.dropFirst(first).prefix(shown))
            var heatmap = Heatmap(title: "(\(values.count),)", matrix: Matrix(rows: clipped.count, cols: 1, values: clipped),
                                  range: range, mode: mode, showValues: true, titleStyle: .plain)
            heatmap.halfBlocks = false
            heatmap.cellWidth = Heatmap.valueCellWidth
            heatmap.render(into: &frame, area: Rect(x: x, y: top + 1, width: width - 1, height: clipped.count + 1).intersection(area))
            let below = values.count - first - clipped.count
            if below > 0 { frame.put("↓\(below)", x: x, y: top + 2 + clipped.count, style: .dim, clip: area) }
            if first > 0, !clipped.isEmpty { frame.put("↑\(first)", x: x + Heatmap.valueCellWidth - 1, y: top + 1, style: .dim, clip: area) }
            // Inspect mode: what the cursor's cell touches bold and underlined, the cursor reversed
            // (numbers keep their trailing space unmarked, so neighbouring marks stay apart).
            for mark in marks where mark.tensor == id && mark.row >= first && mark.row < first + clipped.count {
                let cell = Rect(x: x, y: top + 2 + mark.row - first, width: Heatmap.valueCellWidth - 1, height: 1).intersection(area)
                frame.restyle(cell) { $0.attributes.insert([.bold, .underline]) }
            }
            if let cursor = inspect, cursor.tensor == id.rawValue {
                frame.restyle(Rect(x: x, y: top, width: TextWidth.width(of: name), height: 1).intersection(area)) { $0.attributes.insert(.reverse) }
                if cursor.row >= first, cursor.row < first + clipped.count {
                    let cell = Rect(x: x, y: top + 2 + cursor.row - first, width: Heatmap.valueCellWidth - 1, height: 1).intersection(area)
                    frame.restyle(cell) { $0.attributes.insert(.reverse) }
                }
            }
            x += width
        }
        // The weights' shapes, under the name of the pass.
        let shapes = ["Wx (\(pass.hiddenUnits), \(pass.inputDim))", "Wh (\(pass.hiddenUnits), \(pass.hiddenUnits))", "b (\(pass.hiddenUnits),)"]
        for (i, text) in shapes.enumerated() where names {
            frame.put(text, x: area.x, y: top + 1 + i, style: .plain, clip: Rect(x: area.x, y: top, width: 14, height: area.maxY - top))
        }
        return (top + 2 + (names ? max(shown, 3) : shown) + (rows > shown ? 1 : 0), top + 2 + max(rows, 3))
    }

    // MARK: Inspect mode

    /// The drill-down of the cursor's cell (prepared in `StackComputation.drill`) from `top` to
    /// the area's foot, as `DrillDownView` words it.
    private func drawDrillDown(_ frame: inout Frame, _ area: Rect, top: Int) {
        guard let drill = computation.drill, top < area.maxY else { return }
        let rows = area.maxY - top
        let view = DrillDownView(drill: drill, activationName: RNNStepView.cell(drill.activation, language).activation, language: language)
        var lines = view.lines(width: area.width, rows: rows)
        // Where a unit's explanation does not fit, its result (+ b = z, f → h) shows before the products.
        if lines.count > rows, case .unit = drill.subject { lines = Array(lines.suffix(rows)) }
        for (row, line) in lines.prefix(rows).enumerated() {
            frame.put(line.text, x: area.x, y: top + row, style: line.bold ? .bold : .plain, clip: area)
        }
    }
}
