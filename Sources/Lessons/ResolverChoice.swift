import Foundation
import Yams

/// Composes a lesson's text with Yams' `Resolver.basic` (no regular expressions) whenever that
/// gives exactly the tree the default resolver gives, and with `Resolver.default` otherwise.
///
/// The lesson parser resolves scalars itself (`ScalarValue`), so a resolver matters only where
/// Yams resolves tags on its own: the keys of every map, which it hashes to find duplicates and
/// whose tags it resolves in place while doing so. The default resolver compiles seven
/// `NSRegularExpression`s per process (ICU's regex tables, about 1 ms, most of it before the first
/// frame) and matches them against every key. The basic one resolves every key to `str`, which
/// is what the default one gives for a plain key such as `title` or `hidden_units` and for any
/// quoted key. So the basic resolver is used when all of these hold, and the default one otherwise:
/// - the text has no `!` at all, so no scalar has an explicit tag (`!!int 3`);
/// - every key is a scalar, and every plain key is one the default resolver also resolves to
///   `str` (not empty, not `~`, `null`, a YAML 1.1 boolean, `<<`, `=`, and not starting with a digit,
///   a sign or a dot), except in the map under a `callouts` key, whose keys are read by their
///   text alone (`CalloutParser`), so their tags cannot matter;
/// - composing raised no "duplicated keys" error (two keys that differ only in quoting, `3` and
///   `"3"`, are duplicates under the basic resolver only; the default one decides then).
///
/// Yams' own defaults for the other two arguments of `compose` cost more than they give: its
/// default `Parser.Encoding` copies the whole process environment on every call (to look for
/// `YAMS_DEFAULT_ENCODING`, and prints to standard output when it is set), and its default
/// `Constructor` builds three dictionaries of Swift types on every call. Lessons are Swift strings
/// (UTF-8, which is what that default picks for them), and nothing here asks a node for `.any`,
/// the only use of a constructor; so `.utf8` and one constructor with no types are given.
enum ResolverChoice {
    /// The root node of `text` (nil for an empty document), as `Yams.compose(yaml: text)` gives it.
    static func compose(_ text: String) throws -> Node? {
        guard !hasExclamationMark(text) else { return try compose(text, .default) }
        let root: Node?
        do {
            root = try compose(text, .basic)
        } catch YamlError.duplicatedKeysInMapping {
            return try compose(text, .default)
        }
        guard let root, keysResolveAlike(root) else {
            return root == nil ? nil : try compose(text, .default)
        }
        return root
    }

    /// True when `text` has a `!` anywhere (memchr over its bytes: a lesson is read byte by byte
    /// often enough already).
    static func hasExclamationMark(_ text: String) -> Bool {
        let bang = UInt8(ascii: "!")
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, Int32(bang), bytes.count) != nil
        } ?? text.utf8.contains(bang)
    }

    /// `Yams.compose` with `resolver`, UTF-8 and the constructor of no types.
    private static func compose(_ text: String, _ resolver: Resolver) throws -> Node? {
        try Yams.compose(yaml: text, resolver, noTypes, .utf8)
    }

    /// A constructor that turns no tag into a Swift value (nodes are read by `LessonParser`).
    nonisolated(unsafe) private static let noTypes = Constructor([:], [:], [:])

    /// True when every map key under `root` gets the same tag from both resolvers, or is read
    /// by its text alone (see the type's comment).
    static func keysResolveAlike(_ root: Node) -> Bool {
        var pending: [(node: Node, textKeys: Bool)] = [(root, false)]
        while let (node, textKeys) = pending.popLast() {
            switch node {
            case .scalar, .alias:
                continue
            case .sequence(let sequence):
                for item in sequence where item.isCollection { pending.append((item, false)) }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    guard case .scalar(let scalar) = key else { return false }
                    if !textKeys && (scalar.style == .plain || scalar.style == .any) && !plainKeyIsString(scalar.string) { return false }
                    if value.isCollection {
                        pending.append((value, scalar.style == .plain && scalar.string == "callouts"))
                    }
                }
            }
        }
        return true
    }

    /// True when the default resolver's rules (bool, int, float, merge, null, timestamp, value)
    /// all fail on `text`, so it resolves a plain key with this text to `str`.
    static func plainKeyIsString(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }  // "" is null
        if "-+.0123456789".utf8.contains(first) { return false }  // int, float, timestamp
        return !specialWords.contains(text)
    }

    /// The words the default resolver's bool, null, merge and value rules match exactly.
    private static let specialWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "<<", "=",
    ]
}

private extension Node {
    /// True for a map or a list.
    var isCollection: Bool {
        switch self {
        case .mapping, .sequence: return true
        case .scalar, .alias: return false
        }
    }
}
