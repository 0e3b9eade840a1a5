import Yams

/// Checks a composed node tree before it is read: nesting depth, explicit tags and aliases.
/// It walks with an explicit stack, so a deep tree cannot exhaust the call stack, and it never
/// enters a collection twice, so an aliased tree costs no more than its text.
enum TreeCheck {
    /// Reports problems to `context`; returns false when the tree must not be read further.
    static func check(_ root: Node, context: ParseContext) -> Bool {
        var ok = true
        var seen = Set<Visit>()
        var stack: [(Node, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            if depth > LessonLimits.maxDepth {
                context.error("lists and maps are nested \(depth) deep here, past the limit of \(LessonLimits.maxDepth) levels", at: node)
                return false
            }
            let tag = tagName(of: node)
            if !ScalarValue.standardTags.contains(tag) && !implicitTags.contains(tag) {
                context.error("found the tag \(Node.quote(shortTag(tag))); lessons allow only plain YAML values, without tags such as `!!python/object`", at: node)
                ok = false
                continue
            }
            switch node {
            case .scalar, .alias:
                continue
            case .mapping(let mapping):
                guard enter(node, kind: 1, seen: &seen, context: context) else { ok = false; continue }
                for (key, value) in mapping.reversed() {
                    stack.append((value, depth + 1))
                    stack.append((key, depth + 1))
                }
            case .sequence(let sequence):
                guard enter(node, kind: 2, seen: &seen, context: context) else { ok = false; continue }
                for item in sequence.reversed() { stack.append((item, depth + 1)) }
            }
        }
        return ok
    }

    /// Records a collection by kind and position; a second visit means it was reached through an alias.
    private static func enter(_ node: Node, kind: Int, seen: inout Set<Visit>, context: ParseContext) -> Bool {
        guard let mark = node.mark else { return true }
        guard seen.insert(Visit(line: mark.line, column: mark.column, kind: kind)).inserted else {
            context.error("this value is reused through an alias (*name); aliases are not supported in lessons, write the value out in full", at: node)
            return false
        }
        return true
    }

    /// A collection's identity: where it starts and whether it is a map or a list.
    private struct Visit: Hashable {
        var line: Int
        var column: Int
        var kind: Int
    }

    /// Tags Yams may have resolved in place for plain keys; they are not written tags.
    private static let implicitTags: Set<String> = [
        Tag.Name.timestamp.rawValue, Tag.Name.merge.rawValue, Tag.Name.value.rawValue,
    ]

    /// The explicit tag of a node as written (`""` when implicit).
    private static func tagName(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.tag.rawValue
        case .mapping(let mapping): return mapping.tag.rawValue
        case .sequence(let sequence): return sequence.tag.rawValue
        case .alias: return ""
        }
    }

    /// `tag:yaml.org,2002:python/object` as the user wrote it, `!!python/object`.
    private static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
