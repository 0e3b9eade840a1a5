import Lessons

/// How the backward view writes its tensors and equation: with ∂, δ, ᵀ, ⊙ and ², or in ASCII
/// (`dL/dh_7`, `dz_7`, `WhT`, `*`, `^2`) on a terminal without UTF-8.
struct BackwardNames {
    /// Whether the Unicode symbols may be used.
    var unicode: Bool

    /// ∂L/∂h_t.
    func dState(_ t: Int) -> String { unicode ? "∂L/∂h_\(t)" : "dL/dh_\(t)" }
    /// 1 − h_t², tanh's slope at step t.
    func factor(_ t: Int) -> String { unicode ? "1−h_\(t)²" : "1-h_\(t)^2" }
    /// δ_t = ∂L/∂z_t.
    func delta(_ t: Int) -> String { unicode ? "δ_\(t)" : "dz_\(t)" }
    /// ∂L/∂x_t.
    func dInput(_ t: Int) -> String { unicode ? "∂L/∂x_\(t)" : "dL/dx_\(t)" }
    /// The element-wise product.
    var times: String { unicode ? "⊙" : "*" }
    /// The arrow from δ_t to ∂L/∂h_{t−1}.
    var whT: String { unicode ? "Whᵀ·→" : "WhT.>" }
    /// The arrow from δ_t to ∂L/∂x_t.
    var wxT: String { unicode ? "Wxᵀ·→" : "WxT.>" }
    /// The parameter gradients' names.
    var dWx: String { "dWx" }
    /// ∂L/∂Wh.
    var dWh: String { "dWh" }
    /// ∂L/∂b.
    var db: String { "db" }
    /// ‖∂L/∂x_t‖, the bar chart's quantity.
    var inputNorm: String { unicode ? "‖∂L/∂x_t‖" : "|dL/dx_t|" }

    /// The gradient vectors' legend label.
    var gradientLegend: String { unicode ? "∂L/∂h, δ" : "dL/dh, dz" }
    /// tanh's slope without a timestep.
    var factorLegend: String { unicode ? "1−h²" : "1-h^2" }

    /// ‖∂L/∂x_t‖ at timestep t.
    func inputNorm(_ t: Int) -> String { unicode ? "‖∂L/∂x_\(t)‖" : "|dL/dx_\(t)|" }

    /// The equation of the backward step at t, in pieces that may go on separate lines: the step
    /// named in the view's language with δ_t, then ∂L/∂h_{t−1} (both always shown), then the sums
    /// it adds to (shown when there is room).
    func equation(t: Int, sizes: CellDescription.RunSizes, language: Language) -> [String] {
        let hh = CellDescription.shapeText([sizes.hiddenUnits, sizes.hiddenUnits])
        let name = language == .ko ? "역전파 t = \(t):" : "backward t = \(t):"
        let dot = unicode ? "·" : "."
        let tr = unicode ? "ᵀ" : "T"
        let delta = "\(name) \(delta(t)) = (\(factor(t))) \(times) \(dState(t)),"
        let back = "\(dState(t - 1)) = Wh\(tr) \(hh) \(dot) \(self.delta(t))"
        let sums = "dWx += \(self.delta(t))\(dot)x_\(t)\(tr),  dWh += \(self.delta(t))\(dot)h_\(t - 1)\(tr),  db += \(self.delta(t))"
        return [delta, back, sums]
    }
}
