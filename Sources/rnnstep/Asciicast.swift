import Foundation
import Lessons
import Player
import Screen

/// Builds asciicast v2 text (https://docs.asciinema.org/manual/asciicast/v2/): a header line,
/// then one JSON array per line: `[time, "o", data]` output events and `[time, "m", label]`
/// markers, with strictly increasing times.
///
/// Nothing from the lesson reaches a player raw: screens are frames (sanitized cell text), and the
/// title gets the same visible placeholders (`TextWidth.sanitized`), because JSON escaping alone
/// would hand a bidi override or an ESC back to whatever shows the decoded title.
enum Asciicast {
    /// Presses `keys` one by one (`delay` seconds apart) and records every screen, starting with
    /// the first one at time 0. Stops after a quit key.
    static func record(_ state: inout PlayerState, keys: [Key], size: Size, mode: ColorMode, delay: Double) -> String {
        let writer = ANSIScreenWriter(mode: mode)
        let term = mode == .none || mode == .ansi16 ? "xterm" : "xterm-256color"
        var env: [(String, JSONValue)] = [("TERM", .string(term))]
        if mode == .truecolor { env.append(("COLORTERM", .string("truecolor"))) }
        let header = JSONValue.object([
            ("version", .int(2)), ("width", .int(size.width)), ("height", .int(size.height)),
            ("title", .string("rnnstep · " + TextWidth.sanitized(state.lesson.title.text(state.language)))),
            ("env", .object(env)),
        ])
        var lines = [header.rendered(pretty: false)]
        var last = -1.0
        func event(_ time: Double, _ code: String, _ data: String) {
            let t = max(time, last + 0.001)
            last = t
            lines.append("[" + String(format: "%.6f", t) + ", " + JSONValue.quoted(code) + ", " + JSONValue.quoted(data) + "]")
        }
        var place: (lesson: Int, step: Int, t: Int)?
        func markers(_ time: Double) {
            let now = (state.lessonIndex, state.stepIndex, state.timestep)
            let lessonTag = state.deck.count > 1 ? "lesson \(state.lessonIndex + 1) " : ""
            if place == nil || place!.lesson != now.0 || place!.step != now.1 {
                event(time, "m", lessonTag + "step \(state.stepIndex + 1)")
                if state.timestepCount > 0 { event(time, "m", "t=\(state.timestep)") }
            } else if place!.t != now.2, state.timestepCount > 0 {
                event(time, "m", "t=\(state.timestep)")
            }
            place = now
        }
        markers(0)
        event(0, "o", "\u{1B}[2J" + writer.repaint(Player.view(state, size: size, mode: mode)))
        for (index, key) in keys.enumerated() where !state.quit {
            Player.update(&state, .key(key))
            if state.quit { break }
            let time = delay * Double(index + 1)
            markers(time)
            event(time, "o", writer.repaint(Player.view(state, size: size, mode: mode)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
