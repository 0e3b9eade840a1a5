import Testing
import RNNCore

/// Shorthand for building models in tests.
private func model(_ shape: [Int?], batch: Int? = nil, _ kinds: [LayerKind]) throws(KerasModelError) -> KerasModel {
    try KerasModel(ModelSpec(input: InputSpec(batchSize: batch, shape: shape), layers: kinds.map { LayerSpec($0) }))
}

private func rows(_ m: KerasModel) -> [String] {
    m.layers.map { "\($0.nameAndType) \($0.outputShape) \($0.paramCount)" }
}

@Suite struct KerasModelTests {
    @Test func chapterSimpleRNN() throws {
        let m = try model([2, 10], [.simpleRNN(units: 3, returnSequences: false)])
        #expect(rows(m) == ["simple_rnn (SimpleRNN) (None, 3) 42"])
        let layer = m.layers[0]
        #expect(layer.weights.map(\.description) == ["kernel (10, 3)", "recurrent_kernel (3, 3)", "bias (3,)"])
        #expect(layer.bookFormula == "Wx 3×10 + Wh 3×3 + b 3 = 42")
        #expect(layer.weights.reduce(0) { $0 + $1.count } == 42)
        #expect(m.totalParams == 42 && m.trainableParams == 42 && m.nonTrainableParams == 0)
    }

