import Foundation
import RNNCore
import Testing
@testable import Lessons

@Suite struct LessonParsingTests {
    @Test func chapterFixtureParsesEveryStepKind() throws {
        let lesson = try LessonLoader.load(path: fixture("chapter.yaml"))
        #expect(lesson.title == LocalizedText(ko: "파이썬으로 RNN 구현하기", en: "An RNN in NumPy"))
        #expect(lesson.steps.count == 7)
        guard case .text(let text) = lesson.steps[0].kind else { Issue.record("step 0"); return }
        #expect(text.text(.ko).hasPrefix("RNN은 시점 t에서"))
        #expect(text.text(.en).contains("* The **hidden state**"))
        #expect(lesson.steps[0].position == SourcePosition(line: 5, column: 5))
        #expect(lesson.steps[1].kind == .code(CodeListing(language: "python", source:
            "timesteps = 10; input_dim = 4; hidden_units = 8\ninputs = np.random.random((timesteps, input_dim))\n")))
        #expect(lesson.steps[2].kind == .summary(ModelSpec(input: InputSpec(shape: [2, 10]),
                                                          layers: [LayerSpec(.simpleRNN(units: 3, returnSequences: false))])))
        #expect(lesson.steps[3].kind == .summary(ModelSpec(name: "stacked", input: InputSpec(batchSize: 8, shape: [2, 10]),
            layers: [LayerSpec(.simpleRNN(units: 3, returnSequences: true), name: "first")])))
        #expect(lesson.steps[4].kind == .summary(ModelSpec(input: InputSpec(shape: [nil]), layers: [
            LayerSpec(.embedding(inputDim: 5000, outputDim: 100)),
            LayerSpec(.bidirectional(layer: .lstm(units: 8, returnSequences: true), mergeMode: .sum)),
            LayerSpec(.gru(units: 4, returnSequences: false, resetAfter: false)),
            LayerSpec(.dense(units: 1, activation: "sigmoid")),
        ])))
        #expect(lesson.steps[5].kind == .rnn(RNNSpec(timesteps: 10, inputDim: 4, hiddenUnits: 8, seed: 0)))
        #expect(lesson.steps[6].kind == .rnn(RNNSpec(
            timesteps: 2, inputDim: 2, hiddenUnits: 2, seed: 4_294_967_295,
            inputs: Matrix([[1, 0], [0.5, -0.25]]), wx: Matrix([[0.1, 0.2], [0.3, 0.4]]),
            wh: Matrix([[0.1, 0], [0, -0.25]]), b: [0, 1], h0: [0.5, -0.5])))
    }

    @Test func defaults() throws {
        let yaml = """
            title: Plain title
            steps:
              - code: {source: "print(1)"}
              - summary:
                  input: {shape: [2, 10]}
                  layers:
                    - Bidirectional: {layer: {SimpleRNN: {units: 2, return_sequences: true}}}
                    - GRU: {units: 3}
                    - Dense: {units: 1}
              - rnn: {timesteps: 1, input_dim: 1, hidden_units: 1}
            """
        let lesson = try LessonLoader.parse(yaml, path: "d.yaml")
        #expect(lesson.path == "d.yaml")
        #expect(lesson.title == LocalizedText("Plain title"))
        #expect(lesson.steps[0].kind == .code(CodeListing(language: "python", source: "print(1)")))
        #expect(lesson.steps[1].kind == .summary(ModelSpec(name: "sequential", input: InputSpec(shape: [2, 10]), layers: [
            LayerSpec(.bidirectional(layer: .simpleRNN(units: 2, returnSequences: true), mergeMode: .concat)),
            LayerSpec(.gru(units: 3, returnSequences: false, resetAfter: true)),
            LayerSpec(.dense(units: 1, activation: nil)),
        ])))
        #expect(lesson.steps[2].kind == .rnn(RNNSpec(timesteps: 1, inputDim: 1, hiddenUnits: 1, seed: 0)))
    }

    @Test func textTakesOneOrTwoLanguages() throws {
        let lesson = try LessonLoader.parse("title: {en: Only English}\nsteps:\n  - text: {ko: 한국어}\n  - text: 1984\n", path: "t.yaml")
        #expect(lesson.title == LocalizedText(ko: nil, en: "Only English"))
        #expect(lesson.steps[0].kind == .text(LocalizedText(ko: "한국어", en: nil)))
        #expect(lesson.steps[1].kind == .text(LocalizedText("1984")))
    }

    @Test func versionOneIsAccepted() throws {
        #expect(errors("version: 1\ntitle: x\nsteps: [{text: a}]\n") == [])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: BOM\nsteps: [{text: a}]\n".utf8)
        let lesson = try LessonLoader.parse(Data(bytes), path: "bom.yaml")
        #expect(lesson.title == LocalizedText("BOM"))
        #expect(errors(bytes: [0xEF, 0xBB, 0xBF] + Array("title: x\nsteps: 3\n".utf8))
                == ["t.yaml:2:8: error: found the integer `3` for `steps`, expected a list of steps"])
    }

    @Test func numbersInEveryYAMLSpelling() throws {
        let lesson = try LessonLoader.parse(lesson(step: "rnn: {timesteps: 1, input_dim: 4, hidden_units: 1, seed: 0x10, inputs: [[1_000, -2.5e-3, +3, 0.]]}"),
                                            path: "t.yaml")
        #expect(lesson.steps[0].kind == .rnn(RNNSpec(timesteps: 1, inputDim: 4, hiddenUnits: 1, seed: 16,
                                                     inputs: Matrix([[1000, -0.0025, 3, 0]]))))
    }

    @Test func stressSizeParses() throws {
        let lesson = try LessonLoader.parse(lesson(step: "rnn: {timesteps: 1000, input_dim: 512, hidden_units: 1024, seed: 7}"), path: "t.yaml")
        #expect(lesson.steps[0].kind == .rnn(RNNSpec(timesteps: 1000, inputDim: 512, hiddenUnits: 1024, seed: 7)))
        #expect(LessonLimits.rnnNumbers(timesteps: 1000, inputDim: 512, hiddenUnits: 1024) == 4_134_912)
    }

    @Test func largeExplicitArraysParse() throws {
        let row = "[" + Array(repeating: "0.5", count: 64).joined(separator: ", ") + "]"
        let inputs = "[" + Array(repeating: row, count: 200).joined(separator: ", ") + "]"
        let lesson = try LessonLoader.parse(lesson(step: "rnn: {timesteps: 200, input_dim: 64, hidden_units: 2, inputs: \(inputs)}"), path: "t.yaml")
        guard case .rnn(let spec) = lesson.steps[0].kind else { Issue.record("not rnn"); return }
        #expect(spec.inputs?.rows == 200 && spec.inputs?.cols == 64)
    }
}

@Test func workedExampleFromTheDocsParses() throws {
    let lesson = try LessonLoader.load(path: fixture("worked-example.yaml"))
    #expect(lesson.steps.count == 5)
    #expect(lesson.title.text(.ko) == "파이썬으로 RNN 구현하기")
}
