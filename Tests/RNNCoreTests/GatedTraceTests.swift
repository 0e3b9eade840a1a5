import Foundation
import RNNCore
import Testing

@Suite struct GatedTraceTests {
    func decode(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func everyObjectHasItsKindAndTheGatedKeys() throws {
        let rnn = try RNNRun(spec: RNNSpec(timesteps: 2, inputDim: 2, hiddenUnits: 2))
        let lstm = try GatedRun(spec: GatedSpec(cell: .lstm, timesteps: 3, inputDim: 2, hiddenUnits: 2))
        let gru = try GatedRun(spec: GatedSpec(cell: .gru(resetAfter: true), timesteps: 3, inputDim: 2, hiddenUnits: 2))
        let objects = try decode(RNNTrace.json(entries: [.rnn(step: 0, run: rnn), .gated(step: 2, run: lstm), .gated(step: 5, run: gru)]))
        #expect(objects.map { $0["kind"] as? String } == ["rnn", "lstm", "gru"])
        #expect(objects.map { $0["step"] as? Int } == [0, 2, 5])
        let l = objects[1]
        #expect(Set(l.keys) == ["kind", "step", "timesteps", "input_dim", "hidden_units", "inputs", "Wx", "Wh", "b", "h0", "c0",
                                "gates", "cells", "states"])
        #expect(Set((l["gates"] as? [String: Any])?.keys ?? [:].keys) == ["i", "f", "g", "o"])
        let g = objects[2]
        #expect(g["reset_after"] as? Bool == true)
        #expect(Set((g["gates"] as? [String: Any])?.keys ?? [:].keys) == ["z", "r", "g"])
        #expect((g["b"] as? [[Double]])?.count == 2)
        #expect(g["cells"] == nil && g["c0"] == nil)
        // The values (JSONSerialization on Linux can be an ulp off; the text holds them exactly).
        let states = try #require(l["states"] as? [[Double]])
        #expect(close(states.flatMap { $0 }, lstm.completed().computedStates.values, tol: 1e-15))
        let f = try #require((l["gates"] as? [String: Any])?["f"] as? [[Double]])
        #expect(close(f.flatMap { $0 }, lstm.completed().gateHistory("f").values, tol: 1e-15))
        let text = RNNTrace.json(entries: [.gated(step: 0, run: lstm)])
        let first = lstm.completed().gateHistory("f").values[0]
        #expect(text.contains("\"f\": [\n        [\(RNNTrace.number(first)), "))
    }

    @Test func rnnObjectsStartWithTheirKind() throws {
        let rnn = try RNNRun(spec: RNNSpec(timesteps: 1, inputDim: 1, hiddenUnits: 1))
        let text = RNNTrace.json([(step: 0, run: rnn)])
        #expect(text.hasPrefix("[\n  {\n    \"kind\": \"rnn\",\n    \"step\": 0,"))
    }
}
