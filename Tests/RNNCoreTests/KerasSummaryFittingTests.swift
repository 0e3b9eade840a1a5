import RNNCore
import Testing

@Suite struct KerasSummaryFittingTests {
    static let fourBidirectional = ModelSpec(input: InputSpec(shape: [10, 5]), layers: Array(repeating:
        LayerSpec(.bidirectional(layer: .simpleRNN(units: 8, returnSequences: true), mergeMode: .concat)), count: 4))

    @Test func aSummaryThatFitsIsUnchanged() throws {
        let summary = try KerasSummary(Self.fourBidirectional)
        #expect(summary.fitting(width: 200) == summary)
    }

    @Test func aNarrowScreenGetsNarrowerColumnsWithEveryCount() throws {
        let summary = try KerasSummary(Self.fourBidirectional)
        #expect(summary.lineLength > 58)
        let narrow = summary.fitting(width: 58)
        #expect(narrow.lineLength <= 58)
        #expect(narrow.lines.contains(" bidirectional_3 (Bidirectional)  (None, 10, 16)  400    "))
        #expect(narrow.lines.contains("Total params: 1,424"))
    }
}
