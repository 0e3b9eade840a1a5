import Screen

/// What can happen to a player.
public enum PlayerEvent: Equatable, Sendable {
    /// A key press.
    case key(Key)
    /// The auto-advance timer fired.
    case tick
    /// The screen changed size.
    case resize(Size)
}
