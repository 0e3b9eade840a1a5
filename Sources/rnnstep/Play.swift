import ArgumentParser
import Foundation
import Lessons
import Player
import Screen
import Terminal

/// `rnnstep play PATH…` (and bare `rnnstep`): the lessons in the terminal.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open lessons in the terminal: ./lessons, else the built-in deck.")

    @Argument(help: "Lesson files or folders; without them ./lessons, else the built-in deck.",
              completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Reload lessons as they change; e lists the errors.")
    var watch = false

    @Flag(name: .long, help: "Start from the beginning instead of where the last play of this deck stopped.")
    var restart = false

    @Flag(name: .long, help: "Publish the position so that `rnnstep notes` in another terminal shows the speaker notes.")
    var present = false

    func run() throws {
        try Play.open(paths, color: display.color, language: display.language, watch: watch, restart: restart, present: present)
    }

    /// Runs `play` (also reached without ArgumentParser, see `QuickPlayArguments`): the given paths,
    /// else `./lessons`, else the built-in deck.
    static func open(_ given: [String], color: ColorMode?, language: Language, watch: Bool, restart: Bool = false,
                     present: Bool = false) throws {
        let paths = given.isEmpty ? DeckLoading.defaultPaths() : given
        if watch && paths == nil {
            throw Failure(message: "rnnstep: error: --watch needs lesson files: the built-in deck cannot change; `rnnstep lessons export DIR` writes it out to edit")
        }
        // Korean without a UTF-8 locale is said once, before the screen is taken (and again on
        // the status line, which stays until a key); not when play cannot start anyway.
        let localeNotice = (try? Play.requireTerminal()) == nil ? nil : LocaleInfo.koreanFallbackNotice(language: language)
        if let localeNotice { Output.err(localeNotice) }

        // Watching starts even from broken files (shown as their errors until a good save).
        let watcher = watch ? paths.map { LessonWatcher(paths: $0) } : nil
        var start: DeckStart?
        let lessons: [Lesson]
        if let watcher, let paths, !watcher.files.isEmpty {
            let (_, missing) = LessonLoader.deckPaths(paths)
            missing.forEach(DeckLoading.report)
            if !missing.isEmpty { throw Failure(message: "") }
            lessons = watcher.deck
        } else if let paths {
            // With a terminal, the first lesson is read before the first frame and the rest right
            // after it (`DeckStart`); otherwise, or when the start finds a problem, all at once.
            start = (try? Play.requireTerminal()) == nil ? nil : DeckLoading.start(LessonLoader.deckPaths(paths))
            lessons = start == nil ? try DeckLoading.load(paths) : []
        } else {
            // The built-in deck is read in the same two parts.
            start = (try? Play.requireTerminal()) == nil ? nil : DeckLoading.startBuiltIn()
            lessons = start == nil ? try DeckLoading.builtIn() : []
        }
        try Play.requireTerminal()
        // The deck's key (absolute paths) is worked out after the first frame unless presenting.
        let deckName = { paths.map(DeckLoading.key(for:)) ?? BuiltInDeck.name }
        let presenter = present ? try Presenter(deck: deckName()) : nil
        let terminal = Terminal()
        do {
            try terminal.start(colorMode: color)
        } catch {
            throw Failure(message: "rnnstep: error: cannot start the terminal (\(error)); `rnnstep render PATH` prints a screen without one")
        }
        var state = PlayerState(deck: start?.standIn ?? lessons, language: language, size: terminal.size,
                                colorMode: terminal.colorMode, ascii: !LocaleInfo.isUTF8())
        if localeNotice != nil { state.notice = LocaleInfo.shortKoreanFallbackNotice }  // a resume notice replaces it
        if let start, start.restCount > 0 {
            // The first frame before the rest of the deck is read, unless a saved place would move
            // away from it right after (that frame would flash up for the time the rest takes).
            if restart || !ResumeStore.hasState(deck: deckName) {
                terminal.draw(Player.view(state))  // PlayLoop's first draw then changes nothing
            }
            let (deck, diagnostics) = start.complete()
            guard diagnostics.isEmpty else {
                terminal.stop()
                diagnostics.forEach(DeckLoading.report)
                throw Failure(message: "")
            }
            state.deck = deck
        }
        if let watcher {
            state.problem = watcher.problemLine()
            state.problems = watcher.problemList()
        }
        let store = ResumeStore(deck: deckName())
        if !restart { Play.resume(&state, from: store) }
        var loop = PlayLoop(watch: watcher.map { w in { w.poll(&$0) } }, watchInterval: LessonWatcher.pollInterval)
        if let presenter {
            if let notice = presenter.begin(state) { state.notice = notice }
            loop.willDraw = { presenter.publish($0) }
        }
        let outcome: PlayLoop.Outcome
        do {
            outcome = try loop.run(&state, on: terminal)
        } catch {
            presenter?.end()
            terminal.stop()
            throw Failure(message: "rnnstep: error: play stopped: \(error)")
        }
        presenter?.end()
        let saveProblem = store.save(SavedPlace(state, deck: store.deck))
        terminal.stop()
        if let saveProblem { Output.err("rnnstep: warning: \(saveProblem)") }
        if let problem = presenter?.problem { Output.err("rnnstep: warning: speaker notes were not published: \(problem)") }
        if case .signal(let number) = outcome { Terminal.exit(bySignal: number) }
    }

    /// Moves `state` to the place saved for `store`'s deck, with a notice saying so, or says in a
    /// notice why a state file was ignored.
    static func resume(_ state: inout PlayerState, from store: ResumeStore) {
        let ko = state.language == .ko
        switch store.load() {
        case .none:
            break
        case .place(let place):
            if Player.restore(&state, to: place) {
                let lesson = place.lesson + 1, step = place.step + 1
                state.notice = ko ? "지난번 자리에서 이어 갑니다: 레슨 \(lesson), 단계 \(step) (처음부터: --restart)"
                    : "resumed where you stopped: lesson \(lesson), step \(step) (--restart starts over)"
            } else {
                state.notice = ko ? "저장된 자리가 이 레슨 묶음에 없어 처음부터 시작합니다"
                    : "the saved place is not in this deck any more; starting from the beginning"
            }
        case .ignored(let reason):
            state.notice = ko ? "저장된 자리 파일을 무시했습니다: \(reason)" : "ignored the saved place: \(reason)"
        }
    }

    /// Refuses to start without a usable terminal, suggesting `render` instead.
    static func requireTerminal() throws {
        let hint = "use `rnnstep render PATH --size 100x30 --keys '<right>'` to print a screen without one"
        guard isatty(STDOUT_FILENO) != 0 else {
            throw Failure(message: "rnnstep: error: play needs a terminal, but standard output is not one; \(hint)")
        }
        let term = Environment.value("TERM") ?? ""
        guard !term.isEmpty, term != "dumb" else {
            let found = term.isEmpty ? "TERM is not set" : "TERM is dumb"
            throw Failure(message: "rnnstep: error: play needs a terminal that can move the cursor, but \(found); set TERM (e.g. xterm-256color) or \(hint)")
        }
    }
}
