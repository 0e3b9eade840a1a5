import Lessons
import Screen

/// One key binding: the keys, the label shown in help, the help text in both languages, and the
/// action. The same table handles the keys and draws the `?` overlay.
public struct KeyBinding: Equatable, Sendable {
    /// Keys that trigger the action.
    public var keys: [Key]
    /// How the keys are written in help, e.g. `→ l`.
    public var label: String
    /// What the binding does, in Korean and English.
    public var help: LocalizedText
    /// The action.
    public var action: Action

    /// Creates a binding.
    public init(_ keys: [Key], _ label: String, ko: String, en: String, _ action: Action) {
        self.keys = keys
        self.label = label
        self.help = LocalizedText(ko: ko, en: en)
        self.action = action
    }
}

/// The key table of the player.
public enum KeyBindings {
    /// Every binding, in the order the help overlay lists them.
    public static let all: [KeyBinding] = [
        KeyBinding([.right, .char("l")], "→ l", ko: "다음 시점 (또는 다음 단계)", en: "next timestep (or next step)", .next),
        KeyBinding([.left, .char("h")], "← h", ko: "이전 시점 (또는 이전 단계)", en: "previous timestep (or step)", .back),
        KeyBinding([.home], "Home", ko: "첫 시점 (t = 0)", en: "first timestep (t = 0)", .firstTimestep),
        KeyBinding([.end], "End", ko: "마지막 시점 (t = T)", en: "last timestep (t = T)", .lastTimestep),
        KeyBinding([.char("b")], "b", ko: "역전파 보기 켜기 / 끄기", en: "backward view on / off", .backwardView),
        KeyBinding([.char(".")], ".", ko: "다음 시점 전체 (LSTM, GRU)", en: "next whole timestep", .nextTimestep),
        KeyBinding([.char(",")], ",", ko: "이전 시점 전체 (LSTM, GRU)", en: "previous whole timestep", .previousTimestep),
        KeyBinding([.enter], "Enter", ko: "살펴보기 (글 단계: 다음)", en: "inspect (text steps: next)", .inspect),
        KeyBinding([.char("v")], "v", ko: "상태 기록: 선 / 히트맵", en: "history as lines / heatmap", .trajectories),
        KeyBinding([.pageDown, .char("n")], "PgDn n", ko: "다음 단계", en: "next step", .nextStep),
        KeyBinding([.pageUp, .char("p")], "PgUp p", ko: "이전 단계", en: "previous step", .previousStep),
        KeyBinding([.char("g")], "g", ko: "첫 단계", en: "first step", .firstStep),
        KeyBinding([.char("G")], "G", ko: "마지막 단계", en: "last step", .lastStep),
        KeyBinding([.char("]"), .tab], "] Tab", ko: "다음 레슨", en: "next lesson", .nextLesson),
        KeyBinding([.char("[")], "[", ko: "이전 레슨", en: "previous lesson", .previousLesson),
        KeyBinding([.char("m")], "m", ko: "레슨 목록: 골라서 이동", en: "lesson menu: jump to a lesson", .lessonMenu),
        KeyBinding([.down, .char("j")], "↓ j", ko: "아래로 스크롤", en: "scroll down", .scrollDown),
        KeyBinding([.up, .char("k")], "↑ k", ko: "위로 스크롤", en: "scroll up", .scrollUp),
        KeyBinding([.char(" ")], "Space", ko: "자동 재생 / 멈춤", en: "play / pause", .playPause),
        KeyBinding([.char("+"), .char("=")], "+", ko: "더 빠르게", en: "faster", .faster),
        KeyBinding([.char("-")], "-", ko: "더 느리게", en: "slower", .slower),
        KeyBinding([.char("L")], "L", ko: "한국어 / 영어 전환", en: "switch English / Korean", .toggleLanguage),
        KeyBinding((1...9).map { .char(Character(String($0))) }, "1–9", ko: "퀴즈에 답하기", en: "answer a quiz", .answer),
        KeyBinding([.char("?")], "?", ko: "도움말", en: "help", .help),
        KeyBinding([.char("e")], "e", ko: "오류 목록 (--watch)", en: "list of errors (--watch)", .problems),
        KeyBinding([.escape], "Esc", ko: "도움말 닫기", en: "close help", .dismiss),
        KeyBinding([.ctrl("l")], "Ctrl-L", ko: "화면 다시 그리기", en: "redraw the screen", .redraw),
        KeyBinding([.char("q"), .ctrl("c")], "q", ko: "끝내기", en: "quit", .quit),
    ]

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? {
        lookup[key]
    }

    private static let lookup: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in all {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()
}
