import Foundation
import RNNCore
import Testing

/// One reference LSTM or GRU forward pass from numpy (`scripts/make_fixtures.py`, gated.json).
struct GatedFixture: Decodable, CustomTestStringConvertible {
    let name: String
    let kind: String
    let reset_after: Bool
    let seed: UInt32
    let timesteps: Int
    let input_dim: Int
    let hidden_units: Int
    let given: [String]
    let h0_given: Bool
    let c0_given: Bool
    let normal_scale: Double?
    let bias_rows: Int
    let inputs: [Double]
    let Wx: [Double]
    let Wh: [Double]
    let b: [Double]
    let h0: [Double]
    let c0: [Double]
    let gates: [String: [Double]]
    let cells: [Double]
    let states: [Double]

    var testDescription: String { name }

    var cell: GatedCell { kind == "lstm" ? .lstm : .gru(resetAfter: reset_after) }

    /// The spec as a lesson would write it: only the given arrays are explicit.
    var spec: GatedSpec {
        let t = timesteps, d = input_dim, h = hidden_units, rows = cell.gateCount * h
        return GatedSpec(
            cell: cell, timesteps: t, inputDim: d, hiddenUnits: h, seed: seed,
            inputs: given.contains("inputs") ? Matrix(rows: t, cols: d, values: inputs) : nil,
            wx: given.contains("Wx") ? Matrix(rows: rows, cols: d, values: Wx) : nil,
            wh: given.contains("Wh") ? Matrix(rows: rows, cols: h, values: Wh) : nil,
            b: given.contains("b") ? Matrix(rows: bias_rows, cols: rows, values: b) : nil,
            h0: h0_given ? h0 : nil, c0: c0_given ? c0 : nil,
            weightInit: normal_scale.map { .normal(scale: $0) } ?? .uniform)
    }

    static var all: [GatedFixture] { get throws { try Fixtures.load("gated", as: [GatedFixture].self) } }
}

@Suite struct GatedRunTests {
    static let fixtures = (try? GatedFixture.all) ?? []

    @Test func theFixturesCoverBothKindsAndBothGRUVariants() {
        #expect(Self.fixtures.contains { $0.cell == .lstm })
        #expect(Self.fixtures.contains { $0.cell == .gru(resetAfter: false) })
        #expect(Self.fixtures.contains { $0.cell == .gru(resetAfter: true) })
    }

    @Test(arguments: fixtures)
    func drawsEqualNumpy(_ f: GatedFixture) throws {
        let p = try GatedParameters(f.spec)
        #expect(p.inputs.values == f.inputs)
        #expect(p.wx.values == f.Wx)
        #expect(p.wh.values == f.Wh)
        #expect(p.b.values == f.b)
        #expect(p.b.rows == f.bias_rows)
        #expect(p.h0 == f.h0)
        #expect(p.c0 == f.c0)
    }

    @Test(arguments: fixtures)
    func forwardPassEqualsNumpy(_ f: GatedFixture) throws {
        let run = try GatedRun(spec: f.spec).completed()
        for name in f.cell.gates {
            let ours = run.gateHistory(name).values
            #expect(close(ours, f.gates[name] ?? [], tol: 1e-12), "gate \(name)")
        }
        #expect(close(run.computedStates.values, f.states, tol: 1e-12))
        if f.cell == .lstm {
            #expect(close(run.computedCells?.values ?? [], f.cells, tol: 1e-12))
        } else {
            #expect(run.computedCells == nil)
        }
    }

    @Test(arguments: fixtures)
    func computingInPiecesEqualsAtOnce(_ f: GatedFixture) throws {
        var run = try GatedRun(spec: f.spec)
        for t in 0...f.timesteps { run.compute(through: t) }
        #expect(run == (try GatedRun(spec: f.spec).completed()))
    }

    @Test func lstmRecordsHoldTheFormulas() throws {
        let run = try LSTMRun(GatedParameters(GatedSpec(cell: .lstm, timesteps: 3, inputDim: 2, hiddenUnits: 2, seed: 4,
                                                        weightInit: .normal(scale: 0.7)))).completed()
        for t in 1...3 {
            let r = run.record(at: t)
            #expect(r.cPrev == run.cell(at: t - 1))
            for k in 0..<2 {
                #expect(r.c[k] == r.f[k] * r.cPrev[k] + r.i[k] * r.g[k])
                #expect(r.h[k] == r.o[k] * tanh(r.c[k]))
                #expect(r.i[k] > 0 && r.i[k] < 1 && r.f[k] > 0 && r.f[k] < 1 && r.o[k] > 0 && r.o[k] < 1)
            }
        }
    }

