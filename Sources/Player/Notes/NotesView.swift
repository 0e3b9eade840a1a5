import Lessons
import Screen

/// Draws the teacher's notes screen (`rnnstep notes`): the presenter's lesson and step with the
/// step's title, its notes (flowing, wrapped, scrollable), the next step's title, the time since
/// presenting began, the wall clock and whether the presenter still runs. Pure: it reads a
/// `NotesState` and the time it is given.
public enum NotesView {
    /// The smallest screen it draws on; smaller ones get a message saying so.
    public static let minimumSize = Size(width: 40, height: 12)

    /// The rectangle the notes are drawn in: under the header, the title and a rule, above a rule,
    /// the next step, the time line and the key hints; one column of margin each side.
    public static func notesArea(_ size: Size) -> Rect {
        Rect(x: 1, y: 4, width: max(0, size.width - 2), height: max(0, size.height - 8))
    }

    /// How far the notes of `state` can scroll.
    public static func scrollBound(_ state: NotesState) -> Int {
        guard let notes = notesText(state) else { return 0 }
        let area = notesArea(state.size)
        return max(0, TextBlock(notes).height(forWidth: area.width) - area.height)
    }

    /// The screen at `now` (seconds since 1970), the clock shown `utcOffset` seconds from UTC.
    public static func render(_ state: NotesState, now: Double, utcOffset: Int) -> Frame {
        var frame = Frame(size: state.size)
        guard state.size.width >= minimumSize.width, state.size.height >= minimumSize.height else {
            let lines = state.language == .ko
                ? ["터미널이 너무 작습니다", "필요: \(minimumSize.width)×\(minimumSize.height) 이상", "q: 끝내기"]
                : ["terminal too small", "needs \(minimumSize.width)×\(minimumSize.height) or larger", "q quits"]
            for (i, line) in lines.enumerated() { frame.put(line, x: 0, y: i, style: i == 0 ? .bold : .plain) }
            return state.ascii ? frame.asciified() : frame
        }
        let ko = state.language == .ko
        let width = state.size.width, height = state.size.height
        drawHeader(&frame, state)
        drawHints(&frame, state, y: height - 1)
        drawTimeLine(&frame, state, now: now, utcOffset: utcOffset, y: height - 2)
        guard let position = state.position else {
            drawWaiting(&frame, state)
            return state.ascii ? frame.asciified() : frame
        }
        let language = state.language
        frame.put(Player.cut(position.title.text(language), to: width - 2), x: 1, y: 2, style: .bold,
                  clip: Rect(x: 1, y: 2, width: width - 2, height: 1))
        rule(&frame, y: 3, width: width)
        rule(&frame, y: height - 4, width: width)
        let area = notesArea(state.size)
        if let notes = notesText(state) {
            let block = TextBlock(notes, scroll: state.scroll)
            block.render(into: &frame, area: area)
            let total = block.height(forWidth: area.width)
            if total > area.height {
                let first = state.scroll + 1, last = min(total, state.scroll + area.height)
                let more = ko ? " ↓↑ \(first)–\(last) / \(total)줄 " : " ↓↑ lines \(first)–\(last) of \(total) "
                frame.put(more, x: width - 1 - TextWidth.width(of: more), y: height - 4, style: .dim)
            }
        } else {
            frame.put(ko ? "(이 단계에는 메모가 없습니다)" : "(no notes for this step)", x: area.x, y: area.y, style: .dim, clip: area)
        }
        drawNext(&frame, position, language: language, y: height - 3, width: width)
        return state.ascii ? frame.asciified() : frame
    }

    /// The notes of the current position in the state's language, or nil when the step has none.
    static func notesText(_ state: NotesState) -> String? {
        guard let notes = state.position?.notes?.text(state.language), !notes.isEmpty else { return nil }
        return notes
    }

    private static func rule(_ frame: inout Frame, y: Int, width: Int) {
        frame.put(String(repeating: "─", count: max(0, width - 2)), x: 1, y: y, style: .dim)
    }

    private static func drawHeader(_ frame: inout Frame, _ state: NotesState) {
        let area = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        frame.fill(area, with: Cell(" ", style: .reverse))
        let ko = state.language == .ko
        var left = ko ? " rnnstep 발표자 메모" : " rnnstep notes"
        var right = ""
        if let p = state.position {
            left += " · " + p.lessonTitle.text(state.language) + (p.lessons > 1 ? " (\(p.lesson)/\(p.lessons))" : "")
            right = (ko ? "단계" : "step") + " \(p.step)/\(p.steps) · " + p.kind.text(state.language) + " "
            if let place = p.place { right = place.text(state.language) + " · " + right }
        }
        let rightWidth = TextWidth.width(of: right)
        let leftClip = Rect(x: 0, y: 0, width: max(0, area.width - rightWidth - 1), height: 1)
        frame.put(left, x: 0, y: 0, style: Style(attributes: [.reverse, .bold]), clip: leftClip)
        frame.put(right, x: area.maxX - rightWidth, y: 0, style: .reverse, clip: area)
    }

