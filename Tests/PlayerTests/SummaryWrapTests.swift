import Testing
@testable import Player

@Suite struct SummaryWrapTests {
    @Test func weightListsWrapUnderTheFirstItem() {
        let lines = SummaryStepView.wrap(["kernel (10, 3)", "recurrent_kernel (3, 3)", "bias (3,)"], first: "  Keras: ", width: 40)
        #expect(lines == ["  Keras: kernel (10, 3),", "         recurrent_kernel (3, 3),", "         bias (3,)"])
        #expect(SummaryStepView.wrap(["a", "b"], first: "K: ", width: 80) == ["K: a, b"])
    }
}
