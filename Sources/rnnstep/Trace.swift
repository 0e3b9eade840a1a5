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
        var runs: [(step: Int, run: RNNRun)] = []
        for (index, step) in lesson.steps.enumerated() {
            if case .rnn(let spec) = step.kind {
                runs.append((index, try RNNRun(spec: spec)))
            }
        }
        Output.out(RNNTrace.json(runs) + "\n")
    }
}
