import ArgumentParser
import Lessons
import RNNCore

/// `rnnstep summary PATH`: every summary step as Keras 2 prints it.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every summary step as Keras 2's model.summary() prints it.")

    @Argument(help: "A lesson file.")
    var path: String

    func run() throws {
        let lesson = try DeckLoading.load([path])[0]
        var blocks: [String] = []
        for step in lesson.steps {
            if case .summary(let model) = step.kind {
                blocks.append(try KerasSummary(model).text)
            }
        }
        Output.out(blocks.joined(separator: "\n"))
    }
}