    private static func drawNext(_ frame: inout Frame, _ p: PresenterPosition, language: Language, y: Int, width: Int) {
        let ko = language == .ko
        let clip = Rect(x: 1, y: y, width: width - 2, height: 1)
        let label = ko ? "다음: " : "next: "
        let x = 1 + frame.put(label, x: 1, y: y, style: .bold, clip: clip)
        guard let next = p.next else {
            frame.put(ko ? "없음 (마지막 단계)" : "nothing (the deck's last step)", x: x, y: y, style: .dim, clip: clip)
            return
        }
        var place = "(" + next.kind.text(language) + ") "
        if next.lesson != p.lesson { place = (ko ? "레슨 \(next.lesson) " : "lesson \(next.lesson) ") + place }
        let after = x + frame.put(place, x: x, y: y, style: .dim, clip: clip)
        frame.put(Player.cut(next.title.text(language), to: max(1, clip.maxX - after)), x: after, y: y, clip: clip)
    }

    private static func drawTimeLine(_ frame: inout Frame, _ state: NotesState, now: Double, utcOffset: Int, y: Int) {
        let ko = state.language == .ko
        let clip = Rect(x: 1, y: y, width: state.size.width - 2, height: 1)
        var x = 1
        if let p = state.position, state.presenter != .waiting {
            let until = state.endedAt ?? now
            x += frame.put((ko ? "경과 " : "elapsed ") + duration(until - p.started), x: x, y: y, style: .bold, clip: clip)
            x += frame.put("  ·  ", x: x, y: y, clip: clip)
        }
        x += frame.put((ko ? "시각 " : "clock ") + clock(now, utcOffset: utcOffset), x: x, y: y, style: .bold, clip: clip)
        x += frame.put("  ·  ", x: x, y: y, clip: clip)
        let pid = state.position.map { " (pid \($0.pid))" } ?? ""
        // Markers: ○ waiting, ● presenting, ■ over, ✗ unreadable (ASCII: o * # x).
        let mark = { (unicode: String, ascii: String) in (state.ascii ? ascii : unicode) + " " }
        let (text, style): (String, Style)
        switch state.presenter {
        case .waiting: (text, style) = (mark("○", "o") + (ko ? "발표를 기다리는 중" : "waiting for a presentation"), .dim)
        case .presenting: (text, style) = (mark("●", "*") + (ko ? "발표 중" : "presenting") + pid, .plain)
        case .ended: (text, style) = (mark("■", "#") + (ko ? "발표가 끝났습니다 (play 종료)" : "the presentation ended (play quit)"), .reverse)
        case .stopped: (text, style) = (mark("■", "#") + (ko ? "play가 더 이상 실행 중이 아닙니다" : "play is no longer running") + pid, .reverse)
        case .unreadable: (text, style) = (mark("✗", "x") + (ko ? "발표 파일을 읽을 수 없습니다" : "the presenter file cannot be read"), .reverse)
        }
        frame.put(text, x: x, y: y, style: style, clip: clip)
    }

    private static func drawHints(_ frame: inout Frame, _ state: NotesState, y: Int) {
        let ko = state.language == .ko
        let hints = ko ? " ↓↑ j k 스크롤  L 영어  q 끝내기" : " ↓↑ j k scroll  " + (state.ascii ? "" : "L 한국어  ") + "q quit"
        frame.put(hints, x: 0, y: y, style: .dim)
    }

    private static func drawWaiting(_ frame: inout Frame, _ state: NotesState) {
        let ko = state.language == .ko
        var paragraphs: [String]
        if case .unreadable(let reason) = state.presenter {
            paragraphs = ko ? ["발표 파일을 읽을 수 없습니다: " + reason, "다음 `rnnstep play --present`가 이 파일을 새로 씁니다."]
                : ["The presenter file cannot be read: " + reason, "The next `rnnstep play --present` replaces it."]
        } else {
            paragraphs = ko
                ? ["**실행 중인 발표가 없습니다.**",
                   "다른 터미널에서 `rnnstep play --present`로 발표를 시작하면 이 화면이 따라갑니다: "
                   + "현재 단계의 메모, 다음 단계, 경과 시간."]
                : ["**No presentation is running.**",
                   "Start one in another terminal with `rnnstep play --present`; this screen then follows it: "
                   + "the step's notes, the next step, the time."]
        }
        paragraphs.append((ko ? "따라 읽는 파일: " : "Following: ") + state.file)
        let area = notesArea(state.size)
        TextBlock(paragraphs.joined(separator: "\n\n")).render(into: &frame, area: Rect(x: area.x, y: 2, width: area.width, height: area.maxY - 2))
    }

    /// `1:05` (minutes and seconds), or `1:02:05` from an hour on; negative times count as 0.
    public static func duration(_ seconds: Double) -> String {
        let total = max(0, Int(seconds))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// `HH:MM` of `now` (seconds since 1970) at `utcOffset` seconds from UTC.
    public static func clock(_ now: Double, utcOffset: Int) -> String {
        let local = Int((now + Double(utcOffset)).rounded(.down))
        let minutes = ((local / 60) % 1440 + 1440) % 1440
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }
}
