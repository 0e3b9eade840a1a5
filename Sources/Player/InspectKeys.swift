import Lessons
import Screen

/// What a key does in inspect mode.
public enum InspectAction: String, Equatable, Sendable, CaseIterable {
    /// Move the cursor inside the current tensor.
    case left, right, up, down
    /// The next tensor in equation order (Wx, x_t, Wh, h_{t-1}, b, z_t, h_t, Wx …).
    case nextTensor
    /// One timestep forward / back, keeping the cursor (on a deep or bidirectional step, one
    /// cell in the stack's key order).
    case nextTimestep, previousTimestep
    /// Add 0.1 / subtract 0.1 / set 0 at the cursor cell.
    case increase, decrease, zero
    /// Multiply the whole current tensor by 2 / by ½.
    case double, halve
    /// Reset every edit of this step.
    case reset
    /// Cycle this step's activation: tanh → ReLU → identity → tanh.
    case activation
    /// Leave inspect mode.
    case leave
}

/// One inspect-mode binding: keys, the label shown in help, help text in both languages.
public struct InspectBinding: Equatable, Sendable {
    /// Keys that trigger the action.
    public var keys: [Key]
    /// How the keys are written in help.
    public var label: String
    /// What the binding does.
    public var help: LocalizedText
    /// The action.
    public var action: InspectAction

    /// Creates a binding.
    public init(_ keys: [Key], _ label: String, ko: String, en: String, _ action: InspectAction) {
        self.keys = keys
        self.label = label
        self.help = LocalizedText(ko: ko, en: en)
        self.action = action
    }
}

/// Inspect mode's own key table, active only while inspecting (`Enter` on an rnn step); keys not
/// in it (`?`, `q`, `L`, `v`, `PgDn` …) keep their usual meaning. The `?` overlay lists it after
/// `KeyBindings.all`.
public enum InspectKeys {
    /// Every inspect binding, in help order.
    public static let all: [InspectBinding] = [
        InspectBinding([.left, .right, .up, .down], "←↑↓→", ko: "(살펴보기) 칸 옮기기", en: "(inspect) move the cursor", .left),
        InspectBinding([.tab], "Tab", ko: "(살펴보기) 다음 텐서", en: "(inspect) next tensor", .nextTensor),
        InspectBinding([.char("."), .char(",")], ". ,", ko: "(살펴보기) 시점·칸 + / −", en: "(inspect) t or cell + / −", .nextTimestep),
        InspectBinding([.char("+"), .char("="), .char("-")], "+ -", ko: "(살펴보기) 칸 값 ±0.1", en: "(inspect) cell ±0.1", .increase),
        InspectBinding([.char("0")], "0", ko: "(살펴보기) 칸 값을 0으로", en: "(inspect) cell to 0", .zero),
        InspectBinding([.char("*"), .char("/")], "* /", ko: "(살펴보기) 텐서 전체 ×2 / ×½", en: "(inspect) tensor ×2 / ×½", .double),
        InspectBinding([.char("r")], "r", ko: "(살펴보기) 모두 되돌리기", en: "(inspect) reset edits", .reset),
        InspectBinding([.char("a")], "a", ko: "(살펴보기) 활성화 바꾸기", en: "(inspect) activation", .activation),
        InspectBinding([.escape], "Esc", ko: "(살펴보기) 나가기", en: "(inspect) leave", .leave),
    ]

    /// The action of `key` in inspect mode, if any.
    public static func action(for key: Key) -> InspectAction? {
        switch key {
        case .left: return .left
        case .right: return .right
        case .up: return .up
        case .down: return .down
        case .tab: return .nextTensor
        case .char("."): return .nextTimestep
        case .char(","): return .previousTimestep
        case .char("+"), .char("="): return .increase
        case .char("-"): return .decrease
        case .char("0"): return .zero
        case .char("*"): return .double
        case .char("/"): return .halve
        case .char("r"): return .reset
        case .char("a"): return .activation
        case .escape: return .leave
        default: return nil
        }
    }
}
