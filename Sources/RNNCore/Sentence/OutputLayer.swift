import Foundation

/// A one-unit `Dense(1, activation="sigmoid")` on a hidden state: p = σ(W_y·h + b_y).
///
/// `W_y` is the 1×H weight row (Keras's kernel is its transpose, H×1) and `b_y` the bias; the
/// logit is summed as numpy's `W_y @ h + b_y` (the products in unit order, then the bias).
public struct OutputLayer: Equatable, Sendable {
    /// The weights W_y, one per hidden unit (the single row of the 1×H matrix).
    public let weights: [Double]
    /// The bias b_y.
    public let bias: Double

    /// A layer with `weights` (H numbers) and `bias`.
    public init(weights: [Double], bias: Double) {
        self.weights = weights
        self.bias = bias
    }

    /// H, the size of the hidden state it reads.
    public var hiddenUnits: Int { weights.count }

    /// The logit W_y·h + b_y of the hidden state `h` (H numbers).
    public func logit(_ h: [Double]) -> Double {
        precondition(h.count == weights.count, "a state of \(h.count) values for an output layer over \(weights.count) units")
        var sum = 0.0
        for i in weights.indices { sum += weights[i] * h[i] }
        return sum + bias
    }

    /// The prediction σ(W_y·h + b_y), a probability in (0, 1).
    public func prediction(_ h: [Double]) -> Double {
        OutputLayer.sigmoid(logit(h))
    }

    /// σ(z) = 1 / (1 + e^−z), as numpy writes it.
    public static func sigmoid(_ z: Double) -> Double {
        1 / (1 + exp(-z))
    }
}
