import Screen

/// The interactive loop of `play`, written against `TerminalBackend` so that tests drive it with
/// `MemoryBackend`: draw when something changed, wait for input (or the auto-advance timer, or the
/// next watch poll), update, and stop on `q`, on a stop signal, or when the terminal is gone.
public struct PlayLoop {
    /// Why the loop ended.
    public enum Outcome: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A stop signal arrived (its number): the caller restores the terminal, then exits 128 + n.
        case signal(Int32)
        /// Reads kept failing: the terminal went away.
        case terminalGone
    }

    /// Consecutive failed reads after which the terminal counts as gone.
    public static let maxFailedReads = 100
    /// The longest single wait, in milliseconds, so a stop signal that did not interrupt a read is
    /// still acted on promptly.
    public static let maxWait = 250

    /// Called every `watchInterval` ms (`play --watch`); returns true when it changed the state.
    public var watch: ((inout PlayerState) -> Bool)?
    /// Milliseconds between two watch polls.
    public var watchInterval = 200
    /// Called with the state before each frame is drawn (after a key, a tick, a resize, a
    /// reload): `play --present` publishes the position from here. It must return quickly.
    public var willDraw: ((PlayerState) -> Void)?

    /// A loop, watching lesson files when `watch` is given.
    public init(watch: ((inout PlayerState) -> Bool)? = nil, watchInterval: Int = 200) {
        self.watch = watch
        self.watchInterval = watchInterval
    }

    /// Runs until the user quits, a stop signal arrives or the terminal goes away. An error thrown
    /// by the backend ends the loop and is rethrown; the caller restores the terminal.
    public func run(_ state: inout PlayerState, on backend: TerminalBackend) throws -> Outcome {
        var failedReads = 0
        var nextTick: Double?
        var nextPoll = backend.now() + Double(watchInterval)
        var dirty = true
        if state.size != backend.size { Player.update(&state, .resize(backend.size)) }
        while true {
            if let signal = backend.pendingSignal() { return .signal(signal) }
            if state.quit { return .quit }
            if state.redrawRequested {
                state.redrawRequested = false
                backend.repaint()
                dirty = true
            }
            if dirty {
                willDraw?(state)
                try backend.draw(Player.view(state))
                dirty = false
            }
            let now = backend.now()
            if state.playing {
                if nextTick == nil { nextTick = now + Double(Player.tickInterval(state)) }
            } else {
                nextTick = nil
            }
            var timeout = nextTick.map { max(0, Int(($0 - now).rounded(.up))) } ?? PlayLoop.maxWait
            if watch != nil { timeout = min(timeout, max(0, Int((nextPoll - now).rounded(.up)))) }
            let result = try backend.read(timeout: min(timeout, PlayLoop.maxWait))
            if let signal = backend.pendingSignal() { return .signal(signal) }
            if let watch, backend.now() >= nextPoll {
                if watch(&state) { dirty = true }
                nextPoll = backend.now() + Double(watchInterval)
            }
            switch result {
            case .event(.key(let key)):
                failedReads = 0
                nextTick = nil
                Player.update(&state, .key(key))
                dirty = true
            case .event(.resize(let size)):
                failedReads = 0
                Player.update(&state, .resize(size))
                dirty = true
            case .timeout:
                if let due = nextTick, backend.now() >= due {
                    nextTick = nil
                    Player.update(&state, .tick)
                    dirty = true
                }
            case .failed:
                failedReads += 1
                if failedReads >= PlayLoop.maxFailedReads { return .terminalGone }
            }
        }
    }
}
