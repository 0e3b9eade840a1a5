import Foundation
import Testing
import RNNCore

/// One numpy reference from `scripts/make_stack_fixtures.py`.
struct StackFixture: Decodable {
    struct Pass: Decodable {
        let layer: Int
        let direction: String
        let input_dim: Int
        let Wx, Wh, b, preactivations, states: [Double]
    }
    let name: String
    let seed: UInt32
    let timesteps, input_dim, hidden_units, layers, output_width: Int
    let direction: String
    let inputs_given: Bool
    let normal_scale: Double?
    let inputs, outputs, last_output: [Double]
    let passes: [Pass]

    /// The spec as a lesson would write it.
    var spec: RNNSpec {
        var spec = RNNSpec(timesteps: timesteps, inputDim: input_dim, hiddenUnits: hidden_units, seed: seed,
                           inputs: inputs_given ? Matrix(rows: timesteps, cols: input_dim, values: inputs) : nil,
                           weightInit: normal_scale.map { .normal(scale: $0) } ?? .uniform)
        spec.layers = layers
        spec.direction = RNNDirection(rawValue: direction)!
        return spec
    }

    static var all: [StackFixture] { get throws { try Fixtures.load("stack", as: [StackFixture].self) } }
}

@Suite struct RNNStackTests {
    @Test func fixturesCoverTheTaughtCases() throws {
        let names = try StackFixture.all.map { "\($0.layers) \($0.direction)" }
        for wanted in ["2 forward", "1 backward", "1 bidirectional", "2 bidirectional"] {
            #expect(names.contains(wanted), "no fixture for \(wanted)")
        }
    }

    @Test func everyPassEqualsNumpy() throws {
        for fixture in try StackFixture.all {
            let stack = try RNNStack(spec: fixture.spec)
            #expect(stack.inputs.values == fixture.inputs, "\(fixture.name): inputs")
            #expect(stack.passes.count == fixture.passes.count, "\(fixture.name): pass count")
            for (pass, reference) in zip(stack.passes, fixture.passes) {
                let what = "\(fixture.name), layer \(reference.layer) \(reference.direction)"
                #expect(pass.layer == reference.layer && pass.direction.rawValue == reference.direction, "\(what): order")
                #expect(pass.inputDim == reference.input_dim, "\(what): input_dim")
                // Drawn weights are bit-equal; computed values within 1e-12.
                #expect(pass.parameters.wx.values == reference.Wx, "\(what): Wx")
                #expect(pass.parameters.wh.values == reference.Wh, "\(what): Wh")
                #expect(pass.parameters.b == reference.b, "\(what): b")
                #expect(close(pass.preactivations.values, reference.preactivations), "\(what): preactivations")
                #expect(close(pass.states.values, reference.states), "\(what): states")
            }
            #expect(stack.outputs.cols == fixture.output_width, "\(fixture.name): output width")
            #expect(close(stack.outputs.values, fixture.outputs), "\(fixture.name): outputs")
            #expect(close(stack.lastOutput, fixture.last_output), "\(fixture.name): last output")
        }
    }

    @Test func backwardPassReadsTheLastInputFirst() throws {
        var spec = RNNSpec(timesteps: 4, inputDim: 3, hiddenUnits: 3, seed: 1)
        spec.direction = .backward
        let pass = try RNNStack(spec: spec).passes[0]
        // Its first reading step is x_4, from h0; h_4 is the first state it computes.
        let first = pass.record(atTimestep: 4)
        #expect(first.t == 1 && first.x == pass.inputs.row(3) && first.hPrev == [0, 0, 0])
        #expect(pass.record(atTimestep: 1).hPrev == pass.state(at: 2))
        #expect(pass.states.row(0) == pass.state(at: 1) && pass.state(at: 5) == [0, 0, 0])
    }

    @Test func layerTwoReadsLayerOnesOutputs() throws {
        var spec = RNNSpec(timesteps: 4, inputDim: 3, hiddenUnits: 3, seed: 7)
        spec.layers = 2
        spec.direction = .bidirectional
        let stack = try RNNStack(spec: spec)
        #expect(stack.passes.map { "\($0.layer)\($0.direction.rawValue.prefix(1))" } == ["1f", "1b", "2f", "2b"])
        let below = stack.outputs(ofLayer: 1)
        #expect(below.cols == 6)
        #expect(below.row(1) == stack.passes[0].states.row(1) + stack.passes[1].states.row(1))
        #expect(stack.passes[2].inputs == below && stack.passes[3].inputs == below)
        #expect(stack.lastOutput == stack.passes[2].states.row(3) + stack.passes[3].states.row(0))
    }

    @Test func singleLayerForwardEqualsRNNRun() throws {
        var spec = RNNSpec(timesteps: 5, inputDim: 2, hiddenUnits: 4, seed: 3)
        let run = try RNNRun(spec: spec).completed()
        spec.direction = .forward
        #expect(!spec.isStack && spec.stepPositions == 5)
        spec.layers = 2
        let stack = try RNNStack(spec: spec)
        #expect(stack.passes[0].states == run.states)
        #expect(spec.stepPositions == 10)
    }

    @Test func explicitWeightsAreRefused() {
        var spec = RNNSpec(timesteps: 2, inputDim: 1, hiddenUnits: 1, wh: Matrix([[0.5]]))
        spec.layers = 2
        #expect(throws: RNNSpecError.self) { try RNNStack(spec: spec) }
    }

    @Test func traceHasEveryPassAndEqualsNumpy() throws {
        struct Object: Decodable {
            struct Pass: Decodable {
                let layer, input_dim: Int
                let direction: String
                let Wx, Wh, preactivations, states: [[Double]]
                let b, h0: [Double]
            }
            let kind: String
            let step, timesteps, input_dim, hidden_units, layers: Int
            let direction: String
            let inputs, outputs: [[Double]]
            let last_output: [Double]
            let passes: [Pass]
        }
        let fixtures = try StackFixture.all
        let entries = try fixtures.enumerated().map { RNNTrace.Entry.stack(step: $0.offset, run: try RNNStack(spec: $0.element.spec)) }
        let text = RNNTrace.json(entries: entries, gradients: true)
        let decoded = try JSONDecoder().decode([Object].self, from: Data(text.utf8))
        #expect(decoded.count == fixtures.count)
        for (object, fixture) in zip(decoded, fixtures) {
            #expect(object.kind == "rnn" && object.layers == fixture.layers && object.direction == fixture.direction)
            #expect(object.passes.count == fixture.passes.count)
            for (pass, reference) in zip(object.passes, fixture.passes) {
                #expect(pass.layer == reference.layer && pass.direction == reference.direction && pass.input_dim == reference.input_dim)
                #expect(pass.Wx.flatMap { $0 } == reference.Wx && pass.Wh.flatMap { $0 } == reference.Wh && pass.b == reference.b)
                #expect(pass.h0 == Array(repeating: 0, count: fixture.hidden_units))
                #expect(pass.states.count == fixture.timesteps && pass.states.allSatisfy { $0.count == fixture.hidden_units })
                #expect(close(pass.preactivations.flatMap { $0 }, reference.preactivations))
                #expect(close(pass.states.flatMap { $0 }, reference.states))
            }
            #expect(object.outputs.allSatisfy { $0.count == fixture.output_width })
            #expect(close(object.outputs.flatMap { $0 }, fixture.outputs))
            #expect(close(object.last_output, fixture.last_output))
        }
        // No gradient keys on these objects, even with --grad.
        #expect(!text.contains("\"loss\""))
    }
}
