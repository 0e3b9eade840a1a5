import RNNCore

/// The what-if edits of one lstm or gru step in this session: the edited arrays (nil: unchanged)
/// and the last change for the report line. Kept in `PlayerState.gatedEdits`; never written to a
/// file and never seen by `trace`. `apply(to:)` gives the edited parameters. Gates keep σ and tanh:
/// there is no activation to change (`a` is refused on gated steps).
public struct GatedEdits: Equatable, Sendable {
    /// The edited inputs (T×D), when an x_t was edited.
    public var inputs: Matrix?
    /// The edited Wx (all gate blocks).
    public var wx: Matrix?
    /// The edited Wh (all gate blocks).
    public var wh: Matrix?
    /// The edited bias (1×G·H, or 2×3H with reset_after).
    public var b: Matrix?
    /// The edited h0.
    public var h0: [Double]?
    /// The edited c0 (LSTM).
    public var c0: [Double]?
    /// The last change, for the report line.
    public var last: WhatIfEdits.Change?

    /// No edits.
    public init() {}

    /// True when nothing differs from the lesson.
    public var isEmpty: Bool {
        inputs == nil && wx == nil && wh == nil && b == nil && h0 == nil && c0 == nil
    }

    /// The lesson's parameters with these edits.
    public func apply(to base: GatedParameters) -> GatedParameters {
        let spec = GatedSpec(cell: base.cell, timesteps: base.timesteps, inputDim: base.inputDim, hiddenUnits: base.hiddenUnits,
                             inputs: inputs ?? base.inputs, wx: wx ?? base.wx, wh: wh ?? base.wh, b: b ?? base.b,
                             h0: h0 ?? base.h0, c0: c0 ?? base.c0)
        // Every array is given with the lesson's shapes, so this neither draws nor throws.
        return (try? GatedParameters(spec)) ?? base
    }

    /// Drops stored arrays equal to the lesson's (an edit undone by hand leaves no badge).
    mutating func normalise(against base: GatedParameters) {
        if inputs == base.inputs { inputs = nil }
        if wx == base.wx { wx = nil }
        if wh == base.wh { wh = nil }
        if b == base.b { b = nil }
        if h0 == base.h0 { h0 = nil }
        if c0 == base.c0 { c0 = nil }
    }
}
