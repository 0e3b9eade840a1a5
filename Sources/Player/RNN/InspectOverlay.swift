import RNNCore
import Screen

/// Inspect mode's marks over a drawn rnn screen: the cursor cell in reverse video, every cell it
/// touches (CNN Explainer's linked highlight: for h_t[i], row i of Wx and Wh, x_t, h_{t-1}, b[i],
/// z_t[i]) bold and underlined, and a `•` in each cell whose value a what-if edit changed.
/// It reads the layout and the computation; it computes nothing but which cells to mark.
struct InspectOverlay {
    /// The screen's layout.
    var layout: RNNLayout
    /// The step's computation (its `baseline` is the unedited run, when edited).
    var computation: StepComputation
    /// The timestep shown.
    var t: Int

    /// A cell of a tensor: (tensor, row, column).
    typealias Mark = (tensor: CellDescription.TensorID, row: Int, col: Int)

    /// The cells `cursor` touches at the sizes of the run (the cursor's own cell included).
    static func touched(by cursor: InspectCursor, hiddenUnits h: Int, inputDim d: Int) -> [Mark] {
        let i = cursor.row, j = cursor.col
        let unit: [Mark] = [(.wxX, i, 0), (.whH, i, 0), (.z, i, 0), (.h, i, 0)]
        switch CellDescription.TensorID(rawValue: cursor.tensor) {
        case .wx: return [(.wx, i, j), (.x, j, 0)] + unit
        case .wh: return [(.wh, i, j), (.hPrev, j, 0)] + unit
        case .x: return [(.x, i, 0)] + (0..<h).flatMap { [(.wx, $0, i), (.wxX, $0, 0)] as [Mark] }
        case .hPrev: return [(.hPrev, i, 0)] + (0..<h).flatMap { [(.wh, $0, i), (.whH, $0, 0)] as [Mark] }
        case .b: return [(.b, i, 0)] + unit
        default:
            return unit + [(.b, i, 0)] + (0..<d).flatMap { [(.wx, i, $0), (.x, $0, 0)] as [Mark] }
                + (0..<h).flatMap { [(.wh, i, $0), (.hPrev, $0, 0)] as [Mark] }
        }
    }

    /// Marks the cursor and what it touches.
    func highlight(_ cursor: InspectCursor, in frame: inout Frame) {
        let run = computation.run
        for mark in InspectOverlay.touched(by: cursor, hiddenUnits: run.hiddenUnits, inputDim: run.inputDim) {
            restyle(mark, in: &frame) { $0.attributes.insert([.bold, .underline]) }
        }
        let id = CellDescription.TensorID(rawValue: cursor.tensor) ?? .h
        restyle((id, cursor.row, cursor.col), in: &frame) { $0.attributes.insert(.reverse) }
        if let placed = layout.tensors.first(where: { $0.tensor.id == id }) {
            let width = TextWidth.width(of: placed.label)
            frame.restyle(Rect(x: placed.rect.x, y: placed.rect.y, width: width, height: 1)) { $0.attributes.insert(.reverse) }
        }
    }

    /// Puts `•` in every cell whose value differs from the lesson's run (nothing when not edited).
    func markChanges(in frame: inout Frame) {
        let run = computation.run
        guard let baseline = computation.baseline, t <= run.computedSteps, t <= baseline.computedSteps else { return }
        let now = TimestepTensors(run, t: t), before = TimestepTensors(baseline, t: t)
        for placed in layout.tensors {
            let id = placed.tensor.id
            let new: [Double], old: [Double], cols: Int
            switch id {
            case .wx: (new, old, cols) = (run.parameters.wx.values, baseline.parameters.wx.values, run.inputDim)
            case .wh: (new, old, cols) = (run.parameters.wh.values, baseline.parameters.wh.values, run.hiddenUnits)
            default:
                guard let a = now.vector(id, run.parameters), let b = before.vector(id, baseline.parameters) else { continue }
                (new, old, cols) = (a, b, 1)
            }
            var seen = Set<Int>()
            for index in new.indices where new[index] != old[index] {
                let r = index / cols, c = index % cols
                guard let (x, y, w) = cellPosition(placed, row: r, col: c), seen.insert(y * 10_000 + x).inserted else { continue }
                frame.set(x: x + w - 1, y: y, Cell("•", style: frame[x + w - 1, y].style))
            }
        }
    }

    /// The first column, the row and the width of value (row, col) of a placed tensor.
    private func cellPosition(_ placed: RNNLayout.PlacedTensor, row: Int, col: Int) -> (Int, Int, Int)? {
        let h = placed.heatmap
        guard h.cellWidth > 0, row < h.sourceRows, col < h.sourceCols else { return nil }
        let x = placed.rect.x + h.gutter + h.terminalColumn(ofMatrixColumn: col)
        let y = placed.rect.y + 1 + h.terminalRow(ofMatrixRow: row) + (h.rowHeight - 1) / 2
        guard y < placed.rect.maxY, x + h.cellWidth <= placed.rect.maxX else { return nil }
        return (x, y, h.cellWidth)
    }

    private func restyle(_ mark: Mark, in frame: inout Frame, _ transform: (inout Style) -> Void) {
        guard let placed = layout.tensors.first(where: { $0.tensor.id == mark.tensor }),
              let (x, y, w) = cellPosition(placed, row: mark.row, col: mark.col) else { return }
        // Numbers keep their trailing space unmarked, so neighbouring marks stay apart.
        let width = placed.heatmap.showsValues ? max(1, w - 1) : w
        frame.restyle(Rect(x: x, y: y, width: width, height: 1), transform)
    }
}
