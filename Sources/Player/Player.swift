/// The interactive session as a pure state machine (filled in by the player work).
public enum PlayerInfo {
    /// The program version shown by `--version`.
    public static let version = "0.1.0"
}
