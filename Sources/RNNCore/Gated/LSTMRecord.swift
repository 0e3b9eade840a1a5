/// Every intermediate of one LSTM timestep (08-02), in Keras's gate order i, f, g, o.
public struct LSTMRecord: Equatable, Sendable {
    /// The timestep, 1-based (1…T).
    public let t: Int
    /// The input x_t, D values.
    public let x: [Double]
    /// The previous hidden state h_{t-1}, H values.
    public let hPrev: [Double]
    /// The previous cell state c_{t-1}, H values.
    public let cPrev: [Double]
    /// (Wx·x_t + Wh·h_{t-1}) + b, 4H values, gate blocks i, f, g, o.
    public let preactivation: [Double]
    /// The input gate i = σ(…), H values in (0, 1).
    public let i: [Double]
    /// The forget gate f = σ(…), H values in (0, 1).
    public let f: [Double]
    /// The candidate g = tanh(…), H values in (−1, 1).
    public let g: [Double]
    /// The output gate o = σ(…), H values in (0, 1).
    public let o: [Double]
    /// The cell state c_t = f ⊙ c_{t-1} + i ⊙ g, H values.
    public let c: [Double]
    /// tanh(c_t), H values.
    public let tanhC: [Double]
    /// The hidden state h_t = o ⊙ tanh(c_t), H values.
    public let h: [Double]

    /// Creates a record from its parts.
    public init(t: Int, x: [Double], hPrev: [Double], cPrev: [Double], preactivation: [Double],
                i: [Double], f: [Double], g: [Double], o: [Double], c: [Double], tanhC: [Double], h: [Double]) {
        self.t = t
        self.x = x
        self.hPrev = hPrev
        self.cPrev = cPrev
        self.preactivation = preactivation
        self.i = i
        self.f = f
        self.g = g
        self.o = o
        self.c = c
        self.tanhC = tanhC
        self.h = h
    }

    /// The gate activations by name (`i`, `f`, `g`, `o`).
    public func gate(_ name: String) -> [Double]? {
        switch name {
        case "i": i
        case "f": f
        case "g": g
        case "o": o
        default: nil
        }
    }
}
