import Testing
import RNNCore

@Suite struct KerasSummaryTests {
    @Test func chapterSummaryIsExact() throws {
        let spec = ModelSpec(input: InputSpec(shape: [2, 10]), layers: [LayerSpec(.simpleRNN(units: 3, returnSequences: false))])
        let expected = [
            "Model: \"sequential\"",
            "_________________________________________________________________",
            " Layer (type)                Output Shape              Param #   ",
            "=================================================================",
            " simple_rnn (SimpleRNN)      (None, 3)                 42        ",
            "                                                                 ",
            "=================================================================",
            "Total params: 42",
            "Trainable params: 42",
            "Non-trainable params: 0",
            "_________________________________________________________________",
        ]
        let summary = try KerasSummary(spec)
        #expect(summary.lines == expected)
        #expect(summary.text == expected.joined(separator: "\n") + "\n")
        #expect(summary.lineLength == 65)
        #expect(summary.lines[2].count == 65 && summary.lines[4].count == 65)
    }

    @Test func quizSummaryHasBlankLinesBetweenLayersAndGroupedTotals() throws {
        let spec = ModelSpec(input: InputSpec(shape: [nil]), layers: [
            LayerSpec(.embedding(inputDim: 5000, outputDim: 100)),
            LayerSpec(.simpleRNN(units: 128, returnSequences: false)),
            LayerSpec(.dense(units: 1, activation: "sigmoid")),
        ])
        let blank = String(repeating: " ", count: 65)
        let expected = [
            "Model: \"sequential\"",
            "_________________________________________________________________",
            " Layer (type)                Output Shape              Param #   ",
            "=================================================================",
            " embedding (Embedding)       (None, None, 100)         500000    ",
            blank,
            " simple_rnn (SimpleRNN)      (None, 128)               29312     ",
            blank,
            " dense (Dense)               (None, 1)                 129       ",
            blank,
            "=================================================================",
            "Total params: 529,441",
            "Trainable params: 529,441",
            "Non-trainable params: 0",
            "_________________________________________________________________",
        ]
        #expect(try KerasSummary(spec).lines == expected)
    }

    @Test func longEntriesWidenTheirColumnInsteadOfWrapping() throws {
        let bi = LayerKind.bidirectional(layer: .simpleRNN(units: 8, returnSequences: true), mergeMode: .concat)
        let spec = ModelSpec(name: "stack", input: InputSpec(batchSize: 1_000_000, shape: [1_000_000, 5]), layers: [
            LayerSpec(bi), LayerSpec(bi),
            LayerSpec(.dense(units: 123_456_789, activation: nil), name: "d"),
        ])
        let summary = try KerasSummary(spec)
        // "bidirectional_1 (Bidirectional)" is 31 long, "(1000000, 1000000, 123456789)" 29, "2098765413" 10.
        #expect(summary.columnWidths == [34, 32, 10])
        #expect(summary.lineLength == 76)
        let lines = summary.lines
        #expect(lines[1] == String(repeating: "_", count: 76))
        #expect(lines[3] == String(repeating: "=", count: 76))
        #expect(lines[2] == " Layer (type)" + String(repeating: " ", count: 21) + "Output Shape" + String(repeating: " ", count: 20) + "Param #   ")
        #expect(lines[6] == " bidirectional_1 (Bidirectional)  (1000000, 1000000, 16)          400       ")
        #expect(lines[8] == " d (Dense)" + String(repeating: " ", count: 24) + "(1000000, 1000000, 123456789)   2098765413")
        #expect(lines.dropFirst().allSatisfy { $0.count == 76 || $0.hasSuffix("params: 2,098,766,037") || $0.contains("params:") })
        #expect(lines.contains("Total params: 2,098,766,037"))
    }

    @Test func emptyModel() throws {
        let lines = try KerasSummary(ModelSpec(input: InputSpec(shape: [3]), layers: [])).lines
        #expect(lines.count == 9)
        #expect(lines[4] == String(repeating: "=", count: 65))
        #expect(lines[5] == "Total params: 0")
    }

    @Test func thousandsSeparators() {
        #expect(KerasSummary.grouped(0) == "0")
        #expect(KerasSummary.grouped(999) == "999")
        #expect(KerasSummary.grouped(1000) == "1,000")
        #expect(KerasSummary.grouped(1424) == "1,424")
        #expect(KerasSummary.grouped(1_234_567_890) == "1,234,567,890")
    }
}
