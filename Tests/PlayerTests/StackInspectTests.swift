import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// Inspect mode on deep and bidirectional rnn steps: `Enter` puts the cursor on the cell just
/// computed, the keys move it over the seven vectors and from cell to cell, the drill-down's
/// numbers are that pass's run's, edits say they are single-layer, it fits 80×24, and snapshots.
@Suite struct StackInspectTests {
    static func spec(layers: Int, direction: RNNDirection, h: Int = 3) -> RNNSpec {
        StackViewTests.spec(layers: layers, direction: direction, h: h)
    }

    static func state(_ spec: RNNSpec, keys: [Key], size: Size = Size(width: 80, height: 24),
                      language: Language = .en, mode: ColorMode = .none) -> PlayerState {
        StackViewTests.state(spec, keys: keys, size: size, language: language, mode: mode)
    }

    static func rights(_ n: Int) -> [Key] { Array(repeating: .right, count: n) }

    /// The pass and the run's reading step of the cell at the state's position.
    static func cell(_ s: PlayerState) throws -> (pass: RNNPass, step: Int, t: Int) {
        let c = try #require(s.stacks[s.stepID])
        let place = try #require(c.place(s.timestep))
        return (c.stack.passes[place.pass], place.step, place.t)
    }

    @Test func enterInspectsTheCellJustComputed() throws {
        let s = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6) + [.enter])
        #expect(s.inspect == InspectCursor(tensor: "h_t", row: 0, col: 0))
        #expect(s.timestep == 6 && s.notice == nil)
        let text = Player.view(s).text
        #expect(text.contains("inspect ←→ vector  ↑↓ unit  Tab  ., cell  Esc leave"))
        #expect(!text.contains("works on single-layer"))
        // At position 0 it first computes the first cell, as on a single-layer step.
        let first = Self.state(Self.spec(layers: 2, direction: .forward), keys: [.enter])
        #expect(first.timestep == 1 && first.inspect != nil)
        // Esc leaves; the screen has its return_sequences lines again.
        let left = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6) + [.enter, .escape])
        #expect(left.inspect == nil && left.timestep == 6)
        #expect(Player.view(left).text.contains("return_sequences=False"))
    }

    @Test func arrowsTabAndDotMoveTheCursor() throws {
        // Layer 2 of a bidirectional stack reads [h→; h←] of layer 1: x_t has 2H = 4 values, the others H = 2.
        let spec = Self.spec(layers: 2, direction: .bidirectional, h: 2)
        var s = Self.state(spec, keys: Self.rights(9) + [.enter])
        func press(_ keys: Key...) { Player.update(&s, keys: keys) }
        press(.left)
        #expect(s.inspect == InspectCursor(tensor: "z_t"))
        press(.left, .left, .left, .left, .left, .left, .left)
        #expect(s.inspect == InspectCursor(tensor: "x_t"))
        press(.down, .down, .down, .down, .down)
        #expect(s.inspect == InspectCursor(tensor: "x_t", row: 3))
        // Onto a shorter vector the row is clamped.
        press(.right)
        #expect(s.inspect == InspectCursor(tensor: "h_{t-1}", row: 1))
        press(.up, .tab)
        #expect(s.inspect == InspectCursor(tensor: "Wx·x_t", row: 0))
        for expected in ["Wh·h_{t-1}", "b", "z_t", "h_t", "x_t"] {
            press(.tab)
            #expect(s.inspect?.tensor == expected)
        }
        // `.` and `,` go cell by cell in the stack's order, keeping the cursor.
        press(.down)
        press(.char("."))
        #expect(s.timestep == 10 && s.inspect == InspectCursor(tensor: "x_t", row: 1))
        press(.char(","), .char(","))
        #expect(s.timestep == 8 && s.inspect == InspectCursor(tensor: "x_t", row: 1))
        #expect(Player.view(s).lines[0].contains("layer 1 ← t = 1 · 8/16"))
    }

    @Test func keysOutsideInspectModeKeepTheCursorInsideItsVector() throws {
        // Layer 1 reads D = 4 values, layer 2 H = 2: End jumps from x_1[3] to a cell whose x_t has 2.
        var spec = RNNSpec(timesteps: 3, inputDim: 4, hiddenUnits: 2, seed: 1)
        spec.layers = 2
        let s = Self.state(spec, keys: [.enter, .tab, .down, .down, .down, .end])
        #expect(s.timestep == 6 && s.inspect == InspectCursor(tensor: "x_t", row: 1))
        let (pass, _, t) = try Self.cell(s)
        #expect(Player.view(s).text.contains("x_\(t)[1] =\(DrillDownView.n(pass.record(atTimestep: t).x[1]))"))
    }

    @Test func theEndsOfTheStackSaySo() {
        let spec = Self.spec(layers: 1, direction: .bidirectional)
        var s = Self.state(spec, keys: [.enter, .char(",")])
        #expect(s.timestep == 1 && s.notice == "1/8: no further cell")
        Player.update(&s, keys: Array(repeating: .char("."), count: 9))
        #expect(s.timestep == 8 && s.notice == "8/8: no further cell" && s.inspect != nil)
    }

    @Test func theDrillDownIsThePassRunsNumbersAtEveryCell() throws {
        for spec in [Self.spec(layers: 2, direction: .forward), Self.spec(layers: 2, direction: .bidirectional, h: 2)] {
            var s = Self.state(spec, keys: [.enter], size: Size(width: 120, height: 40))
            for position in 1...spec.stepPositions {
                #expect(s.timestep == position)
                let (pass, step, t) = try Self.cell(s)
                for unit in 0..<pass.hiddenUnits {
                    let drill = try #require(s.stacks[s.stepID]?.drill)
                    let terms = pass.run.terms(at: step, unit: unit)
                    #expect(drill.subject == .unit(terms) && drill.t == t)
                    // The run's record is the one the pass reports for timestep t.
                    #expect(pass.record(atTimestep: t).h[unit] == terms.state)
                    let text = Player.view(s).text
                    let n = DrillDownView.n
                    #expect(text.contains("= z_\(t)[\(unit)]\(n(terms.preactivation))"), "\(position) \(unit)")
                    #expect(text.contains("tanh → h_\(t)[\(unit)]\(n(terms.state))"))
                    #expect(text.contains("Σ Wx·x_\(t)[\(unit)] =\(n(terms.inputSum))"))
                    for (j, product) in terms.inputProducts.enumerated() {
                        #expect(text.contains("Wx[\(unit),\(j)]·x_\(t)[\(j)] =\(n(product))"))
                    }
                    Player.update(&s, keys: [.down])
                }
                Player.update(&s, keys: [.up, .up, .up, .char(".")])
            }
        }
    }

    @Test func aBackwardPassReadsTheNextTimestepAndStartsFromH0() throws {
        let spec = Self.spec(layers: 1, direction: .bidirectional)
        // Position 5: layer 1 ← at t = 4, the first it reads; position 6: t = 3, after t = 4.
        let start = Self.state(spec, keys: Self.rights(5) + [.enter, .left, .left, .left, .left, .left])
        let (pass, _, t) = try Self.cell(start)
        #expect(pass.direction == .backward && t == 4 && start.inspect?.tensor == "h_{t-1}")
        let text = Player.view(start).text
        #expect(text.contains("h0[0] =\(DrillDownView.n(0))") && text.contains("h0: this pass's initial state (zeros)"))
        var next = start
        Player.update(&next, keys: [.char("."), .right])
        let cell = try Self.cell(next)
        let terms = cell.pass.run.terms(at: cell.step, unit: 0)
        #expect(cell.t == 3 && cell.step == 2)
        let shown = Player.view(next).text
        #expect(shown.contains("Σ Wh·h_4[0] =\(DrillDownView.n(terms.recurrentSum))"))
        // h_{t+1} is what the pass computed at t = 4.
        for (k, product) in terms.recurrentProducts.enumerated() {
            #expect(product == cell.pass.parameters.wh[0, k] * cell.pass.state(at: 4)[k])
            #expect(shown.contains("Wh[0,\(k)]·h_4[\(k)] =\(DrillDownView.n(product))"))
        }
    }

    @Test func xTAboveLayerOneIsTheLowerLayersOutput() throws {
        let s = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6) + [.enter, .tab, .down])
        let (pass, _, t) = try Self.cell(s)
        #expect(pass.layer == 2 && t == 2)
        let stack = try #require(s.stacks[s.stepID]?.stack)
        let text = Player.view(s).text
        #expect(text.contains("x_2[1] =\(DrillDownView.n(stack.passes[0].state(at: 2)[1]))"))
        #expect(text.contains("layer 1's output at t = 2"))
        let ko = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6) + [.enter, .tab, .down], language: .ko)
        #expect(Player.view(ko).text.contains("1층의 시점 2 출력"))
    }

    @Test func editKeysSayTheyAreSingleLayerAndChangeNothing() throws {
        let base = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(3) + [.enter])
        for key in [Key.char("+"), .char("-"), .char("0"), .char("*"), .char("/"), .char("r"), .char("a")] {
            var s = base
            Player.update(&s, .key(key))
            #expect(s.notice?.hasPrefix("edits (+-0*/ r a) work on single-layer forward rnn steps") == true, "\(key)")
            #expect(s.stacks == base.stacks && s.edits.isEmpty && s.inspect == base.inspect)
        }
    }

    @Test func everyCellFits80x24InBothLanguages() throws {
        for spec in [Self.spec(layers: 2, direction: .forward), Self.spec(layers: 1, direction: .bidirectional),
                     Self.spec(layers: 2, direction: .bidirectional, h: 2)] {
            for language in [Language.en, .ko] {
                var s = Self.state(spec, keys: [.enter], language: language, mode: .ansi256)
                for _ in 1...spec.stepPositions {
                    let (_, _, t) = try Self.cell(s)
                    let lines = Player.view(s).lines
                    // The result of the drill-down and the inspect keys show; the cursor's vector is reversed.
                    #expect(lines.contains { $0.hasPrefix(" tanh → h_\(t)[0]") }, "\(spec.direction) \(language) \(s.timestep)")
                    #expect(lines[23].contains(language == .ko ? "살펴보기" : "inspect"))
                    Player.update(&s, keys: [.char(".")])
                }
            }
        }
    }

    @Test func theCursorsVectorIsMarked() throws {
        let s = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6) + [.enter, .left, .left, .left, .down])
        #expect(s.inspect == InspectCursor(tensor: "Wh·h_{t-1}", row: 1))
        let frame = Player.view(s)
        let lines = frame.lines
        let titleRow = try #require(lines.firstIndex { $0.contains("+Wh·h_1") })
        let column = try #require(lines[titleRow].range(of: "+Wh·h_1")).lowerBound.utf16Offset(in: lines[titleRow])
        #expect(frame[column, titleRow].style.attributes.contains(.reverse))
        // Its row 1 (two rows under the title, one down) reversed; its row 0 is another unit's, unmarked.
        #expect(frame[column + 1, titleRow + 3].style.attributes.contains(.reverse))
        #expect(frame[column + 1, titleRow + 2].style.attributes.isDisjoint(with: [.reverse, .underline]))
        // Unit 1 reads every x_2[j]: x_2's row 0 is underlined, not reversed.
        let x = try #require(lines[titleRow].range(of: "x_2")).lowerBound.utf16Offset(in: lines[titleRow])
        #expect(frame[x + 1, titleRow + 2].style.attributes.contains(.underline))
        #expect(!frame[x + 1, titleRow + 2].style.attributes.contains(.reverse))
    }

    @Test(arguments: [Language.en, .ko])
    func snapshotsOfInspectMode(_ language: Language) {
        let size = Size(width: 80, height: 24)
        let deep = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6) + [.enter, .down],
                              size: size, language: language, mode: .ansi256)
        assertSnapshot(Player.view(deep), named: "stack-inspect-deep-p6-\(language.rawValue)-80x24")
        let bi = Self.state(Self.spec(layers: 2, direction: .bidirectional, h: 2), keys: Self.rights(14) + [.enter, .tab],
                            size: size, language: language, mode: .ansi256)
        assertSnapshot(Player.view(bi), named: "stack-inspect-bi2-p14-\(language.rawValue)-80x24")
    }
}
