import Foundation

/// Runs work on a thread with a large stack and waits for it. Yams composes nested YAML
/// recursively (libyaml stops at 1000 levels); a large stack keeps that safe on any calling thread.
enum LargeStack {
    /// Stack size of the worker thread, in bytes.
    static let stackSize = 64 << 20

    private final class Box<T: Sendable>: @unchecked Sendable {
        var value: T?
    }

    /// Runs `body` on the calling thread when its stack has room for `levels` levels of nesting
    /// (`StackRoom`: the main thread only), else on a fresh thread; returns its result.
    static func run<T: Sendable>(levels: Int, _ body: @escaping @Sendable () -> T) -> T {
        if let room = StackRoom.onMainThread(), StackRoom.fits(levels: levels, room: room) {
            return body()
        }
        return run(body)
    }

    /// Runs `body` on a fresh thread and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        // Move the result out: the finished thread may still hold its closure (and so the box) for a
        // while, which kept the last lesson alive after its caller let go (a "leak" under LSan).
        let value = box.value!
        box.value = nil
        return value
    }
}
