import Yams

/// Warnings about a valid lesson that works but teaches badly, found in the file's node tree so
/// that each one points at the text it is about (`path:line:col: warning: …`):
/// - a `{ko, en}` text with only one of the languages (the other language falls back to it);
/// - a quiz whose choices repeat (in either language).
///
/// How steps fit an 80×24 screen needs the player's views; `rnnstep check` adds those warnings.
public enum LessonWarnings {
    /// The warnings for `text`, a lesson that parses (nothing is reported for one that does not).
    public static func check(_ text: String, path: String) -> [Diagnostic] {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        // Yams composes recursively: run on a thread with a large stack, as the loader does.
        return LargeStack.run { warnings(body, path: path) }
    }

    private static func warnings(_ body: String, path: String) -> [Diagnostic] {
        guard AnchorScanner.first(in: body) == nil,
              let root = try? Yams.compose(yaml: body),
              case .mapping(let top) = root else { return [] }
        var found: [Diagnostic] = []
        func warn(_ message: String, at node: Node) {
            found.append(Diagnostic(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                                    severity: .warning, message: message))
        }
        func language(_ node: Node?, _ field: String) {
            guard let node, case .mapping(let map) = node else { return }
            let keys = Set(map.compactMap { $0.key.scalar?.string })
            guard keys.count == 1, let only = keys.first, let other = ["ko": "en", "en": "ko"][only] else { return }
            let name = only == "ko" ? "Korean" : "English"
            warn("`\(field)` has only \(name) (`\(only)`), so \(other == "ko" ? "Korean" : "English") readers see it in \(name); "
                 + "add `\(other)`, or write a plain string when the text is the same in both languages", at: node)
        }
        language(value(top, "title"), "title")
        guard case .sequence(let steps)? = value(top, "steps") else { return found }
        for step in steps {
            guard case .mapping(let map) = step, map.count == 1, let (keyNode, content) = map.first,
                  let kind = keyNode.scalar?.string else { continue }
            switch kind {
            case "text":
                language(content, "text")
            case "diagram":
                guard case .mapping(let fields) = content else { continue }
                language(value(fields, "art"), "art")
                language(value(fields, "caption"), "caption")
            case "quiz":
                guard case .mapping(let fields) = content else { continue }
                language(value(fields, "question"), "question")
                language(value(fields, "explain"), "explain")
                guard case .sequence(let choices)? = value(fields, "choices") else { continue }
                choices.forEach { language($0, "choices") }
                for (index, choice) in choices.enumerated() {
                    guard let earlier = choices[..<index].firstIndex(where: { same($0, choice) }) else { continue }
                    warn("choice \(index + 1) repeats choice \(earlier + 1) (\(Node.quote(display(choice))));"
                         + " students cannot tell them apart, expected different choices", at: choice)
                }
            default:
                continue
            }
        }
        return found
    }

    /// The value of `key` in a map.
    private static func value(_ map: Node.Mapping, _ key: String) -> Node? {
        map.first(where: { $0.key.scalar?.string == key })?.value
    }

    /// The texts a choice shows, per language (a plain scalar shows in both).
    private static func texts(_ node: Node) -> [String?] {
        switch node {
        case .scalar(let scalar):
            let text = normalized(scalar.string)
            return [text, text]
        case .mapping(let map):
            let ko = value(map, "ko")?.scalar?.string, en = value(map, "en")?.scalar?.string
            return [normalized(ko ?? en ?? ""), normalized(en ?? ko ?? "")]
        default:
            return [nil, nil]
        }
    }

    /// True when two choices read the same in either language.
    private static func same(_ a: Node, _ b: Node) -> Bool {
        zip(texts(a), texts(b)).contains { x, y in x != nil && x == y }
    }

    private static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    private static func display(_ node: Node) -> String {
        let options = texts(node).compactMap { $0 }
        return options.first ?? ""
    }
}
