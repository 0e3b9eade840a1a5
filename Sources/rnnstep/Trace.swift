import ArgumentParser
import Foundation
import Lessons
import RNNCore

/// `rnnstep trace PATH [--grad]`: every rnn step's arrays and states as JSON; with `--grad` also the
/// backward pass of L = Σᵢ h_T[i] (see `RNNTrace` and `BackwardPass`).
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each rnn, lstm and gru step's numbers as JSON.",
        discussion: """
            Inputs, weights, pre-activations, gates and states;
            with --grad, the gradients of rnn steps too.
            """)

    @Argument(help: "A lesson file.", completion: .file(extensions: ["yaml", "yml"]))
    var path: String

    @Flag(help: "Add the backward pass of L = sum(h_T) to single-layer forward rnn steps: loss, dstates, dpreactivations, dWx, dWh, db, dinputs, dh0, input_grad_norms.")
    var grad = false

    func validate() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("trace takes one lesson file (each object's `step` counts that lesson's steps); found the folder '\(path)'")
        }
    }

    func run() throws {
        let lesson = try DeckLoading.load([path])[0]
        var entries: [RNNTrace.Entry] = []
        for (index, step) in lesson.steps.enumerated() {
            if case .rnn(let spec) = step.kind, spec.isStack {
                entries.append(.stack(step: index, run: try RNNStack(spec: spec)))
            } else if case .rnn(let spec) = step.kind, spec.sentence != nil || spec.output != nil {
                entries.append(.sentence(step: index, run: try RNNRun(spec: spec), sentence: spec.sentence, output: spec.output))
            } else if case .rnn(let spec) = step.kind {
                entries.append(.rnn(step: index, run: try RNNRun(spec: spec)))
            } else if case .gated(let spec) = step.kind {
                entries.append(.gated(step: index, run: try GatedRun(spec: spec)))
            }
        }
        Output.out(RNNTrace.json(entries: entries, gradients: grad) + "\n")
    }
}
