/// The starter lesson `rnnstep new` writes: every step kind once, every text in Korean and
/// English, small enough to fit an 80×24 terminal, and valid (`rnnstep check` passes).
public enum LessonTemplate {
    /// The first line of every lesson: tells yaml-language-server (VS Code's YAML extension and
    /// others) to check the file against `schema.json` in the same folder.
    public static let modeline = "# yaml-language-server: $schema=schema.json"

    /// The starter lesson's YAML text, titled `title` or a default title. A title with Hangul
    /// goes in `ko` and one with English words in `en`, the other slot keeping the default
    /// title (to translate), so the starter has no language warnings; a title that is neither
    /// (`RNN (2)`) goes in both.
    public static func starter(title: String? = nil) -> String {
        let titleLine: String
        if let title {
            // A JSON string literal is also a valid double-quoted YAML scalar.
            let quoted = JSONValue.quoted(title)
            if LanguageCheck.hasHangul(title) {
                titleLine = "title: {ko: \(quoted), en: My first RNN lesson}   # translate the English title"
            } else if LanguageCheck.latinWords(title) >= 2 {
                titleLine = "title: {ko: 나의 첫 RNN 레슨, en: \(quoted)}   # translate the Korean title"
            } else {
                titleLine = "title: {ko: \(quoted), en: \(quoted)}"
            }
        } else {
            titleLine = "title: {ko: 나의 첫 RNN 레슨, en: My first RNN lesson}"
        }
        return """
            \(modeline)
            # A starter lesson: every step kind once. Run `rnnstep check` on it after each edit,
            # or `rnnstep play --watch` to see your edits live. The format: run `rnnstep guide`.
            version: 1
            \(titleLine)
            steps:
              - text:
                  ko: |
                    **순환 신경망**은 시점마다 은닉 상태 `h_t`를 갱신합니다.

                    `→` 키로 다음 단계로 갑니다.
                  en: |
                    A **recurrent network** updates its hidden state `h_t` at every timestep.

                    Press `→` for the next step.
              - diagram:
                  art: |
                    x_1      x_2      x_3
                     │        │        │
                     ▼        ▼        ▼
                    ┌───┐    ┌───┐    ┌───┐
                    │ A │ ─▶ │ A │ ─▶ │ A │
                    └───┘    └───┘    └───┘
                  caption:
                    ko: 같은 셀 A가 매 시점 다시 쓰입니다.
                    en: The same cell A is used again at every timestep.
              - code:
                  language: python
                  source: |
                    import numpy as np
                    np.random.seed(0)
                    inputs = np.random.random((3, 2))
                    Wx = np.random.random((4, 2))
                    Wh = np.random.random((4, 4))
                    b = np.random.random((4,))
                    h = np.zeros((4,))
                    for x_t in inputs:
                        h = np.tanh(Wx @ x_t + Wh @ h + b)
              - rnn:
                  timesteps: 3
                  input_dim: 2
                  hidden_units: 4
                  seed: 0
                notes:   # for the teacher only: `rnnstep notes` beside `rnnstep play --present`
                  ko: t = 2에서 멈추고 h_1이 h_{t-1} 자리로 옮겨 간 것을 가리키세요.
                  en: Stop at t = 2 and point at h_1, now in the h_{t-1} slot.
              - summary:
                  input: {shape: [3, 2]}
                  layers:
                    - SimpleRNN: {units: 4}
                    - Dense: {units: 1, activation: sigmoid}
              - quiz:
                  question:
                    ko: "hidden_units가 4일 때 h_t의 크기는?"
                    en: "With hidden_units 4, what is the shape of h_t?"
                  choices:
                    - "(2,)"
                    - "(4,)"
                    - "(3, 4)"
                  answer: 2
                  explain:
                    ko: "h_t의 크기는 은닉 상태의 크기, 곧 hidden_units입니다."
                    en: "h_t has one entry per hidden unit: (hidden_units,)."

            """
    }
}
