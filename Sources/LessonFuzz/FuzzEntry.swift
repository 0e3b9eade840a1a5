import Foundation
import Lessons
import RNNCore

/// libFuzzer's entry point: parses the bytes as a lesson file and ignores the diagnostics.
///
/// A crash, a hang or runaway memory here is a bug in `Lessons`. A lesson that parses is also held
/// to the promise `check` makes: `KerasSummary(spec)` and `RNNRun(spec:)` do not throw for it
/// (the rnn check only runs for small steps, so that a fuzz run stays fast).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    LessonFuzzCase.run(Data(bytes: data, count: size))
    return 0
}

/// One fuzz input, also used to replay crashers from the command line (see `main.swift`).
enum LessonFuzzCase {
    /// Largest rnn step (in numbers, see `LessonLimits.rnnNumbers`) whose engine is built per input.
    static let engineCheckNumbers = 20_000

    /// Parses `data`; traps when a lesson that parsed cannot be computed.
    /// - Returns: the diagnostics (empty when the lesson is valid).
    @discardableResult
    static func run(_ data: Data, path: String = "fuzz.yaml") -> [Diagnostic] {
        let lesson: Lesson
        do {
            lesson = try LessonLoader.parse(data, path: path)
        } catch {
            return error.diagnostics
        }
        for step in lesson.steps {
            switch step.kind {
            case .summary(let spec):
                do { _ = try KerasSummary(spec) } catch {
                    fatalError("accepted summary step at \(step.position.line):\(step.position.column) throws: \(error)")
                }
            case .rnn(let spec):
                let numbers = LessonLimits.rnnNumbers(timesteps: spec.timesteps, inputDim: spec.inputDim,
                                                      hiddenUnits: spec.hiddenUnits) ?? Int.max
                guard numbers <= engineCheckNumbers else { continue }
                if spec.isStack, spec.layers <= 2 {
                    do { _ = try RNNStack(spec: spec).outputs } catch {
                        fatalError("accepted rnn step at \(step.position.line):\(step.position.column) throws: \(error)")
                    }
                }
                do { _ = try RNNRun(spec: spec).completed().states } catch {
                    fatalError("accepted rnn step at \(step.position.line):\(step.position.column) throws: \(error)")
                }
            case .gated(let spec):
                let numbers = LessonLimits.gatedNumbers(timesteps: spec.timesteps, inputDim: spec.inputDim,
                                                        hiddenUnits: spec.hiddenUnits, gates: spec.cell.gateCount) ?? Int.max
                guard numbers <= engineCheckNumbers else { continue }
                do { _ = try GatedRun(spec: spec).completed() } catch {
                    fatalError("accepted \(spec.cell.name) step at \(step.position.line):\(step.position.column) throws: \(error)")
                }
            case .text, .code, .quiz, .diagram:
                continue
            }
        }
        return []
    }
}
