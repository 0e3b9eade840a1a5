import RNNCore
import Yams

/// An rnn step's `layers` and `direction` keys (deep and bidirectional step-throughs, `RNNStack`).
extension LessonParser {
    /// The most layers an rnn step may stack.
    static let maxStackLayers = 8

    /// `layers` (default 1) and `direction` (default forward), or nil after an error. On a step
    /// with more than one layer or another direction, `Wx`, `Wh`, `b` and `h0` are errors (every
    /// pass's weights are drawn from `seed`; only `inputs` may be given), and the numbers of every
    /// pass count against `LessonLimits.maxRNNNumbers`.
    func stackKeys(_ fields: Fields, keyNode: Node, t: Int?, d: Int?, h: Int?) -> (layers: Int, direction: RNNDirection)? {
        var layers = 1, direction = RNNDirection.forward, ok = true
        if let node = fields["layers"] {
            if let value = context.size(node, field: "layers", max: LessonParser.maxStackLayers, limitName: "(the most layers)") {
                layers = value
            } else {
                ok = false
            }
        }
        if let node = fields["direction"] {
            let words = RNNDirection.allCases.map(\.rawValue)
            if let text = context.string(node, field: "direction") {
                if let read = RNNDirection(rawValue: text) {
                    direction = read
                } else {
                    context.error("unknown `direction` \(Node.quote(text)), expected `forward`, `backward` or `bidirectional`"
                                  + Suggestion.phrase(for: text, in: words), at: node)
                    ok = false
                }
            } else {
                ok = false
            }
        }
        guard ok else { return nil }
        guard layers > 1 || direction != .forward else { return (layers, direction) }
        for name in ["tokens", "embedding", "output"] {
            guard let key = fields.keys[name] else { continue }
            context.error("found `\(name)` on an rnn step with `layers` or `direction`, expected words and an output layer "
                          + "only on a single-layer forward rnn step (a stacked or bidirectional model reading words is not built)", at: key)
            ok = false
        }
        for name in ["Wx", "Wh", "b", "h0"] {
            guard let key = fields.keys[name] else { continue }
            context.error("found `\(name)` on an rnn step with `layers` or `direction`, expected only `inputs` among the arrays "
                          + "(each layer's weights are drawn from `seed`, layer by layer; h0 is zeros)", at: key)
            ok = false
        }
        if let t, let d, let h {
            let numbers = LessonParser.stackNumbers(timesteps: t, inputDim: d, hiddenUnits: h, layers: layers,
                                                    passes: direction.passes.count) ?? Int.max
            if numbers > LessonLimits.maxRNNNumbers {
                context.error("this rnn step holds \(numbers) numbers over its \(layers) layer(s) and \(direction.rawValue) passes, "
                              + "past the limit of \(LessonLimits.maxRNNNumbers) numbers", at: keyNode)
                ok = false
            }
        }
        return ok ? (layers, direction) : nil
    }

    /// The numbers a stacked rnn step holds: the inputs, and per pass Wx, Wh, b, h0, the
    /// pre-activations and the states (nil on overflow).
    static func stackNumbers(timesteps t: Int, inputDim d: Int, hiddenUnits h: Int, layers: Int, passes: Int) -> Int? {
        let (wide, o0) = h.multipliedReportingOverflow(by: passes)
        guard !o0, let first = LessonLimits.rnnNumbers(timesteps: t, inputDim: d, hiddenUnits: h),
              let upper = LessonLimits.rnnNumbers(timesteps: t, inputDim: wide, hiddenUnits: h) else { return nil }
        let perUpper = upper - t * wide
        // The inputs once; each pass of layer 1 its Wx, Wh, b, h0, pre-activations and states.
        let (firstPasses, o1) = (first - t * d).multipliedReportingOverflow(by: passes)
        let firstLayer = firstPasses + t * d
        let (upperLayers, o2) = perUpper.multipliedReportingOverflow(by: passes * (layers - 1))
        let (total, o3) = firstLayer.addingReportingOverflow(upperLayers)
        return o1 || o2 || o3 ? nil : total
    }
}
