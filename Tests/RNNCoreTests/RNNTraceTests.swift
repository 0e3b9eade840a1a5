import Foundation
import Testing
import RNNCore

@Suite struct RNNTraceTests {
    /// One trace object, decoded with JSONDecoder (which reads doubles exactly).
    struct TraceObject: Decodable {
        let step, timesteps, input_dim, hidden_units: Int
        let inputs, Wx, Wh, preactivations, states: [[Double]]
        let b, h0: [Double]
    }

    @Test func parsesAndRoundTripsEveryDouble() throws {
        let a = try RNNRun(spec: RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8, seed: 0))
        let b = try RNNRun(spec: RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 5, seed: 4_294_967_295,
                                         b: [1e-300, -0.0, 1e21, 1.0, 5e-324], h0: [0.1, 0.2, 0.3, 0.4, 0.5]))
        let data = Data(RNNTrace.json([(step: 2, run: a), (step: 5, run: b)]).utf8)
        // Valid JSON with the expected structure (JSONSerialization). Its number parsing on Linux
        // (swift-corelibs-foundation) can be off by an ulp, so values are compared via JSONDecoder.
        let parsed = try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed.map { $0.count } == [12, 12])
        #expect(parsed[1]["step"] as? Int == 5)
        #expect((parsed[0]["states"] as? [[Any]])?.count == 10)
        let decoded = try JSONDecoder().decode([TraceObject].self, from: data)
        for (object, (step, run)) in zip(decoded, [(2, a), (5, b)]) {
            let p = run.parameters
            #expect(object.step == step)
            #expect(object.timesteps == p.timesteps && object.input_dim == p.inputDim && object.hidden_units == p.hiddenUnits)
            func bits(_ v: [Double]) -> [UInt64] { v.map(\.bitPattern) }
            #expect(bits(object.inputs.flatMap { $0 }) == bits(p.inputs.values))
            #expect(bits(object.Wx.flatMap { $0 }) == bits(p.wx.values))
            #expect(bits(object.Wh.flatMap { $0 }) == bits(p.wh.values))
            #expect(bits(object.b) == bits(p.b))
            #expect(bits(object.h0) == bits(p.h0))
            #expect(bits(object.preactivations.flatMap { $0 }) == bits(run.completed().preactivations.values))
            #expect(bits(object.states.flatMap { $0 }) == bits(run.completed().states.values))
            #expect(object.states.count == p.timesteps && object.states.allSatisfy { $0.count == p.hiddenUnits })
        }
    }

    @Test func numbersReadBackExactly() {
        var rng = NumpyRandom(seed: 99)
        let values = rng.standardNormalVector(2000).map { $0 * pow(10, Double(Int(rng.random() * 40) - 20)) }
            + [5e-324, 1.7976931348623157e308, -0.0, 0.1, 1.0, 123456789.0]
        for v in values {
            #expect(Double(RNNTrace.number(v))?.bitPattern == v.bitPattern)
        }
    }

    @Test func keysAreInOrderAndRowsOnePerLine() throws {
        let run = try RNNRun(spec: RNNSpec(timesteps: 2, inputDim: 1, hiddenUnits: 2, seed: 0))
        let text = RNNTrace.json([(step: 0, run: run)])
        let keys = ["kind", "step", "timesteps", "input_dim", "hidden_units", "inputs", "Wx", "Wh", "b", "h0", "preactivations", "states"]
        let positions = keys.map { text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(text.hasPrefix("[\n  {\n    \"kind\": \"rnn\",\n    \"step\": 0,\n"))
        #expect(text.contains("\"inputs\": [\n      [0.5488135039273248],\n      [0.7151893663724195]\n    ],"))
        #expect(text.hasSuffix("  }\n]\n"))
    }

    @Test func emptyTraceAndNumbers() {
        #expect(RNNTrace.json([]) == "[]\n")
        #expect(RNNTrace.number(1) == "1.0")
        #expect(RNNTrace.number(.infinity) == "null")
        #expect(RNNTrace.number(.nan) == "null")
    }
}
