import Foundation

/// Whether a lesson can be composed on the calling thread instead of a thread of its own
/// (`LargeStack`): only on the main thread, and only when its stack has room for the deepest
/// nesting the text allows (`NestingBound`), at a generous cost per level.
///
/// Yams composes recursively; 1,000 levels (libyaml's limit) took up to 3.8 MB of stack in a release
/// build and 4–8 MB in a debug build, and 460 levels composed here 0.6–1.2 MB in a release build
/// (docs/performance.md, round 3, sessions 4 and 5). Starting a thread and waking the caller again
/// costs 0.2–0.3 ms of a 4–5 ms start, which `play` saves for its first lesson.
enum StackRoom {
    /// Stack assumed per level of nesting: twice the most ever measured (8 KB a level in a debug
    /// build; a release build took at most 3.8 KB).
    static let bytesPerLevel = 16 << 10
    /// Stack kept free beyond that.
    static let margin = 512 << 10
    /// The main thread's stack limit assumed when `ulimit -s` is unlimited.
    static let unlimitedStack = 8 << 20

    /// True when `levels` levels of nesting fit in `room` bytes of stack.
    static func fits(levels: Int, room: Int) -> Bool {
        let (need, overflow) = levels.multipliedReportingOverflow(by: bytesPerLevel)
        return !overflow && levels >= 0 && need <= room - margin
    }

    /// The bytes the calling thread's stack can still grow by, when it is the process's main
    /// thread; nil on any other thread (their stack sizes are not known cheaply, and
    /// `pthread_getattr_np` reads /proc for the main thread's, 0.1 ms). The kernel puts the
    /// program's arguments and environment at the top of the main stack; the end of the highest
    /// of those strings, plus room for the program's file name above them, is taken as its top,
    /// and `ulimit -s` as its size.
    static func onMainThread() -> Int? {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0 else { return nil }
        let size = limit.rlim_cur == rlim_t.max ? unlimitedStack : Int(clamping: limit.rlim_cur)
        var top: UInt = 0
        func raise(_ string: UnsafeMutablePointer<CChar>) {
            top = max(top, UInt(bitPattern: string) + UInt(strlen(string)) + 1)
        }
        for i in 0..<Int(CommandLine.argc) {
            if let argument = CommandLine.unsafeArgv[i] { raise(argument) }
        }
        if var entry = Optional(environ) {
            while let string = entry.pointee {
                raise(string)
                entry += 1
            }
        }
        top += UInt(PATH_MAX) + 64  // the file name (AT_EXECFN) and the end marker above the strings
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return room(size: size, top: top, here: here)
    }

    /// The room left on a stack of `size` bytes whose top is `top` for a frame at `here`; nil when
    /// `here` is not on that stack (above its top, or further below it than its size).
    static func room(size: Int, top: UInt, here: UInt) -> Int? {
        guard size > 0, here < top, top - here < UInt(size) else { return nil }
        return size - Int(top - here)
    }
}
