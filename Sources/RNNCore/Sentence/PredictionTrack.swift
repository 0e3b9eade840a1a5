/// The running prediction of an rnn step with an output layer: p_t = σ(W_y·h_t + b_y) at every
/// timestep t = 0 … computed, read from the forward pass's states (h_0 gives p_0, the prediction
/// before any word). The model's prediction is p_T; the change p_t − p_{t−1} is how far word t
/// moved it.
public struct PredictionTrack: Equatable, Sendable {
    /// The output layer.
    public let output: OutputLayer
    /// W_y·h_t + b_y for t = 0 … `computedSteps` (index t).
    public let logits: [Double]
    /// σ of each logit, t = 0 … `computedSteps` (index t).
    public let predictions: [Double]

    /// The track of `run` through the timesteps it has computed.
    public init(_ run: RNNRun, output: OutputLayer) {
        precondition(output.hiddenUnits == run.hiddenUnits, "an output layer over \(output.hiddenUnits) units for H = \(run.hiddenUnits)")
        self.output = output
        let logits = (0...run.computedSteps).map { output.logit(run.state(at: $0)) }
        self.logits = logits
        predictions = logits.map(OutputLayer.sigmoid)
    }

    /// The last timestep covered.
    public var computedSteps: Int { logits.count - 1 }

    /// p_t − p_{t−1}: how far timestep `t` (1 … computedSteps) moved the prediction.
    public func change(at t: Int) -> Double {
        precondition(t >= 1 && t <= computedSteps, "timestep \(t) outside 1...\(computedSteps)")
        return predictions[t] - predictions[t - 1]
    }

    /// The timestep (1 … `t`) whose change |p_s − p_{s−1}| is largest so far (the first on a tie);
    /// nil at t = 0.
    public func largestChange(through t: Int) -> Int? {
        guard t >= 1 else { return nil }
        var best = 1
        for s in 1...min(t, computedSteps) where abs(change(at: s)) > abs(change(at: best)) { best = s }
        return best
    }
}