    @Test func gruRecordsHoldTheUpdate() throws {
        for resetAfter in [false, true] {
            let run = try GRURun(GatedParameters(GatedSpec(cell: .gru(resetAfter: resetAfter), timesteps: 3, inputDim: 2,
                                                           hiddenUnits: 2, seed: 4, weightInit: .normal(scale: 0.7)))).completed()
            for t in 1...3 {
                let r = run.record(at: t)
                for k in 0..<2 {
                    #expect(r.h[k] == r.z[k] * r.hPrev[k] + (1 - r.z[k]) * r.g[k])
                    if !resetAfter { #expect(r.reset[k] == r.r[k] * r.hPrev[k]) }
                }
            }
        }
    }

    @Test func explicitArraysDrawNothing() throws {
        // Giving Wx: the next drawn array (Wh) takes the values numpy gives right after inputs.
        let drawn = try GatedParameters(GatedSpec(cell: .lstm, timesteps: 2, inputDim: 1, hiddenUnits: 1, seed: 0))
        let given = try GatedParameters(GatedSpec(cell: .lstm, timesteps: 2, inputDim: 1, hiddenUnits: 1, seed: 0,
                                                  wx: Matrix(rows: 4, cols: 1, repeating: 0.5)))
        #expect(given.wh.values == drawn.wx.values)
        #expect(given.inputs == drawn.inputs)
    }

    @Test(arguments: [
        (GatedSpec(cell: .lstm, timesteps: 2, inputDim: 3, hiddenUnits: 2, wx: Matrix(rows: 2, cols: 3)),
         "Wx must have shape (8, 3) (gate blocks i, f, g, o of 2 rows each, Keras's order) but has shape (2, 3)"),
        (GatedSpec(cell: .gru(resetAfter: false), timesteps: 2, inputDim: 3, hiddenUnits: 2, wh: Matrix(rows: 6, cols: 3)),
         "Wh must have shape (6, 2) (gate blocks z, r, g of 2 rows each, Keras's order) but has shape (6, 3)"),
        (GatedSpec(cell: .gru(resetAfter: true), timesteps: 2, inputDim: 3, hiddenUnits: 2, b: Matrix(rows: 1, cols: 6)),
         "b must have shape (2, 6) with reset_after: true (row 0 the input bias, row 1 the recurrent bias; "
            + "gate blocks z, r, g of 2 rows each, Keras's order) but has shape (6,)"),
        (GatedSpec(cell: .lstm, timesteps: 2, inputDim: 3, hiddenUnits: 2, b: Matrix(rows: 1, cols: 6)),
         "b must have shape (8,) (gate blocks i, f, g, o of 2 rows each, Keras's order) but has shape (6,)"),
        (GatedSpec(cell: .lstm, timesteps: 2, inputDim: 3, hiddenUnits: 2, c0: [1]),
         "c0 must have shape (2,) but has shape (1,)"),
    ])
    func shapeErrorsNameTheLayout(_ spec: GatedSpec, _ message: String) {
        #expect(throws: RNNSpecError.self) { try GatedParameters(spec) }
        do { _ = try GatedParameters(spec) } catch { #expect(error.message == message) }
    }
}

/// The lessons' Keras counts and breakdowns (08-02, 08-03).
@Suite struct GatedKerasCountTests {
    static func layer(_ kind: LayerKind, input: [Int?]) throws -> LayerSummary {
        try KerasModel(ModelSpec(input: InputSpec(shape: input), layers: [LayerSpec(kind)])).layers[0]
    }

    @Test func lstmAndGRUCountsWithTheirBreakdowns() throws {
        let lstm = try Self.layer(.lstm(units: 8, returnSequences: false), input: [10, 5])
        #expect(lstm.paramCount == 448)
        #expect(lstm.bookFormula == "4 × (Wx 8×5 + Wh 8×8 + b 8) = 448")
        let book = try Self.layer(.gru(units: 8, returnSequences: false, resetAfter: false), input: [10, 8])
        #expect(book.paramCount == 408)
        #expect(book.bookFormula == "3 × (Wx 8×8 + Wh 8×8 + b 8) = 408")
        let keras = try Self.layer(.gru(units: 8, returnSequences: false, resetAfter: true), input: [10, 8])
        #expect(keras.paramCount == 432)
        #expect(keras.bookFormula == "3 × (Wx 8×8 + Wh 8×8 + bx 8 + bh 8) = 432")
        #expect(keras.weights.last?.shape == [2, 24])
    }
}
