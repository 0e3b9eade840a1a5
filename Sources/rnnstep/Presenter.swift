import Foundation
import Player

/// `play --present`: publishes where play is (`PresenterPosition`) through a `PresenterChannel`
/// each time it changes, for `rnnstep notes` in another terminal, and removes the file when play
/// ends. The file is written on a queue of its own, so play's loop never waits for the disk;
/// when moves come faster than writes, only the newest position is written. A failure is kept
/// as a notice and play goes on.
final class Presenter {
    /// The file it writes.
    let channel: PresenterChannel
    /// The deck's name.
    let deck: String
    /// This process.
    let pid = getpid()
    /// When presenting began (seconds since 1970).
    let started = Date().timeIntervalSince1970
    /// The last position handed to the writer.
    private var last: PresenterPosition?
    /// True once the folder was found usable.
    private var ready = false
    private let writer: Writer

    /// A presenter of `deck`; refuses (with the message to print) while another `play --present`
    /// of this user is running.
    init(deck: String, channel: PresenterChannel = PresenterChannel()) throws {
        self.deck = deck
        self.channel = channel
        writer = Writer(channel: channel)
        if case .found(let other, alive: true) = channel.read(), other.pid != pid {
            throw Failure(message: "rnnstep: error: another `rnnstep play --present` (pid \(other.pid)) is presenting "
                          + "(\(channel.file)); quit it first, since `rnnstep notes` follows one presentation")
        }
    }

    /// The first publishing failure, if any (later ones would only repeat it).
    var problem: String? { writer.problem }

    /// Prepares the folder and writes the first position (waiting for it); returns a one-line
    /// notice for the status line when the notes cannot be published.
    func begin(_ state: PlayerState) -> String? {
        if let reason = channel.prepareFolder() {
            writer.fail(reason)
        } else {
            ready = true
            publish(state)
            writer.flush()
        }
        guard let problem else { return nil }
        return state.language == .ko ? "발표자 메모를 내보낼 수 없습니다: \(problem)" : "speaker notes not published: \(problem)"
    }

    /// Hands the position of `state` to the writer when it differs from the last one.
    func publish(_ state: PlayerState) {
        guard ready else { return }
        let position = PresenterPosition(state, deck: deck, pid: pid, started: started)
        guard position != last else { return }
        last = position
        writer.submit(position)
    }

    /// Returns once every position handed to the writer is written.
    func flush() {
        writer.flush()
    }

    /// Waits for the last write, then removes the file (play is ending), unless another presenter
    /// has replaced it.
    func end() {
        guard ready else { return }
        writer.flush()
        channel.remove(ifOwnedBy: pid)
    }

    /// Writes positions on a serial queue, newest first: a position submitted while a write is
    /// under way replaces any other waiting one.
    final class Writer: @unchecked Sendable {
        private let channel: PresenterChannel
        private let queue = DispatchQueue(label: "rnnstep.present")
        private let lock = NSLock()
        private var pending: PresenterPosition?
        private var firstProblem: String?

        init(channel: PresenterChannel) {
            self.channel = channel
        }

        /// The first failure, if any.
        var problem: String? { lock.withLock { firstProblem } }

        /// Records a failure found outside a write.
        func fail(_ reason: String) {
            lock.withLock { firstProblem = firstProblem ?? reason }
        }

        /// Queues `position`; a write starts unless one is already waiting to take it.
        func submit(_ position: PresenterPosition) {
            let start = lock.withLock { () -> Bool in
                defer { pending = position }
                return pending == nil
            }
            guard start else { return }
            queue.async { self.writePending() }
        }

        /// Returns once every submitted position is written.
        func flush() {
            queue.sync {}
        }

        private func writePending() {
            guard let position = lock.withLock({ () -> PresenterPosition? in
                defer { pending = nil }
                return pending
            }) else { return }
            if let failure = channel.write(position) { fail(failure) }
        }
    }
}
