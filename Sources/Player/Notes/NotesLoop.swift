import Screen

/// The loop of `rnnstep notes`, written against `TerminalBackend` like `PlayLoop`: it polls the
/// presenter file every `pollInterval` ms, redraws when the screen changes (a move of the
/// presenter, the clock's next second, a key) and stops on `q`, a stop signal or a gone terminal.
public struct NotesLoop {
    /// Milliseconds between two polls of the presenter file.
    public var pollInterval: Int
    /// Reads the presenter file.
    public var poll: () -> NotesFeed
    /// The wall clock: seconds since 1970 and the local offset from UTC in seconds.
    public var clock: () -> (now: Double, utcOffset: Int)

    /// A loop reading the presenter with `poll` every `pollInterval` ms, showing `clock`'s time.
    public init(pollInterval: Int = 200, poll: @escaping () -> NotesFeed, clock: @escaping () -> (now: Double, utcOffset: Int)) {
        self.pollInterval = pollInterval
        self.poll = poll
        self.clock = clock
    }

    /// Runs until the user quits, a stop signal arrives or the terminal goes away; an error thrown
    /// by the backend is rethrown (the caller restores the terminal).
    public func run(_ state: inout NotesState, on backend: TerminalBackend) throws -> PlayLoop.Outcome {
        var failedReads = 0
        var shown: Frame?
        var nextPoll = backend.now()
        state.size = backend.size
        while true {
            if let signal = backend.pendingSignal() { return .signal(signal) }
            if state.quit { return .quit }
            if backend.now() >= nextPoll {
                state.receive(poll(), now: clock().now)
                nextPoll = backend.now() + Double(pollInterval)
            }
            if state.redrawRequested {
                state.redrawRequested = false
                backend.repaint()
                shown = nil
            }
            state.scroll = min(max(0, state.scroll), NotesView.scrollBound(state))
            let (now, offset) = clock()
            let frame = NotesView.render(state, now: now, utcOffset: offset)
            if frame != shown {
                try backend.draw(frame)
                shown = frame
            }
            // Wake for the next poll or the clock's next second, whichever comes first.
            let toSecond = Int(((now.rounded(.down) + 1 - now) * 1000).rounded(.up))
            let toPoll = Int((nextPoll - backend.now()).rounded(.up))
            let timeout = max(1, min(toSecond, toPoll, PlayLoop.maxWait))
            switch try backend.read(timeout: timeout) {
            case .event(.key(let key)):
                failedReads = 0
                state.handle(key)
            case .event(.resize(let size)):
                failedReads = 0
                state.size = size
            case .timeout:
                break
            case .failed:
                failedReads += 1
                if failedReads >= PlayLoop.maxFailedReads { return .terminalGone }
            }
        }
    }
}
