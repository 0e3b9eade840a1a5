import ArgumentParser
import Lessons
import RNNCore

/// `rnnstep trace PATH`: every rnn step's arrays and states as JSON.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every rnn step's inputs, weights, pre-activations and states as JSON.")

    @Argument(help: "A lesson file.")
    var path: String

    func run() throws {
        let lesson = try DeckLoading.load([path])[0]
        var runs: [(Int, RNNRun)] = []
        for (index, step) in lesson.steps.enumerated() {
            if case .rnn(let spec) = step.kind {
                runs.append((index, RNNRun(RNNParameters(spec))))
            }
        }
        Output.out(TraceJSON.render(runs) + "\n")
    }
}