    @Test func chapterBatchShape() throws {
        #expect(rows(try model([2, 10], batch: 8, [.simpleRNN(units: 3, returnSequences: false)]))
                == ["simple_rnn (SimpleRNN) (8, 3) 42"])
        #expect(rows(try model([2, 10], batch: 8, [.simpleRNN(units: 3, returnSequences: true)]))
                == ["simple_rnn (SimpleRNN) (8, 2, 3) 42"])
    }

    @Test func chapterDeepRNN() throws {
        let m = try model([10, 5], [.simpleRNN(units: 8, returnSequences: true), .simpleRNN(units: 8, returnSequences: true)])
        #expect(rows(m) == ["simple_rnn (SimpleRNN) (None, 10, 8) 112", "simple_rnn_1 (SimpleRNN) (None, 10, 8) 136"])
        #expect(m.totalParams == 248)
    }

    @Test func chapterBidirectional() throws {
        let bi = LayerKind.bidirectional(layer: .simpleRNN(units: 8, returnSequences: true), mergeMode: .concat)
        let one = try model([10, 5], [bi])
        #expect(rows(one) == ["bidirectional (Bidirectional) (None, 10, 16) 224"])
        #expect(one.layers[0].bookFormula == "2 × (Wx 8×5 + Wh 8×8 + b 8) = 224")
        #expect(one.layers[0].weights.map(\.description) == [
            "forward_simple_rnn/kernel (5, 8)", "forward_simple_rnn/recurrent_kernel (8, 8)", "forward_simple_rnn/bias (8,)",
            "backward_simple_rnn/kernel (5, 8)", "backward_simple_rnn/recurrent_kernel (8, 8)", "backward_simple_rnn/bias (8,)"])
        let four = try model([10, 5], [bi, bi, bi, bi])
        #expect(four.layers.map(\.paramCount) == [224, 400, 400, 400])
        #expect(four.totalParams == 1424)
        #expect(four.layers.map(\.name) == ["bidirectional", "bidirectional_1", "bidirectional_2", "bidirectional_3"])
        #expect(four.layers[3].weights[0].name == "forward_simple_rnn_3/kernel")
    }

    @Test func chapterQuiz() throws {
        let m = try model([nil], [.embedding(inputDim: 5000, outputDim: 100),
                                  .simpleRNN(units: 128, returnSequences: false),
                                  .dense(units: 1, activation: "sigmoid")])
        #expect(rows(m) == ["embedding (Embedding) (None, None, 100) 500000",
                            "simple_rnn (SimpleRNN) (None, 128) 29312",
                            "dense (Dense) (None, 1) 129"])
        #expect(m.totalParams == 529_441)
        #expect(m.layers[0].weights.map(\.description) == ["embeddings (5000, 100)"])
        #expect(m.layers[2].bookFormula == "W 1×128 + b 1 = 129")
        // The sample length does not change the count.
        let fixed = try model([30], [.embedding(inputDim: 5000, outputDim: 100),
                                     .simpleRNN(units: 128, returnSequences: false),
                                     .dense(units: 1, activation: "sigmoid")])
        #expect(fixed.totalParams == 529_441)
        #expect(fixed.layers[0].outputShape == [nil, 30, 100])
    }

    @Test func lstmAndGRU() throws {
        let m = try model([10, 5], [.lstm(units: 8, returnSequences: true),
                                    .gru(units: 4, returnSequences: true, resetAfter: true),
                                    .gru(units: 4, returnSequences: true, resetAfter: false),
                                    .lstm(units: 2, returnSequences: false)])
        #expect(rows(m) == ["lstm (LSTM) (None, 10, 8) 448",
                            "gru (GRU) (None, 10, 4) 168",
                            "gru_1 (GRU) (None, 10, 4) 108",
                            "lstm_1 (LSTM) (None, 2) 56"])
        #expect(m.layers[0].weights.map(\.description) == ["kernel (5, 32)", "recurrent_kernel (8, 32)", "bias (32,)"])
        #expect(m.layers[1].weights.map(\.description) == ["kernel (8, 12)", "recurrent_kernel (4, 12)", "bias (2, 12)"])
        #expect(m.layers[2].weights.map(\.description) == ["kernel (4, 12)", "recurrent_kernel (4, 12)", "bias (12,)"])
        #expect(m.layers[0].bookFormula == "4 × (Wx 8×5 + Wh 8×8 + b 8) = 448")
        #expect(m.layers[1].bookFormula == "3 × (Wx 4×8 + Wh 4×4 + bx 4 + bh 4) = 168")
        for layer in m.layers {
            #expect(layer.weights.reduce(0) { $0 + $1.count } == layer.paramCount)
        }
    }

    @Test(arguments: MergeMode.allCases)
    func bidirectionalMergeModes(_ mode: MergeMode) throws {
        let seq = try model([7, 3], [.bidirectional(layer: .lstm(units: 6, returnSequences: true), mergeMode: mode)])
        let last = try model([7, 3], batch: 4, [.bidirectional(layer: .gru(units: 5, returnSequences: false, resetAfter: true), mergeMode: mode)])
        let width = mode == .concat ? 2 : 1
        #expect(seq.layers[0].outputShape == [nil, 7, 6 * width])
        #expect(seq.layers[0].paramCount == 2 * 4 * (6 * 3 + 36 + 6))
        #expect(last.layers[0].outputShape == [4, 5 * width])
        #expect(last.layers[0].paramCount == 2 * 3 * (5 * 3 + 25 + 10))
        #expect(last.layers[0].weights.count == 6)
    }

    @Test func denseOnThreeDimensions() throws {
        let m = try model([10, 5], batch: 2, [.simpleRNN(units: 8, returnSequences: true), .dense(units: 3, activation: nil)])
        #expect(m.layers[1].outputShape == [2, 10, 3])
        #expect(m.layers[1].paramCount == 27)
        #expect(m.outputShape.description == "(2, 10, 3)")
    }

    @Test func unknownTimestepsAreFine() throws {
        let m = try model([nil, 4], [.simpleRNN(units: 2, returnSequences: true), .lstm(units: 3, returnSequences: false)])
        #expect(rows(m) == ["simple_rnn (SimpleRNN) (None, None, 2) 14", "lstm (LSTM) (None, 3) 72"])
    }

    @Test func namesCountPerBaseAndSkipExplicitNames() throws {
        let spec = ModelSpec(name: "my_model", input: InputSpec(shape: [nil]), layers: [
            LayerSpec(.embedding(inputDim: 10, outputDim: 4)),
            LayerSpec(.simpleRNN(units: 2, returnSequences: true), name: "encoder"),
            LayerSpec(.bidirectional(layer: .simpleRNN(units: 2, returnSequences: true), mergeMode: .sum)),
            LayerSpec(.simpleRNN(units: 2, returnSequences: false)),
            LayerSpec(.dense(units: 3, activation: nil)),
            LayerSpec(.dense(units: 1, activation: nil)),
        ])
        let m = try KerasModel(spec)
        #expect(m.layers.map(\.name) == ["embedding", "encoder", "bidirectional", "simple_rnn_1", "dense", "dense_1"])
        #expect(m.name == "my_model")
    }

    @Test func shapeDescriptions() {
        #expect(KerasShape([nil, 3]).description == "(None, 3)")
        #expect(KerasShape([3]).description == "(3,)")
        #expect(KerasShape([]).description == "()")
        #expect(KerasShape([8, 2, 3]).description == "(8, 2, 3)")
    }
}

