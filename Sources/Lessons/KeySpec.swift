/// One key of a lesson map: a row of the format's table (`LessonFormat`).
///
/// The same row gives the parser its allow-list and its "is missing" message, `rnnstep schema`
/// its property (type, limits, default, description), and the test that docs/lesson-format.md
/// names every key its list of names.
public struct KeySpec: Sendable {
    /// The key as written in a lesson (`hidden_units`).
    public var name: String
    /// What the value holds.
    public var type: ValueType
    /// Whether a map without this key is an error.
    public var required: Bool
    /// The value used when the key is absent, when there is one (shown in the schema).
    public var defaultValue: JSONValue?
    /// One sentence for editors and the schema's `description`.
    public var help: String
    /// What a missing required key should be, as the error says it: `the rnn step is missing
    /// `hidden_units` (a positive integer)`.
    public var expected: String
    /// A required key that may be left out when this other key is given (`timesteps` of an rnn
    /// step that has `tokens`); nil: always required when `required`.
    public var unlessKey: String?

    /// Creates a row; `expected` defaults to `help` (it is only used for required keys).
    public init(_ name: String, _ type: ValueType, required: Bool = false, default defaultValue: JSONValue? = nil,
                help: String, expected: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.help = help
        self.expected = expected ?? help
    }

    /// A required key.
    public static func required(_ name: String, _ type: ValueType, help: String, expected: String) -> KeySpec {
        KeySpec(name, type, required: true, help: help, expected: expected)
    }

    /// An optional key.
    public static func optional(_ name: String, _ type: ValueType, default defaultValue: JSONValue? = nil,
                                help: String) -> KeySpec {
        KeySpec(name, type, default: defaultValue, help: help)
    }

    /// This row, required only when `key` is absent (nil: whenever `required`).
    public func unlessGiven(_ key: String?) -> KeySpec {
        var copy = self
        copy.unlessKey = key
        return copy
    }
}
