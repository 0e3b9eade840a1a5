import Lessons
import Screen

/// Everything the teacher's notes screen shows, as a value: `receive` takes each poll of the
/// presenter file, `handle` each key, and `NotesView` draws it.
public struct NotesState: Sendable {
    /// What is known of the presenter.
    public enum Presenter: Equatable, Sendable {
        /// No presentation seen yet.
        case waiting
        /// A presentation is running and followed.
        case presenting
        /// The presentation that was followed ended (play quit and removed its file).
        case ended
        /// The file is there but its process is gone (play was killed).
        case stopped
        /// A file that is not a presenter's is in the way.
        case unreadable(String)
    }

    /// What is known of the presenter.
    public var presenter: Presenter = .waiting
    /// The last position received (kept after the presentation ends).
    public var position: PresenterPosition?
    /// When (seconds since 1970) this screen noticed the presentation had ended or stopped.
    public var endedAt: Double?
    /// The file followed, named on the waiting screen.
    public var file: String
    /// The language of the screen and of the notes shown.
    public var language: Language
    /// The screen size.
    public var size: Size
    /// True on a terminal without UTF-8: English, ASCII glyphs.
    public var ascii: Bool
    /// Rows the notes are scrolled by (reset when the step changes).
    public var scroll = 0
    /// True once the user asked to quit.
    public var quit = false
    /// True when the terminal should repaint everything (Ctrl-L).
    public var redrawRequested = false

    /// A screen waiting for the presenter file `file`.
    public init(file: String, language: Language, size: Size = Size(width: 80, height: 24), ascii: Bool = false) {
        self.file = file
        self.language = ascii ? .en : language
        self.size = size
        self.ascii = ascii
    }

    /// Takes one poll of the presenter file, read at `now` (seconds since 1970).
    public mutating func receive(_ feed: NotesFeed, now: Double) {
        switch feed {
        case .absent:
            if position != nil, presenter == .presenting || presenter == .stopped {
                presenter = .ended
                endedAt = endedAt ?? now
            } else if position == nil {
                presenter = .waiting
            }
        case .found(let new, let alive):
            if let old = position, old.lesson != new.lesson || old.step != new.step || old.pid != new.pid { scroll = 0 }
            position = new
            if alive {
                presenter = .presenting
                endedAt = nil
            } else {
                if presenter != .stopped { endedAt = now }
                presenter = .stopped
            }
        case .unreadable(let reason):
            presenter = .unreadable(reason)
        }
    }

    /// Applies a key: `q` (Ctrl-C) quits, `↓` `↑` `j` `k` `PgDn` `PgUp` `Space` `Home` scroll the
    /// notes, `L` switches the language, Ctrl-L repaints.
    public mutating func handle(_ key: Key) {
        let page = max(1, NotesView.notesArea(size).height - 1)
        switch key {
        case .char("q"), .char("Q"), .ctrl("c"): quit = true
        case .down, .char("j"): scroll += 1
        case .up, .char("k"): scroll -= 1
        case .pageDown, .space: scroll += page
        case .pageUp: scroll -= page
        case .home, .char("g"): scroll = 0
        case .end, .char("G"): scroll = Int.max / 2
        case .char("L") where !ascii: language = language == .ko ? .en : .ko
        case .ctrl("l"): redrawRequested = true
        default: break
        }
        scroll = min(max(0, scroll), NotesView.scrollBound(self))
    }
}
