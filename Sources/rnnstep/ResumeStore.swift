import Foundation
import Player

/// Keeps `play`'s place per deck in `$XDG_STATE_HOME/rnnstep/` (default `~/.local/state/rnnstep/`):
/// one JSON file per deck, named by a hash of the deck's key and holding the key itself. Reading
/// never fails loudly: a missing file is a fresh start, and an unreadable, corrupt or foreign
/// file is ignored with a notice. Writing is atomic (a temporary file, then rename).
struct ResumeStore {
    /// The folder of state files.
    var folder: URL
    /// The deck's key: its paths made absolute, or "built-in".
    var deck: String

    /// What reading found.
    enum Loaded {
        /// No state for this deck.
        case none
        /// A place to resume.
        case place(SavedPlace)
        /// A state file that was ignored, with the reason.
        case ignored(String)
    }

    /// The store for `deck` under the XDG state folder of `environment`.
    init(deck: String, environment: [String: String] = Environment.values(["XDG_STATE_HOME", "HOME"])) {
        let base: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        folder = base.appendingPathComponent("rnnstep")
        self.deck = deck
    }

    /// Whether the deck whose key `deck` gives has a state file. Without a state folder (a first
    /// start) that is answered without working out the key (absolute paths, a Foundation `URL`
    /// each), which `play` would otherwise do before its first frame.
    static func hasState(deck: () -> String,
                         environment: [String: String] = Environment.values(["XDG_STATE_HOME", "HOME"])) -> Bool {
        // The folder as `init` finds it, as a plain path (no `URL`: this runs before the first frame).
        let base: String?
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.local/state" }
        }
        if let base, access(base + "/rnnstep", F_OK) != 0 { return false }
        return access(ResumeStore(deck: deck(), environment: environment).file.path, F_OK) == 0
    }

    /// The state file of this deck: `deck-<FNV-1a 64 of the key>.json`.
    var file: URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in deck.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return folder.appendingPathComponent("deck-" + String(hash, radix: 16) + ".json")
    }

    /// Reads this deck's place.
    func load() -> Loaded {
        let path = file.path
        guard FileManager.default.fileExists(atPath: path) else { return .none }
        guard let data = FileManager.default.contents(atPath: path) else { return .ignored("\(file.lastPathComponent) cannot be read") }
        guard let place = try? JSONDecoder().decode(SavedPlace.self, from: data) else {
            return .ignored("\(file.lastPathComponent) is corrupt or not rnnstep's")
        }
        guard place.format == SavedPlace.formatName, place.version == 1 else {
            return .ignored("\(file.lastPathComponent) format \(place.format) version \(place.version) is not rnnstep-resume 1")
        }
        guard place.deck == deck else { return .ignored("\(file.lastPathComponent) belongs to another deck") }
        return .place(place)
    }

    /// Writes this deck's place atomically; returns an error message on failure.
    @discardableResult
    func save(_ place: SavedPlace) -> String? {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            let data = try encoder.encode(place)
            let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
            guard fm.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                return "cannot write \(temporary.path)"
            }
            guard rename(temporary.path, file.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(at: temporary)
                return "cannot rename \(temporary.path) to \(file.path): \(reason)"
            }
            return nil
        } catch {
            return "cannot save the place in \(folder.path): \(error.localizedDescription)"
        }
    }
}
