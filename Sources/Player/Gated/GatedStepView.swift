import Lessons
import RNNCore
import Screen

/// Draws an lstm or gru step at one stage of one timestep: the stage's equation with shapes, what
/// the stage does, the gate blocks of Wx and Wh (the current ones as heatmaps), x_t, a table of the
/// timestep's vectors (one row per hidden unit, filled stage by stage), the histories of c and h,
/// and the legends (diverging for weights and states, sequential for gates). Reads every number
/// from the step's `GatedComputation`.
struct GatedStepView {
    /// The step's computation, prepared by `Player.update`.
    var computation: GatedComputation
    /// The position: 0 is the initial state, else stage `place(position).stage` of timestep `place(position).t`.
    var position: Int
    /// Colour mode.
    var mode: ColorMode
    /// Language of captions.
    var language: Language
    /// Whether heatmaps may use `▀` half blocks.
    var halfBlocks = true
    /// Inspect mode's cursor (nil outside inspect mode): its cell is drawn in reverse video and
    /// the drill-down panel (`computation.drillDown`) takes the histories' place or the room beside them.
    var inspect: InspectCursor?
    /// The step's what-if edits (nil: none): the report line replaces the caption, changed cells get `•`.
    var edits: GatedEdits?
    /// True when the histories are drawn as lines per unit (`v`, `GatedTrajectoryPanel`).
    var trajectories = false

    /// Columns per table entry (`-0.12` and a space).
    static let columnWidth = 6

    private var ko: Bool { language == .ko }
    private var parameters: GatedParameters { computation.run.parameters }
    private var place: (t: Int, stage: Int) { GatedStage.place(position, stages: computation.stagesPerTimestep) }

    /// The header's place text: `t = 3/10 · 삭제 게이트 f (2/5)`.
    static func placeText(_ computation: GatedComputation, position: Int, language: Language) -> String {
        let stages = computation.stages
        let (t, stage) = GatedStage.place(position, stages: stages.count)
        let total = "t = \(t)/\(computation.run.parameters.timesteps)"
        guard stage > 0 else { return total }
        let s = stages[stage - 1]
        return "\(total) · \(s.name.text(language)) \(s.symbol) (\(stage)/\(stages.count))"
    }

