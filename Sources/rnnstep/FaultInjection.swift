import Foundation

/// A test hook that makes `play` fail on purpose after some frames, so end-to-end tests can check
/// that an error (or a crash) during play still restores the terminal.
///
/// `RNNSTEP_TEST_FAULT=throw:N` throws an error after N frames (play reports it and exits 1);
/// `RNNSTEP_TEST_FAULT=trap:N` stops the program with a Swift runtime trap after N frames. Unset,
/// it does nothing. It is read once when play starts; it is not a user feature.
struct FaultInjection {
    /// What to do.
    enum Kind: String {
        case `throw`, trap
    }

    /// The error thrown by `throw:N`.
    struct InjectedError: Error, CustomStringConvertible {
        var description: String { "a fault injected by RNNSTEP_TEST_FAULT" }
    }

    let kind: Kind
    let afterFrames: Int
    private var frames = 0

    /// The fault the environment asks for, or nil.
    static func fromEnvironment() -> FaultInjection? {
        guard let value = ProcessInfo.processInfo.environment["RNNSTEP_TEST_FAULT"] else { return nil }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])), let n = Int(parts[1]), n >= 0 else {
            return nil
        }
        return FaultInjection(kind: kind, afterFrames: n)
    }

    private init(kind: Kind, afterFrames: Int) {
        self.kind = kind
        self.afterFrames = afterFrames
    }

    /// Counts a drawn frame and fails once the count is reached.
    mutating func frameDrawn() throws {
        frames += 1
        guard frames >= afterFrames else { return }
        switch kind {
        case .throw: throw InjectedError()
        case .trap: fatalError("a trap injected by RNNSTEP_TEST_FAULT")
        }
    }
}
