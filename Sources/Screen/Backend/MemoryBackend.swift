/// A terminal in memory for tests: input is a script of events at given times on a virtual clock,
/// frames are recorded, and faults can be injected. Reading with a timeout advances the clock to
/// the next scripted event or by the timeout, so timers are tested without waiting.
public final class MemoryBackend: TerminalBackend {
    /// One scripted input.
    public enum Input: Equatable, Sendable {
        /// An event.
        case event(InputEvent)
        /// A failed read.
        case failure
        /// An error thrown by the read.
        case error(String)
        /// A stop signal arriving (SIGINT is 2, SIGTERM 15, SIGHUP 1).
        case signal(Int32)
    }

    /// The error an `.error` input or a draw fault throws.
    public struct Fault: Error, Equatable, CustomStringConvertible {
        /// What went wrong.
        public var description: String

        /// A fault with a message.
        public init(description: String) { self.description = description }
    }

    /// The screen size.
    public private(set) var size: Size
    /// Every frame drawn, in order.
    public private(set) var frames: [Frame] = []
    /// The virtual time each frame was drawn at.
    public private(set) var frameTimes: [Double] = []
    /// How many times `repaint` was asked for.
    public private(set) var repaints = 0
    /// The timeouts the loop asked for, in order.
    public private(set) var timeouts: [Int?] = []
    /// Throw from `draw` once this many frames have been drawn (nil: never).
    public var failDrawAfter: Int?
    private var script: [(at: Double, input: Input)]
    private var clock = 0.0
    private var signal: Int32?

    /// A terminal of `size` whose inputs arrive at the given virtual times (ms, ascending).
    public init(size: Size, script: [(at: Double, input: Input)]) {
        self.size = size
        self.script = script
    }

    /// A terminal of `size` whose inputs arrive one millisecond apart.
    public convenience init(size: Size, inputs: [Input]) {
        self.init(size: size, script: inputs.enumerated().map { (Double($0.offset + 1), $0.element) })
    }

    /// The last frame drawn.
    public var lastFrame: Frame? { frames.last }

    public func draw(_ frame: Frame) throws {
        if let limit = failDrawAfter, frames.count >= limit { throw Fault(description: "draw failed after \(limit) frames") }
        frames.append(frame)
        frameTimes.append(clock)
    }

    public func repaint() { repaints += 1 }

    public func read(timeout: Int?) throws -> ReadResult {
        timeouts.append(timeout)
        guard let next = script.first else {
            // Script over: time passes; with no timeout nothing would ever come, so report a failure.
            guard let timeout else { return .failed }
            clock += Double(timeout)
            return .timeout
        }
        if let timeout, next.at > clock + Double(timeout) {
            clock += Double(timeout)
            return .timeout
        }
        clock = max(clock, next.at)
        script.removeFirst()
        switch next.input {
        case .event(let event):
            if case .resize(let new) = event { size = new }
            return .event(event)
        case .failure:
            return .failed
        case .error(let message):
            throw Fault(description: message)
        case .signal(let number):
            signal = number
            return .failed
        }
    }

    public func pendingSignal() -> Int32? { signal }

    public func now() -> Double { clock }
}
