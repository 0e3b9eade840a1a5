#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables read one at a time with `getenv`.
///
/// `ProcessInfo.processInfo.environment` copies the whole environment into a new dictionary on
/// every call: half a million instructions each, and `play` asked three times before its first
/// frame (docs/performance.md, round 3).
enum Environment {
    /// The value of `name`, or nil when it is not set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables of `names` that are set, with their values (for code that takes an
    /// environment as a dictionary so that tests can give one).
    static func values(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names {
            if let value = value(name) { found[name] = value }
        }
        return found
    }
}