    /// Draws into `area`.
    func render(into frame: inout Frame, area: Rect) -> ViewFacts {
        var run = computation.run
        let (t, stage) = place
        if run.computedSteps < t { run.compute(through: t) }
        let p = parameters, cell = p.cell
        var y = area.y
        // The equation with shapes and what the stage does.
        let current = stage > 0 ? computation.stages[stage - 1] : nil
        let equations = current?.equations(cell, t: t, p) ?? [initialLine()]
        for line in equations {
            frame.put(GatedStepView.fitted(equation: line, width: area.width), x: area.x, y: y, style: .bold, clip: area)
            y += 1
        }
        if let edits, !edits.isEmpty, let last = edits.last {
            frame.put(TextShortening.shortened(WhatIfReport.line(last, delta: computation.maxStateChange, t: t, language: language),
                                               to: area.width), x: area.x, y: y, style: .bold, clip: area)
        } else if let current {
            let caption = "\(current.name.text(language)) (\(stage)/\(computation.stagesPerTimestep)): \(current.meaning.text(language))"
            frame.put(TextShortening.shortened(caption, to: area.width, prose: true), x: area.x, y: y, clip: area)
        } else {
            frame.put(ko ? "→ 한 단계씩, . 한 시점씩 진행합니다" : "→ reveals one stage, . a whole timestep", x: area.x, y: y, clip: area)
        }
        y += 1
        y += drawBlockMap(&frame, Rect(x: area.x, y: y, width: area.width, height: 1), shown: current?.gates ?? [])
        y += drawInput(&frame, Rect(x: area.x, y: y, width: area.width, height: 1), run: run, t: t)
        let legendRect = Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2)
        let rest = max(0, legendRect.y - y)
        let band = min(1 + p.hiddenUnits, max(4, rest - 5))
        let bandRect = Rect(x: area.x, y: y, width: area.width, height: min(band, rest))
        var facts = ViewFacts()
        facts.contentHeight = area.height
        facts.visibleHeight = area.height
        let tableWidth = drawTable(&frame, bandRect, run: run, t: t, stage: stage)
        let blocksRect = Rect(x: area.x, y: y, width: max(0, area.width - tableWidth - 1), height: bandRect.height)
        facts.averaging += drawBlocks(&frame, blocksRect, gates: current?.gates ?? [])
        let gap = rest - band >= 8 ? 1 : 0
        let historyRect = Rect(x: area.x, y: bandRect.maxY + gap, width: area.width, height: max(0, legendRect.y - bandRect.maxY - gap))
        if let drill = computation.drillDown, inspect != nil {
            // Beside the histories when 40 columns are left, else in their place.
            let used = trajectories ? historyRect.width - 44 : historiesWidth(run)
            let beside = historyRect.width - used >= 40 && (!trajectories || used >= (cell == .lstm ? 60 : 30))
            if beside { facts.averaging += drawHistories(&frame, historyRect, run: run, t: t, stage: stage) }
            let x = beside ? historyRect.x + used : historyRect.x
            GatedDrillDownView(drill: drill, language: language)
                .render(into: &frame, area: Rect(x: x, y: historyRect.y, width: historyRect.maxX - x, height: historyRect.height))
        } else {
            facts.averaging += drawHistories(&frame, historyRect, run: run, t: t, stage: stage)
        }
        drawLegend(&frame, legendRect, facts.averaging)
        return facts
    }

    /// An equation line as it fits `width`: whole; else without the shapes of the terms on its
    /// right-hand side (the left-hand side keeps its shape, the row-block line names the
    /// weights' shapes); else cut after a whole term, with `…`.
    static func fitted(equation line: String, width: Int) -> String {
        guard TextWidth.width(of: line) > width else { return line }
        guard let equals = line.range(of: " = ") else { return TextShortening.shortened(line, to: width) }
        let right = line[equals.upperBound...].replacing(/\ \(\d+(,\ \d+)?,?\)/, with: "")
        return TextShortening.shortened(String(line[..<equals.upperBound]) + right, to: width)
    }

    private func initialLine() -> String {
        let h = parameters.hiddenUnits
        if parameters.cell == .lstm {
            return ko ? "t = 0: 초기 은닉 상태 h_0 (\(h),), 초기 셀 상태 c_0 (\(h),)"
                : "t = 0: initial hidden state h_0 (\(h),) and cell state c_0 (\(h),)"
        }
        return ko ? "t = 0: 초기 은닉 상태 h_0 (\(h),)" : "t = 0: initial hidden state h_0 (\(h),)"
    }

    /// `Wx (32, 4) · Wh (32, 8)  i 0–7  f 8–15 …` with the stage's blocks in reverse video.
    private func drawBlockMap(_ frame: inout Frame, _ row: Rect, shown: [String]) -> Int {
        let p = parameters, h = p.hiddenUnits, rows = p.gateCount * h
        let lead = "Wx (\(rows), \(p.inputDim)) · Wh (\(rows), \(h)) " + (ko ? "행 블록:" : "row blocks:")
        let start = row.x + frame.put(lead, x: row.x, y: row.y, clip: row)
        let blocks = p.cell.gates.enumerated().map { (gate: $1, text: " \($1) \($0 * h)–\(($0 + 1) * h - 1) ") }
        // Blocks are shown whole or not at all (the last one's closing pad may be cut), and ` …`
        // says that more follow.
        var ends: [Int] = []  // where the next block starts after the first n + 1
        for block in blocks { ends.append((ends.last ?? start) + 1 + TextWidth.width(of: block.text)) }
        var count = blocks.count
        if let last = ends.last, last - 1 > row.maxX {
            count = (0..<blocks.count).last { n in (n == 0 ? start : ends[n - 1]) + 2 <= row.maxX } ?? 0
        }
        var x = start
        for block in blocks.prefix(count) {
            x += 1 + frame.put(block.text, x: x + 1, y: row.y,
                               style: shown.contains(block.gate) ? Style(attributes: [.reverse, .bold]) : .plain, clip: row)
        }
        if count < blocks.count { frame.put(" …", x: x, y: row.y, clip: row) }
        return 1
    }

    /// `x_3 (4,)` and its values coloured on the weights scale.
    private func drawInput(_ frame: inout Frame, _ row: Rect, run: GatedRun, t: Int) -> Int {
        guard t >= 1 else { return 1 }
        let x = parameters.inputs.row(t - 1)
        var col = row.x + frame.put("x_\(t) (\(x.count),) ", x: row.x, y: row.y, style: .bold, clip: row)
        let before = computation.baseline?.parameters.inputs.row(t - 1)
        for (j, value) in x.enumerated() {
            let start = col
            col += number(&frame, value, x: col, y: row.y, range: computation.weights, palette: .diverging, clip: row)
            mark(&frame, x: start, y: row.y, cursor: inspect?.tensor == "x_t" && inspect?.row == j,
                 changed: before.map { $0[j] != value } ?? false, clip: row)
        }
        return 1
    }

    /// One number in a coloured cell (5 columns) and a space; returns the columns used.
    @discardableResult
    private func number(_ frame: inout Frame, _ value: Double, x: Int, y: Int, range: ClosedRange<Double>,
                        palette: Palette, clip: Rect) -> Int {
        let text = NumberFormat.compact(value, width: 5, maxDecimals: 2)
        let padded = String(repeating: " ", count: max(0, 5 - text.count)) + text
        frame.put(padded, x: x, y: y, style: palette.textStyle(for: value, range: range, mode: mode), clip: clip)
        return GatedStepView.columnWidth
    }

    /// The vectors of timestep t, one row per hidden unit, at the right of `area`; returns its width.
    private func drawTable(_ frame: inout Frame, _ area: Rect, run: GatedRun, t: Int, stage: Int) -> Int {
        let columns = GatedColumn.columns(parameters.cell)
        let h = parameters.hiddenUnits
        let index = String(h - 1).count + 1
        let width = index + columns.count * GatedStepView.columnWidth
        let left = area.maxX - width
        let shownT = max(t, 1)
        for (c, column) in columns.enumerated() {
            let label = column.label(shownT)
            let x = left + index + c * GatedStepView.columnWidth
            let visible = t == 0 ? column.stage == 0 : column.stage <= stage
            let headerStyle: Style = visible ? .bold : .dim
            frame.put(String(repeating: " ", count: max(0, 5 - TextWidth.width(of: label))) + label, x: x, y: area.y,
                      style: headerStyle, clip: area)
            guard visible else { continue }
            let values: [Double]
            if t == 0 {
                values = column.label(1) == "h_0" ? parameters.h0 : parameters.c0
            } else {
                values = column.values(run, t)
            }
            let (range, palette) = scale(column.scale)
            let before = t >= 1 ? computation.baseline.flatMap { $0.computedSteps >= t ? column.values($0, t) : nil } : nil
            for (unit, value) in values.enumerated() where unit < area.height - 1 {
                number(&frame, value, x: x, y: area.y + 1 + unit, range: range, palette: palette, clip: area)
                mark(&frame, x: x, y: area.y + 1 + unit, cursor: inspect?.tensor == column.id && inspect?.row == unit,
                     changed: before.map { unit < $0.count && $0[unit] != value } ?? false, clip: area)
            }
        }
        for unit in 0..<min(h, area.height - 1) {
            frame.put(String(unit), x: left, y: area.y + 1 + unit, style: .dim, clip: area)
        }
        return width
    }

    private func scale(_ scale: GatedColumn.Scale) -> (ClosedRange<Double>, Palette) {
        switch scale {
        case .states: (computation.weights, .diverging)
        case .cells: (computation.cells, .diverging)
        case .gate: (computation.gates, .sequentialGates)
        }
    }

    /// The Wx and Wh blocks of the stage's gates as heatmaps, side by side.
    private func drawBlocks(_ frame: inout Frame, _ area: Rect, gates: [String]) -> [AveragingFact] {
        guard !area.isEmpty else { return [] }
        let p = parameters, h = p.hiddenUnits, d = p.inputDim
        guard !gates.isEmpty else {
            let note = ko ? "이 단계는 가중치 없이\n원소별 곱(⊙)과 덧셈만\n합니다" : "no weights here:\nelement-wise ⊙ and +\nonly"
            TextBlock(note, style: .dim).render(into: &frame, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1))
            return []
        }
        let indices = gates.compactMap { p.cell.gates.firstIndex(of: $0) }
        let need = { (cw: Int) in indices.count * ((d + h) * cw + 3) }
        let cellWidth = need(2) <= area.width ? 2 : 1
        // In inspect mode the bias blocks too, when all of them fit (the cursor visits them).
        let biasWidth = indices.count * (max(p.b.rows * cellWidth, 2 + gates.map(\.count).max()!) + 1)
        let withBias = inspect != nil && need(cellWidth) + biasWidth <= area.width
        var x = area.x
        var facts: [AveragingFact] = []
        for (gate, index) in zip(gates, indices) {
            var blocks: [(String, (GatedParameters) -> Matrix)] = [("Wx_\(gate)", { $0.wxBlock(index) }), ("Wh_\(gate)", { $0.whBlock(index) })]
            if withBias { blocks.append(("b_\(gate)", { $0.biasBlock(index) })) }
            for (name, block) in blocks {
                let matrix = block(p)
                let w = max(matrix.cols * cellWidth, TextWidth.width(of: name))
                let rect = Rect(x: x, y: area.y, width: min(w, max(0, area.maxX - x)), height: area.height)
                var heatmap = Heatmap(title: name, matrix: matrix, range: computation.weights, mode: mode)
                heatmap.halfBlocks = halfBlocks
                heatmap.cellWidth = cellWidth
                let layout = heatmap.render(into: &frame, area: rect)
                let lesson = computation.baseline.map { block($0.parameters) }
                markBlock(&frame, rect, layout, matrix, lesson: lesson, cursor: inspect?.tensor == name ? inspect : nil)
                if let fact = AveragingFact(name: name, layout) { facts.append(fact) }
                x += w + 1
            }
            x += cellWidth == 2 ? 1 : 0
        }
        return facts
    }

    /// Reverse video on the cursor's number cell (5 columns) and a `•` after a changed one.
    private func mark(_ frame: inout Frame, x: Int, y: Int, cursor: Bool, changed: Bool, clip: Rect) {
        if cursor { frame.restyle(Rect(x: x, y: y, width: 5, height: 1).intersection(clip)) { $0.attributes.insert(.reverse) } }
        if changed { frame.set(x: x + 5, y: y, Cell("•"), clip: clip) }
    }

    /// Marks a drawn Wx or Wh block: the cursor cell in reverse video, `•` in cells that differ from the lesson's block.
    private func markBlock(_ frame: inout Frame, _ rect: Rect, _ layout: HeatmapLayout, _ matrix: Matrix, lesson: Matrix?,
                           cursor: InspectCursor?) {
        guard layout.cellWidth > 0 else { return }
        func cell(_ r: Int, _ c: Int) -> Rect? {
            guard r < layout.sourceRows, c < layout.sourceCols else { return nil }
            let x = rect.x + layout.gutter + layout.terminalColumn(ofMatrixColumn: c)
            let y = rect.y + 1 + layout.terminalRow(ofMatrixRow: r) + (layout.rowHeight - 1) / 2
            guard y < rect.maxY, x + layout.cellWidth <= rect.maxX else { return nil }
            return Rect(x: x, y: y, width: layout.cellWidth, height: 1)
        }
        if let lesson {
            for k in matrix.values.indices where matrix.values[k] != lesson.values[k] {
                guard let r = cell(k / matrix.cols, k % matrix.cols), frame.contains(x: r.maxX - 1, y: r.y) else { continue }
                frame.set(x: r.maxX - 1, y: r.y, Cell("•", style: frame[r.maxX - 1, r.y].style))
            }
        }
        if let cursor, let r = cell(cursor.row, cursor.col) { frame.restyle(r) { $0.attributes.insert(.reverse) } }
    }

    /// The columns the histories take (with their gaps).
    private func historiesWidth(_ run: GatedRun) -> Int {
        let p = parameters
        let names = run.computedCells == nil ? ["h"] : ["c", "h"]
        return names.reduce(0) { sum, name in
            let title = (ko ? "\(name) 기록 " : "\(name) history ") + "(\(p.timesteps), \(p.hiddenUnits))"
            return sum + max(TextWidth.width(of: title), 1 + 2 * p.hiddenUnits) + 3
        }
    }

    /// The histories: c and h for LSTM, h for GRU (rows t = 1…T, filled as they are computed).
    private func drawHistories(_ frame: inout Frame, _ area: Rect, run: GatedRun, t: Int, stage: Int) -> [AveragingFact] {
        guard area.height >= 2 else { return [] }
        let p = parameters, stages = computation.stagesPerTimestep
        let hDone = t == 0 ? 0 : (stage == stages ? t : t - 1)
        if trajectories {
            let cDone = t == 0 ? 0 : (stage >= 3 ? t : t - 1)
            let width = inspect != nil && computation.drillDown != nil && area.width - 44 >= (p.cell == .lstm ? 60 : 30)
                ? area.width - 44 : area.width
            GatedTrajectoryPanel(computation: computation, run: run, t: t, hDone: hDone, cDone: cDone, mode: mode, language: language,
                                 ascii: !halfBlocks, emphasised: inspect.flatMap { $0.tensor == "x_t" ? nil : $0.row })
                .render(into: &frame, area: Rect(x: area.x, y: area.y, width: width, height: area.height))
            return []
        }
        var items: [(String, Matrix, Int, ClosedRange<Double>)] = []
        if let cells = run.computedCells {
            let cDone = t == 0 ? 0 : (stage >= 3 ? t : t - 1)
            items.append(("c", cells, cDone, computation.cells))
        }
        items.append(("h", run.computedStates, hDone, computation.weights))
        var x = area.x
        var facts: [AveragingFact] = []
        for (name, matrix, done, range) in items {
            let title = (ko ? "\(name) 기록 " : "\(name) history ") + "(\(p.timesteps), \(p.hiddenUnits))"
            let width = min(max(TextWidth.width(of: title), 1 + 2 * p.hiddenUnits), max(0, area.maxX - x))
            var heatmap = Heatmap(title: title, matrix: matrix, range: range, mode: mode, highlightRow: t - 1)
            heatmap.halfBlocks = halfBlocks
            heatmap.fill = Heatmap.Fill(totalRows: p.timesteps, filledRows: min(done, matrix.rows))
            let layout = heatmap.render(into: &frame, area: Rect(x: x, y: area.y, width: width, height: area.height))
            if let fact = AveragingFact(name: "\(name)", layout) { facts.append(fact) }
            x += width + 3
        }
        return facts
    }

    private func drawLegend(_ frame: inout Frame, _ area: Rect, _ averaging: [AveragingFact]) {
        guard !area.isEmpty else { return }
        let bar = 8
        var col = area.x + frame.put(ko ? "가중치·상태 " : "weights, states ", x: area.x, y: area.y, clip: area)
        var weights = Legend(range: computation.weights, mode: mode, barWidth: bar)
        weights.korean = ko
        col += weights.render(into: &frame, area: Rect(x: col, y: area.y, width: bar + 12, height: 1)) > 0 ? bar + 13 : 0
        col += frame.put(ko ? "게이트 " : "gates ", x: col, y: area.y, clip: area)
        var gates = Legend(range: computation.gates, mode: mode, barWidth: bar, palette: .sequentialGates)
        gates.korean = ko
        gates.render(into: &frame, area: Rect(x: col, y: area.y, width: min(bar + 12, area.maxX - col), height: 1))
        var second: [String] = []
        if let key = weights.glyphKey { second.append(key) }
        if let key = gates.glyphKey { second.append((ko ? "게이트 " : "gates ") + key) }
        if parameters.cell == .lstm {
            let m = NumberFormat.fixed(computation.cells.upperBound, decimals: 1)
            second.append(ko ? "c 색: ±\(m)" : "c colours: ±\(m)")
        }
        frame.put(AveragingFact.legendRow(second, averaging, korean: ko, width: area.width), x: area.x, y: area.y + 1, clip: area)
    }
}
