import Foundation

/// Keras's shape and parameter algebra for a Sequential `ModelSpec`, as Keras 2 computes it.
///
/// Automatic names count per base name across the model in creation order, as in a fresh Keras 2
/// session (`simple_rnn`, `simple_rnn_1`, …); a layer wrapped by `Bidirectional` is created first and
/// takes its own name too (`bidirectional` wraps `simple_rnn`). Explicit names consume no number.
/// Parameter counts: SimpleRNN u·d + u·u + u; LSTM 4(u·d + u·u + u); GRU 3(u·d + u·u + 2u) with
/// `reset_after` (3(u·d + u·u + u) without); Dense u·d + u on the last axis; Embedding input_dim·output_dim;
/// Bidirectional twice the wrapped layer.
public struct KerasModel: Equatable, Sendable {
    /// The model name (`sequential`).
    public let name: String
    /// The full input shape, batch axis first.
    public let inputShape: KerasShape
    /// The layers with their shapes and counts, in order.
    public let layers: [LayerSummary]

    /// Computes every layer's name, output shape and parameter count; throws at the first layer that cannot take its input.
    public init(_ spec: ModelSpec) throws(KerasModelError) {
        name = spec.name
        inputShape = KerasShape([spec.input.batchSize] + spec.input.shape)
        var counters: [String: Int] = [:]
        func autoName(_ base: String) -> String {
            let n = counters[base, default: 0]
            counters[base] = n + 1
            return n == 0 ? base : "\(base)_\(n)"
        }
        var shape = inputShape
        var result: [LayerSummary] = []
        var seen: Set<String> = []
        for (index, layer) in spec.layers.enumerated() {
            var innerName: String?
            if case .bidirectional(let inner, _) = layer.kind { innerName = autoName(inner.baseName) }
            let layerName = layer.name ?? autoName(layer.kind.baseName)
            func fail(_ message: String) -> KerasModelError {
                KerasModelError(layerIndex: index, layerName: layerName, message: message)
            }
            guard seen.insert(layerName).inserted else {
                throw fail("the name \"\(layerName)\" is already used by another layer; layer names must be unique")
            }
            let computed: Computed
            do {
                computed = try Self.compute(layer.kind, input: shape, innerName: innerName)
            } catch {
                throw fail(error.message)
            }
            result.append(LayerSummary(
                index: index, name: layerName, typeName: layer.kind.typeName, inputShape: shape,
                outputShape: computed.output, paramCount: computed.params, weights: computed.weights,
                bookFormula: computed.formula))
            shape = computed.output
        }
        layers = result
    }

    /// The last layer's output shape (the input shape when there are no layers).
    public var outputShape: KerasShape { layers.last?.outputShape ?? inputShape }
    /// The sum of all layers' parameters.
    public var totalParams: Int { layers.reduce(0) { $0 + $1.paramCount } }
    /// Trainable parameters: all of them (these layers have no frozen weights).
    public var trainableParams: Int { totalParams }
    /// Non-trainable parameters: always 0 for these layers.
    public var nonTrainableParams: Int { 0 }

    // MARK: - Per-layer algebra

    struct Failure: Error { let message: String }

    struct Computed {
        var output: KerasShape
        var params: Int
        var weights: [KerasWeight]
        var formula: String
    }

