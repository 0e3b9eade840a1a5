import RNNCore

/// The what-if edits of one rnn step in this session: the edited arrays (nil: unchanged), the
/// activation, and the last change for the report line. Kept in `PlayerState.edits`; never
/// written to a file and never seen by `trace`. `apply(to:)` gives the edited parameters.
public struct WhatIfEdits: Equatable, Sendable {
    /// The edited inputs (T×D), when an x_t was edited.
    public var inputs: Matrix?
    /// The edited Wx.
    public var wx: Matrix?
    /// The edited Wh.
    public var wh: Matrix?
    /// The edited b.
    public var b: [Double]?
    /// The edited h0 (h_{t-1} at t = 1).
    public var h0: [Double]?
    /// The activation (tanh unless `a` changed it).
    public var activation: Activation = .tanh
    /// The last change, for the report line.
    public var last: Change?

    /// One change, as the report line shows it: `Wx[0,0] 0.5488 → 0.6488`.
    public struct Change: Equatable, Sendable {
        /// What was changed: `Wx[0,0]`, `Wh ×2`, or an activation's name.
        public var target: String
        /// The value before (nil for a whole-tensor or activation change).
        public var old: Double?
        /// The value after.
        public var new: Double?
    }

    /// No edits.
    public init() {}

    /// True when nothing differs from the lesson.
    public var isEmpty: Bool {
        inputs == nil && wx == nil && wh == nil && b == nil && h0 == nil && activation == .tanh
    }

    /// The lesson's parameters with these edits.
    public func apply(to base: RNNParameters) -> RNNParameters {
        // Shapes are those of `base`, so this cannot throw.
        (try? RNNParameters(inputs: inputs ?? base.inputs, wx: wx ?? base.wx, wh: wh ?? base.wh,
                            b: b ?? base.b, h0: h0 ?? base.h0)) ?? base
    }

    /// The editable array of `tensor` (a matrix; vectors as one column) as edited so far, and
    /// where the cell of timestep `t` starts in it: x_t is row t-1 of the inputs.
    static func array(_ tensor: CellDescription.TensorID, in p: RNNParameters) -> Matrix? {
        switch tensor {
        case .wx: return p.wx
        case .wh: return p.wh
        case .b: return Matrix(rows: p.b.count, cols: 1, values: p.b)
        case .hPrev: return Matrix(rows: p.h0.count, cols: 1, values: p.h0)
        case .x: return p.inputs
        default: return nil
        }
    }

    /// Stores `array` (edited) as the new value of `tensor`.
    mutating func store(_ tensor: CellDescription.TensorID, _ array: Matrix) {
        switch tensor {
        case .wx: wx = array
        case .wh: wh = array
        case .b: b = array.values
        case .hPrev: h0 = array.values
        case .x: inputs = array
        default: break
        }
    }

    /// Drops stored arrays equal to the lesson's (an edit undone by hand leaves no badge).
    mutating func normalise(against base: RNNParameters) {
        if inputs == base.inputs { inputs = nil }
        if wx == base.wx { wx = nil }
        if wh == base.wh { wh = nil }
        if b == base.b { b = nil }
        if h0 == base.h0 { h0 = nil }
    }
}
