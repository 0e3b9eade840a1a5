/// A key press, independent of curses, so the pure player can handle keys.
public enum Key: Hashable, Sendable {
    /// A printable character (Hangul and other wide characters included).
    case char(Character)
    /// Arrow right.
    case right
    /// Arrow left.
    case left
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Page Down.
    case pageDown
    /// Page Up.
    case pageUp
    /// Home.
    case home
    /// End.
    case end
    /// Enter / Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Backspace.
    case backspace
    /// Control plus a letter, lowercase (`.ctrl("l")` is Ctrl-L, `.ctrl("c")` is Ctrl-C).
    case ctrl(Character)

    /// The space bar.
    public static let space = Key.char(" ")

    /// The bracketed names accepted by `parseSequence`, in the order they are listed in errors.
    public static let namedKeys: [(name: String, key: Key)] = [
        ("right", .right), ("left", .left), ("up", .up), ("down", .down),
        ("pgdn", .pageDown), ("pgup", .pageUp), ("home", .home), ("end", .end),
        ("space", .space), ("enter", .enter), ("esc", .escape), ("tab", .tab),
        ("bs", .backspace), ("lt", .char("<")),
    ]

    /// Parses the `render --keys` syntax: plain characters stand for themselves, and
    /// `<right>`, `<left>`, `<up>`, `<down>`, `<pgdn>`, `<pgup>`, `<home>`, `<end>`, `<space>`,
    /// `<enter>`, `<esc>`, `<tab>`, `<bs>`, `<lt>` (a literal `<`) and `<C-x>` (Ctrl plus a letter)
    /// name other keys. Names are case-insensitive. A `<` that does not start a `<…>` group is a
    /// literal `<`.
    public static func parseSequence(_ keys: String) throws(KeySequenceError) -> [Key] {
        var result: [Key] = []
        var i = keys.startIndex
        while i < keys.endIndex {
            let ch = keys[i]
            if ch == "<", let close = keys[keys.index(after: i)...].firstIndex(of: ">") {
                let name = String(keys[keys.index(after: i)..<close])
                if name.isEmpty || name.contains("<") || name.contains(" ") {
                    result.append(.char("<"))
                    i = keys.index(after: i)
                    continue
                }
                result.append(try named(name))
                i = keys.index(after: close)
                continue
            }
            switch ch {
            case "\n", "\r": result.append(.enter)
            case "\t": result.append(.tab)
            case "\u{1B}": result.append(.escape)
            default: result.append(.char(ch))
            }
            i = keys.index(after: i)
        }
        return result
    }

    /// The key called `name` (the part between `<` and `>`).
    private static func named(_ name: String) throws(KeySequenceError) -> Key {
        let lower = name.lowercased()
        if let hit = namedKeys.first(where: { $0.name == lower }) { return hit.key }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isASCII, letter.isLetter {
            return .ctrl(letter)
        }
        throw KeySequenceError(name: name)
    }

    /// A short label for help screens, e.g. `→`, `PgDn`, `q`, `Ctrl-L`.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .right: return "→"
        case .left: return "←"
        case .up: return "↑"
        case .down: return "↓"
        case .pageDown: return "PgDn"
        case .pageUp: return "PgUp"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backspace: return "Backspace"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        }
    }
}

/// An unknown `<name>` in a key sequence.
public struct KeySequenceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name that was not recognised (without the brackets).
    public let name: String

    /// Creates the error for `name`.
    public init(name: String) { self.name = name }

    /// One line naming the bad key and the allowed names.
    public var description: String {
        let allowed = Key.namedKeys.map { "<\($0.name)>" }.joined(separator: ", ")
        return "unknown key <\(name)> in --keys; allowed: \(allowed), <C-a>…<C-z>, or plain characters"
    }
}
