/// A problem found in a lesson file, printed as `path:line:col: error: message`.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Equatable, Sendable {
        case error, warning
    }

    /// The file, as given on the command line.
    public var path: String
    /// 1-based line (1 when the problem concerns the whole file).
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// Error or warning.
    public var severity: Severity
    /// What was found and what was expected; one line, with control characters and bidi overrides
    /// escaped (`\u{1B}`) so that quoted lesson text cannot reach the terminal raw.
    public var message: String

    /// Creates a diagnostic.
    public init(path: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = SafeText.escaped(message)
    }

    /// `path:line:col: error: message`, with control characters in the path escaped too.
    public var description: String {
        "\(SafeText.escaped(path)):\(line):\(column): \(severity.rawValue): \(SafeText.escaped(message))"
    }
}

/// One or more diagnostics thrown together when a file is invalid.
public struct DiagnosticList: Error, Equatable, Sendable {
    /// The diagnostics, in file order.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