    static func compute(_ kind: LayerKind, input: KerasShape, innerName: String?) throws(Failure) -> Computed {
        switch kind {
        case .embedding(let inputDim, let outputDim):
            try positive(inputDim, "input_dim", of: "Embedding")
            try positive(outputDim, "output_dim", of: "Embedding")
            let params = try product(inputDim, outputDim)
            return Computed(output: KerasShape(input.dims + [outputDim]), params: params,
                            weights: [KerasWeight(name: "embeddings", shape: [inputDim, outputDim])],
                            formula: "E \(inputDim)×\(outputDim) = \(params)")
        case .dense(let units, _):
            try positive(units, "units", of: "Dense")
            guard input.rank >= 2 else {
                throw Failure(message: "Dense expects input of at least 2-D (batch, …, features) but gets \(input)")
            }
            guard let d = input.dims.last! else {
                throw Failure(message: "Dense needs a known size on the last axis of its input but gets \(input)")
            }
            let params = try sum(try product(units, d), units)
            return Computed(output: KerasShape(input.dims.dropLast() + [units]), params: params,
                            weights: [KerasWeight(name: "kernel", shape: [d, units]),
                                      KerasWeight(name: "bias", shape: [units])],
                            formula: "W \(units)×\(d) + b \(units) = \(params)")
        case .simpleRNN, .lstm, .gru:
            return try recurrent(kind, input: input, context: kind.typeName)
        case .bidirectional(let inner, let mergeMode):
            guard inner.isRecurrent else {
                throw Failure(message: "Bidirectional wraps a recurrent layer (SimpleRNN, LSTM or GRU) but gets \(inner.typeName)")
            }
            let one = try recurrent(inner, input: input, context: "\(inner.typeName) inside Bidirectional")
            var output = one.output
            if mergeMode == .concat, let last = output.dims.last!, !output.dims.isEmpty {
                output.dims[output.rank - 1] = last * 2
            }
            let base = innerName ?? inner.baseName
            let weights = ["forward_", "backward_"].flatMap { prefix in
                one.weights.map { KerasWeight(name: "\(prefix)\(base)/\($0.name)", shape: $0.shape) }
            }
            let params = try product(2, one.params)
            let inside = one.formula.components(separatedBy: " = ").first ?? one.formula
            let grouped = inside.hasPrefix("Wx") ? "(\(inside))" : inside
            return Computed(output: output, params: params, weights: weights, formula: "2 × \(grouped) = \(params)")
        }
    }

    static func recurrent(_ kind: LayerKind, input: KerasShape, context: String) throws(Failure) -> Computed {
        let units: Int, returnSequences: Bool, gates: Int, biasTerms: Int
        switch kind {
        case .simpleRNN(let u, let rs): (units, returnSequences, gates, biasTerms) = (u, rs, 1, 1)
        case .lstm(let u, let rs): (units, returnSequences, gates, biasTerms) = (u, rs, 4, 1)
        case .gru(let u, let rs, let resetAfter): (units, returnSequences, gates, biasTerms) = (u, rs, 3, resetAfter ? 2 : 1)
        default: throw Failure(message: "\(kind.typeName) is not a recurrent layer")
        }
        try positive(units, "units", of: context)
        guard input.rank == 3 else {
            throw Failure(message: "\(context) expects 3-D input (batch, timesteps, features) but gets \(input)")
        }
        guard let d = input.dims[2] else {
            throw Failure(message: "\(context) needs a known feature size (the last axis) but gets \(input)")
        }
        let perGate = try sum(try product(units, d), try product(units, units), try product(biasTerms, units))
        let params = try product(gates, perGate)
        let width = gates * units
        let bias = KerasWeight(name: "bias", shape: biasTerms == 2 ? [2, width] : [width])
        let weights = [KerasWeight(name: "kernel", shape: [d, width]),
                       KerasWeight(name: "recurrent_kernel", shape: [units, width]), bias]
        let biasText = biasTerms == 2 ? "bx \(units) + bh \(units)" : "b \(units)"
        let terms = "Wx \(units)×\(d) + Wh \(units)×\(units) + \(biasText)"
        let formula = gates == 1 ? "\(terms) = \(params)" : "\(gates) × (\(terms)) = \(params)"
        let batch = input.dims[0]
        let output: KerasShape = returnSequences ? KerasShape([batch, input.dims[1], units]) : KerasShape([batch, units])
        return Computed(output: output, params: params, weights: weights, formula: formula)
    }

    static func positive(_ value: Int, _ argument: String, of layer: String) throws(Failure) {
        guard value >= 1 else { throw Failure(message: "\(layer) needs \(argument) of at least 1 but gets \(value)") }
    }

    static func product(_ a: Int, _ b: Int) throws(Failure) -> Int {
        let (r, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw Failure(message: "the parameter count is too large to compute") }
        return r
    }

    static func sum(_ values: Int...) throws(Failure) -> Int {
        var total = 0
        for v in values {
            let (r, overflow) = total.addingReportingOverflow(v)
            guard !overflow else { throw Failure(message: "the parameter count is too large to compute") }
            total = r
        }
        return total
    }
}
