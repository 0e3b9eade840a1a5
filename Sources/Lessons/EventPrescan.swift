import CYaml

/// Counts a lesson's YAML values with libyaml's event parser before Yams composes a node tree.
///
/// Yams keeps every value as a node of a few hundred bytes, so a 10 MB file of `0,0,0,…` would
/// take over a gigabyte and many seconds to compose. Events are read and freed one at a time, so
/// this pass runs in constant memory and stops at the first value past `LessonLimits.maxValues`.
/// Syntax errors are left to `Yams.compose`, which reports them with its usual messages.
enum EventPrescan {
    /// Where the value past the limit starts (1-based), or nil when the file is within it or
    /// libyaml stops with a syntax error first.
    static func firstValuePastLimit(in text: String, limit: Int = LessonLimits.maxValues) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { buffer -> (line: Int, column: Int)? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var values = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                let mark = event.start_mark
                yaml_event_delete(&event)
                switch type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT, YAML_ALIAS_EVENT:
                    values += 1
                    if values > limit { return (Int(mark.line) + 1, Int(mark.column) + 1) }
                default:
                    continue
                }
            }
            return nil
        }
    }
}
