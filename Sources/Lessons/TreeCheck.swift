import Yams

/// Checks a composed node tree before it is read: nesting depth, explicit tags and aliases.
/// It walks with an explicit stack, so a deep tree cannot exhaust the call stack, and it never
/// enters a collection twice, so an aliased tree costs no more than its text.
enum TreeCheck {
    /// Reports problems to `context`; returns false when the tree must not be read further.
    static func check(_ root: Node, context: ParseContext) -> Bool {
        var ok = true
        var seen = Set<Int>()
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
                // Index loops rather than `reversed()`: the first `ReversedCollection` of a Yams
                // type costs a scan of every protocol conformance in the binary (docs/performance.md).
                var i = mapping.endIndex
                while i > mapping.startIndex {
                    i -= 1
                    stack.append((mapping[i].value, depth + 1))
                    stack.append((mapping[i].key, depth + 1))
                }
            case .sequence(let sequence):
                guard enter(node, kind: 2, seen: &seen, context: context) else { ok = false; continue }
                var i = sequence.endIndex
                while i > sequence.startIndex {
                    i -= 1
                    stack.append((sequence[i], depth + 1))
                }
            }
        }
        return ok
    }

    /// Records a collection by kind and position; a second visit means it was reached through an alias.
    private static func enter(_ node: Node, kind: Int, seen: inout Set<Int>, context: ParseContext) -> Bool {
        guard let mark = node.mark else { return true }
        guard seen.insert(visit(line: mark.line, column: mark.column, kind: kind)).inserted else {
            context.error("this value is reused through an alias (*name); aliases are not supported in lessons, write the value out in full", at: node)
            return false
        }
        return true
    }

    /// A collection's identity: where it starts and whether it is a map (1) or a list (2), packed
    /// into one `Int` (lines and columns of a lesson, at most 10 MB, fit in 30 bits each). A set
    /// of a key type of its own would cost a scan of every protocol conformance in the binary the
    /// first time (docs/performance.md); `Int` keys are known already.
    private static func visit(line: Int, column: Int, kind: Int) -> Int {
        (line << 32) | (column << 2) | kind
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
