import Foundation
import Testing
@testable import RNNCore

/// `trace --grad` output (RNNTrace with gradients) and the kernels the backward pass adds.
@Suite struct BackwardTraceTests {
    /// One `trace --grad` object's backward keys, decoded with JSONDecoder (which reads doubles exactly).
    struct GradObject: Decodable {
        let step: Int
        let states: [[Double]]
        let loss: Double
        let dstates, dpreactivations, dWx, dWh, dinputs: [[Double]]
        let db, dh0, input_grad_norms: [Double]
    }

    static let keys = ["kind", "step", "timesteps", "input_dim", "hidden_units", "inputs", "Wx", "Wh", "b", "h0",
                       "preactivations", "states"]
    static let gradKeys = ["loss", "dstates", "dpreactivations", "dWx", "dWh", "db", "dinputs", "dh0",
                           "input_grad_norms"]

    static func keys(of text: String) -> [String] {
        text.matches(of: /"([A-Za-z_0-9]+)"\s*:/).map { String($0.1) }
    }

    @Test func gradientKeysFollowTheForwardKeysInOrder() throws {
        let a = try RNNRun(spec: RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 4, seed: 0))
        let b = try RNNRun(spec: RNNSpec(timesteps: 1, inputDim: 1, hiddenUnits: 1, seed: 5))
        let plain = RNNTrace.json([(step: 1, run: a), (step: 4, run: b)])
        let grad = RNNTrace.json([(step: 1, run: a), (step: 4, run: b)], gradients: true)
        #expect(Self.keys(of: plain) == Self.keys + Self.keys)
        #expect(Self.keys(of: grad) == Self.keys + Self.gradKeys + Self.keys + Self.gradKeys)
        #expect(RNNTrace.json([(step: 1, run: a)], gradients: false) == RNNTrace.json([(step: 1, run: a)]))
        #expect(grad.contains("    \"dh0\": ["))
        #expect(grad.contains("    \"dstates\": [\n      ["))
        #expect(grad.hasSuffix("]\n  }\n]\n"))
        #expect(RNNTrace.json([], gradients: true) == "[]\n")
    }

    @Test func gradientNumbersReadBackExactly() throws {
        let runs = [
            (step: 2, run: try RNNRun(spec: RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8, seed: 0))),
            (step: 3, run: try RNNRun(spec: RNNSpec(timesteps: 6, inputDim: 3, hiddenUnits: 5, seed: 1,
                                                   h0: [0.1, -0.2, 0.3, -0.4, 0.5], weightInit: .normal(scale: 0.6)))),
        ]
        let data = Data(RNNTrace.json(runs, gradients: true).utf8)
        let decoded = try JSONDecoder().decode([GradObject].self, from: data)
        #expect(decoded.count == 2)
        func bits(_ v: [Double]) -> [UInt64] { v.map(\.bitPattern) }
        for (object, entry) in zip(decoded, runs) {
            let pass = BackwardPass(entry.run).completed()
            let g = pass.gradients
            #expect(object.step == entry.step)
            #expect(object.loss.bitPattern == pass.loss.bitPattern)
            #expect(bits(object.dstates.flatMap { $0 }) == bits(pass.dStates.values))
            #expect(bits(object.dpreactivations.flatMap { $0 }) == bits(pass.dPreactivations.values))
            #expect(bits(object.dWx.flatMap { $0 }) == bits(g.dWx.values))
            #expect(bits(object.dWh.flatMap { $0 }) == bits(g.dWh.values))
            #expect(bits(object.db) == bits(g.db))
            #expect(bits(object.dinputs.flatMap { $0 }) == bits(pass.dInputs.values))
            #expect(bits(object.dh0) == bits(pass.dh0))
            #expect(bits(object.input_grad_norms) == bits(pass.inputGradNorms))
            let t = pass.timesteps, h = pass.hiddenUnits, d = pass.inputDim
            #expect(object.dstates.count == t && object.dstates.allSatisfy { $0.count == h })
            #expect(object.dinputs.count == t && object.dinputs.allSatisfy { $0.count == d })
            #expect(object.dWx.count == h && object.dWx.allSatisfy { $0.count == d })
            #expect(object.dWh.count == h && object.dWh.allSatisfy { $0.count == h })
            #expect(object.input_grad_norms.count == t)
            #expect(object.dstates.last == Array(repeating: 1, count: h), "∂L/∂h_T = 1")
        }
    }

    /// Gradients that overflow are written `null` and the output stays valid JSON.
    @Test func explodingPastTheLargestDoubleIsNull() throws {
        let t = 40
        let spec = RNNSpec(timesteps: t, inputDim: 1, hiddenUnits: 1, inputs: Matrix(rows: t, cols: 1, repeating: 0),
                           wx: Matrix([[1]]), wh: Matrix([[1e10]]), b: [0])
        let text = RNNTrace.json([(step: 0, run: try RNNRun(spec: spec))], gradients: true)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.first?.count == 21)
        #expect(text.contains("\"dh0\": [null]"))
        #expect(text.contains("\"loss\": 0.0,"))
    }

    // MARK: Kernels

    @Test func transposeSwapsRowsAndColumns() {
        var rng = NumpyRandom(seed: 4)
        for (rows, cols) in [(1, 1), (3, 70), (65, 33), (40, 1)] {
            let m = rng.randomMatrix(rows: rows, cols: cols)
            let t = LinearAlgebra.transposed(m.values, rows: rows, cols: cols)
            #expect(t.count == rows * cols)
            #expect((0..<rows).allSatisfy { r in (0..<cols).allSatisfy { c in t[c * rows + r] == m[r, c] } })
        }
    }

    /// Accumulating outer products in pieces (latest rows first) equals one call bit for bit, and each
    /// element is the sequential sum from the last row down.
    @Test func outerProductsAccumulateSequentially() {
        var rng = NumpyRandom(seed: 12)
        let steps = 23, rows = 19, cols = 301
        let d = rng.standardNormalVector(steps * rows), v = rng.standardNormalVector(steps * cols)
        var whole = [Double](repeating: 0, count: rows * cols)
        var pieces = whole
        d.withUnsafeBufferPointer { d in
            v.withUnsafeBufferPointer { v in
                whole.withUnsafeMutableBufferPointer {
                    LinearAlgebra.accumulateOuterProducts(d, dRows: rows, v, vCols: cols, steps: steps, into: $0)
                }
                pieces.withUnsafeMutableBufferPointer { acc in
                    for (from, to) in [(15, 23), (14, 15), (0, 14)] {
                        LinearAlgebra.accumulateOuterProducts(
                            UnsafeBufferPointer(rebasing: d[(from * rows)..<(to * rows)]), dRows: rows,
                            UnsafeBufferPointer(rebasing: v[(from * cols)..<(to * cols)]), vCols: cols,
                            steps: to - from, into: acc)
                    }
                }
            }
        }
        #expect(whole == pieces)
        for (i, j) in [(0, 0), (7, 150), (18, 300), (3, 257)] {
            var sum = 0.0
            for s in stride(from: steps - 1, through: 0, by: -1) { sum += d[s * rows + i] * v[s * cols + j] }
            #expect(whole[i * cols + j] == sum)
        }
    }

    @Test func scaledNorm() {
        func norm(_ v: [Double]) -> Double { v.withUnsafeBufferPointer { LinearAlgebra.norm2($0) } }
        #expect(norm([3, 4]) == 5)
        #expect(norm([3e-200, -4e-200]) == 5e-200)
        #expect(norm([1e300, 1e300]) == 1e300 * 2.0.squareRoot())
        #expect(norm([0, 0]) == 0 && norm([]) == 0)
        #expect(norm([1, .infinity]) == .infinity)
        #expect(norm([1, .nan]).isNaN)
    }
}
