import Foundation
import Player

/// `play --present`: publishes where play is (`PresenterPosition`) through a `PresenterChannel`
/// each time it changes, for `rnnstep notes` in another terminal, and removes the file when play
/// ends. Publishing never stops play: a failure is kept as a notice and play goes on.
final class Presenter {
    /// The file it writes.
    let channel: PresenterChannel
    /// The deck's name.
    let deck: String
    /// This process.
    let pid = getpid()
    /// When presenting began (seconds since 1970).
    let started = Date().timeIntervalSince1970
    /// The last position written.
    private var last: PresenterPosition?
    /// The first publishing failure, if any (later ones would only repeat it).
    private(set) var problem: String?
    /// True once the folder was found usable.
    private var ready = false

    /// A presenter of `deck`; refuses (with the message to print) while another `play --present`
    /// of this user is running.
    init(deck: String, channel: PresenterChannel = PresenterChannel()) throws {
        self.deck = deck
        self.channel = channel
        if case .found(let other, alive: true) = channel.read(), other.pid != pid {
            throw Failure(message: "rnnstep: error: another `rnnstep play --present` (pid \(other.pid)) is presenting "
                          + "(\(channel.file)); quit it first, since `rnnstep notes` follows one presentation")
        }
    }

    /// Prepares the folder and publishes the first position; returns a one-line notice for the
    /// status line when the notes cannot be published.
    func begin(_ state: PlayerState) -> String? {
        if let reason = channel.prepareFolder() {
            problem = reason
        } else {
            ready = true
            publish(state)
        }
        guard let problem else { return nil }
        return state.language == .ko ? "발표자 메모를 내보낼 수 없습니다: \(problem)" : "speaker notes not published: \(problem)"
    }

    /// Writes the position of `state` when it differs from the last one written.
    func publish(_ state: PlayerState) {
        guard ready else { return }
        let position = PresenterPosition(state, deck: deck, pid: pid, started: started)
        guard position != last else { return }
        if let failure = channel.write(position) {
            problem = problem ?? failure
        } else {
            last = position
        }
    }

    /// Removes the file (play is ending), unless another presenter has replaced it.
    func end() {
        guard ready else { return }
        channel.remove(ifOwnedBy: pid)
    }
}
