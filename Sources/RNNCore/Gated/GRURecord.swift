/// Every intermediate of one GRU timestep (08-03), in Keras's gate order z, r, g.
public struct GRURecord: Equatable, Sendable {
    /// The timestep, 1-based (1…T).
    public let t: Int
    /// The input x_t, D values.
    public let x: [Double]
    /// The previous hidden state h_{t-1}, H values.
    public let hPrev: [Double]
    /// The pre-activations of z, r and g, 3H values in block order.
    public let preactivation: [Double]
    /// The update gate z = σ(…), H values in (0, 1).
    public let z: [Double]
    /// The reset gate r = σ(…), H values in (0, 1).
    public let r: [Double]
    /// What the reset gate lets through: r ⊙ h_{t-1} (reset_after false, the book's), or
    /// r ⊙ (Wh_g·h_{t-1} + b_h,g) (reset_after true), H values.
    public let reset: [Double]
    /// The candidate g = tanh(…), H values in (−1, 1).
    public let g: [Double]
    /// The hidden state h_t = z ⊙ h_{t-1} + (1 − z) ⊙ g, H values.
    public let h: [Double]

    /// Creates a record from its parts.
    public init(t: Int, x: [Double], hPrev: [Double], preactivation: [Double], z: [Double], r: [Double],
                reset: [Double], g: [Double], h: [Double]) {
        self.t = t
        self.x = x
        self.hPrev = hPrev
        self.preactivation = preactivation
        self.z = z
        self.r = r
        self.reset = reset
        self.g = g
        self.h = h
    }

    /// The gate activations by name (`z`, `r`, `g`).
    public func gate(_ name: String) -> [Double]? {
        switch name {
        case "z": z
        case "r": r
        case "g": g
        default: nil
        }
    }
}
