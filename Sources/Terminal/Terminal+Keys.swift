import CNcursesw
import Screen

/// How curses' key codes and characters become `Key`s.
extension Terminal {
    /// The key for a curses key code (`KEY_RIGHT`, …), or nil if it has no meaning here.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_RIGHT: return .right
        case KEY_LEFT: return .left
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        default: return nil
        }
    }

    /// The key for a character read by `wget_wch`.
    static func key(forChar value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
