import ArgumentParser
import Foundation
import Lessons
import RNNCore

/// `rnnstep trace PATH`: every rnn step's arrays and states as JSON.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every rnn step's inputs, weights, pre-activations and states as JSON.")

    @Argument(help: "A lesson file.")
    var path: String

    func validate() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("trace takes one lesson file (each object's `step` counts that lesson's steps); found the folder '\(path)'")
        }
    }

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