@Suite struct KerasModelErrorTests {
    private func error(_ shape: [Int?], batch: Int? = nil, _ kinds: [LayerKind]) -> KerasModelError? {
        do {
            _ = try model(shape, batch: batch, kinds)
            return nil
        } catch {
            return error
        }
    }

    @Test func recurrentNeedsThreeDimensions() {
        let e = error([10, 5], [.simpleRNN(units: 3, returnSequences: false), .simpleRNN(units: 3, returnSequences: false)])
        #expect(e?.layerIndex == 1)
        #expect(e?.layerName == "simple_rnn_1")
        #expect(e?.message == "SimpleRNN expects 3-D input (batch, timesteps, features) but gets (None, 3)")
        #expect(e?.description == "layer 2 (simple_rnn_1): SimpleRNN expects 3-D input (batch, timesteps, features) but gets (None, 3)")
        #expect(error([2, 3, 4], [.lstm(units: 1, returnSequences: false)])?.message
                == "LSTM expects 3-D input (batch, timesteps, features) but gets (None, 2, 3, 4)")
    }

    @Test func recurrentNeedsKnownFeatures() {
        let e = error([10, nil], [.gru(units: 3, returnSequences: false, resetAfter: true)])
        #expect(e?.layerIndex == 0)
        #expect(e?.message == "GRU needs a known feature size (the last axis) but gets (None, 10, None)")
    }

    @Test func bidirectionalErrors() {
        #expect(error([10, 5], [.bidirectional(layer: .dense(units: 3, activation: nil), mergeMode: .concat)])?.message
                == "Bidirectional wraps a recurrent layer (SimpleRNN, LSTM or GRU) but gets Dense")
        #expect(error([5], [.bidirectional(layer: .lstm(units: 3, returnSequences: false), mergeMode: .ave)])?.message
                == "LSTM inside Bidirectional expects 3-D input (batch, timesteps, features) but gets (None, 5)")
    }

    @Test func denseErrors() {
        #expect(error([], [.dense(units: 3, activation: nil)])?.message
                == "Dense expects input of at least 2-D (batch, …, features) but gets (None,)")
        #expect(error([4, nil], [.dense(units: 3, activation: nil)])?.message
                == "Dense needs a known size on the last axis of its input but gets (None, 4, None)")
    }

    @Test func sizesMustBePositive() {
        #expect(error([2, 3], [.simpleRNN(units: 0, returnSequences: false)])?.message == "SimpleRNN needs units of at least 1 but gets 0")
        #expect(error([2], [.embedding(inputDim: -1, outputDim: 4)])?.message == "Embedding needs input_dim of at least 1 but gets -1")
    }

    @Test func duplicateNames() throws {
        let spec = ModelSpec(input: InputSpec(shape: [3]), layers: [
            LayerSpec(.dense(units: 2, activation: nil)), LayerSpec(.dense(units: 2, activation: nil), name: "dense")])
        #expect(throws: KerasModelError.self) { try KerasModel(spec) }
    }

    @Test func overflowIsAnError() {
        #expect(error([2, 3], [.embedding(inputDim: Int.max / 2, outputDim: 4)])?.message == "the parameter count is too large to compute")
    }
}
