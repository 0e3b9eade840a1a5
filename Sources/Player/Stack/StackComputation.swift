import RNNCore

/// Everything a deep or bidirectional rnn step's screen needs that is computed: the stack's
/// passes (complete, computed once by `RNNStack`), the colour scales, and which (pass, timestep)
/// cell each key-press position shows.
///
/// Positions run 0…P·T (P passes of T timesteps): 0 is before anything is computed; position p ≥ 1
/// is reading step s = (p − 1) mod T + 1 of pass (p − 1) / T, in draw order (layer 1 forward, layer
/// 1 backward, layer 2 …), the order Keras computes a stack in: a layer finishes every timestep
/// before the layer above starts, because a backward pass above needs the last timestep first.
public struct StackComputation: Equatable, Sendable {
    /// The computed stack.
    public let stack: RNNStack
    /// Colour scale of inputs, weights and states: ±max|value| over all of them.
    public let values: ClosedRange<Double>
    /// Colour scale of the partial sums Wx·x_t, Wh·h and z_t over every pass.
    public let partials: ClosedRange<Double>
    /// Inspect mode's drill-down of the cell shown (`prepareInspect`), or nil outside inspect mode.
    public internal(set) var drill: DrillDown?

    /// The cell a position shows.
    public struct Place: Equatable, Sendable {
        /// Index into `stack.passes`.
        public var pass: Int
        /// Reading step of that pass, 1…T.
        public var step: Int
        /// The timestep it reads, 1…T (T − step + 1 for a backward pass).
        public var t: Int
    }

    /// Computes `spec` (which must be a stack, see `RNNSpec.isStack`).
    public init(_ spec: RNNSpec) throws(RNNSpecError) {
        stack = try RNNStack(spec: spec)
        var v = stack.inputs.values.map(abs).max() ?? 0
        var p = 0.0
        for pass in stack.passes {
            let params = pass.parameters
            v = max(v, params.wx.values.map(abs).max() ?? 0, params.wh.values.map(abs).max() ?? 0,
                    params.b.map(abs).max() ?? 0, pass.states.values.map(abs).max() ?? 0)
            for record in pass.run.records {
                p = max(p, (record.wxX + record.whH + record.preactivation).map(abs).max() ?? 0)
            }
        }
        values = StackComputation.symmetric(v)
        partials = StackComputation.symmetric(p)
    }

    private static func symmetric(_ m: Double) -> ClosedRange<Double> {
        let bound = m.isFinite && m > 0 ? m : 1
        return -bound...bound
    }

    /// T.
    public var timesteps: Int { stack.timesteps }
    /// The last position, P·T.
    public var positions: Int { stack.passes.count * stack.timesteps }

    /// The cell computed at `position` (nil at 0).
    public func place(_ position: Int) -> Place? {
        let t = timesteps
        guard position >= 1, position <= positions else { return nil }
        let pass = (position - 1) / t, step = (position - 1) % t + 1
        return Place(pass: pass, step: step, t: stack.passes[pass].timestep(atStep: step))
    }

    /// True when pass `pass` has computed timestep `t` by `position`.
    public func isComputed(pass: Int, t: Int, at position: Int) -> Bool {
        guard let place = place(position) else { return false }
        if pass != place.pass { return pass < place.pass }
        return stack.passes[pass].direction.position(of: t, of: timesteps) <= place.step
    }

    /// True when every pass of `layer` has computed timestep `t` by `position` (its output at t exists).
    public func isOutputReady(layer: Int, t: Int, at position: Int) -> Bool {
        stack.passes.indices.filter { stack.passes[$0].layer == layer }.allSatisfy { isComputed(pass: $0, t: t, at: position) }
    }

    /// True once every pass of the top layer is complete (what return_sequences=False returns exists).
    public func isComplete(at position: Int) -> Bool { position >= positions }
}

extension StackComputation {
    /// The vectors inspect mode's cursor moves over on a stack, in the order the numbers show them
    /// (←→ and Tab): x_t, the previous state, Wx·x_t, Wh·h, b, z_t, h_t.
    static let inspectOrder: [CellDescription.TensorID] = [.x, .hPrev, .wxX, .whH, .b, .z, .h]

    /// The length of vector `id` in the pass at `position`: D_k for x_t, else H.
    func length(_ id: CellDescription.TensorID, at position: Int) -> Int {
        guard let place = place(position) else { return 1 }
        let pass = stack.passes[place.pass]
        return id == .x ? pass.inputDim : pass.hiddenUnits
    }

    /// The drill-down of `cursor` on the cell computed at `position`, read from that pass's run
    /// (at its reading step), named by timestep; nil outside inspect mode or at position 0.
    func drillDown(cursor: InspectCursor?, position: Int) -> DrillDown? {
        guard let cursor, let place = place(position) else { return nil }
        let pass = stack.passes[place.pass]
        var drill = DrillDown(pass.run, cursor: cursor, t: place.step)
        drill.t = place.t
        drill.context = DrillDown.Context(layer: pass.layer, backward: pass.direction == .backward, t: place.t, timesteps: timesteps)
        return drill
    }

    /// Prepares `drill` for inspect mode's cursor at `position` (nil outside inspect mode).
    mutating func prepareInspect(cursor: InspectCursor?, position: Int) {
        drill = drillDown(cursor: cursor, position: position)
    }
}
