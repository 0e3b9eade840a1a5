/// What a key of a lesson map holds, as the JSON Schema states it (`rnnstep schema`).
///
/// The parser reads each value with its own readers (and their messages); this type only says what
/// the schema promises, so a key's row in `LessonFormat` is the one place where both are declared.
public indirect enum ValueType: Sendable {
    /// A plain string or a `{ko, en}` map (`$defs/text`).
    case text
    /// A string of at most `LessonLimits.maxTextLength` characters.
    case string
    /// An integer in the range.
    case integer(ClosedRange<Int>)
    /// A number above `above` and at most `max`.
    case number(above: Int, max: Int)
    /// `true` or `false`.
    case boolean
    /// One of these words.
    case oneOf([String])
    /// Exactly this integer.
    case constant(Int)
    /// A definition of the schema's `$defs`, by name.
    case ref(String)
    /// A list of `items` with `min` to `max` entries (no upper bound when nil).
    case list(ValueType, min: Int, max: Int?)

    /// The largest integer allowed, for integer values.
    public var maximum: Int? {
        if case .integer(let range) = self { return range.upperBound }
        return nil
    }

    /// The words allowed, for `oneOf` values.
    public var words: [String]? {
        if case .oneOf(let words) = self { return words }
        return nil
    }

    /// The bounds of a number (above `above`, at most `max`), for number values.
    public var bounds: (above: Int, max: Int)? {
        if case .number(let above, let max) = self { return (above, max) }
        return nil
    }

    /// The entry count range of a list, for list values.
    public var entries: (min: Int, max: Int?)? {
        if case .list(_, let min, let max) = self { return (min, max) }
        return nil
    }
}
