import Foundation
@testable import rnnstep
import Testing

/// Environment variables read one at a time agree with Foundation's copy of the environment.
@Suite struct EnvironmentTests {
    @Test func aVariableReadsAsFoundationSeesIt() {
        for name in ["PATH", "HOME", "TERM", "LANG"] {
            #expect(Environment.value(name) == ProcessInfo.processInfo.environment[name])
        }
    }

    @Test func anUnsetVariableIsNil() {
        #expect(Environment.value("RNNSTEP_SURELY_NOT_SET_\(UUID().uuidString.prefix(8))") == nil)
    }

    @Test func valuesHoldOnlyTheVariablesThatAreSet() {
        let unset = "RNNSTEP_SURELY_NOT_SET_\(UUID().uuidString.prefix(8))"
        let found = Environment.values(["PATH", unset])
        #expect(found == ["PATH": ProcessInfo.processInfo.environment["PATH"]!])
    }
}
