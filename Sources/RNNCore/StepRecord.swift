/// Every intermediate of one timestep of `h_t = tanh(Wx·x_t + Wh·h_{t-1} + b)`.
public struct StepRecord: Equatable, Sendable {
    /// The timestep, 1-based (1…T).
    public let t: Int
    /// The input x_t, D values.
    public let x: [Double]
    /// The previous hidden state h_{t-1}, H values (h0 when t = 1).
    public let hPrev: [Double]
    /// Wx·x_t, H values.
    public let wxX: [Double]
    /// Wh·h_{t-1}, H values.
    public let whH: [Double]
    /// The bias b, H values.
    public let b: [Double]
    /// (Wx·x_t + Wh·h_{t-1}) + b, H values.
    public let preactivation: [Double]
    /// h_t = tanh(preactivation), H values.
    public let h: [Double]

    /// Creates a record from its parts.
    public init(t: Int, x: [Double], hPrev: [Double], wxX: [Double], whH: [Double],
                b: [Double], preactivation: [Double], h: [Double]) {
        self.t = t
        self.x = x
        self.hPrev = hPrev
        self.wxX = wxX
        self.whH = whH
        self.b = b
        self.preactivation = preactivation
        self.h = h
    }
}
