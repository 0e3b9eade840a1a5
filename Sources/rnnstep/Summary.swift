import ArgumentParser
import Lessons
import RNNCore

/// `rnnstep summary PATH`: every summary step as Keras 2 prints it.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every summary step as Keras 2 prints it.")

    @Argument(help: "A lesson file, or a folder of lessons.", completion: .file(extensions: ["yaml", "yml"]))
    var path: String

    func run() throws {
        var blocks: [String] = []
        for step in try DeckLoading.load([path]).flatMap(\.steps) {
            if case .summary(let model) = step.kind {
                blocks.append(try KerasSummary(model).text)
            }
        }
        Output.out(blocks.joined(separator: "\n"))
    }
}
