import Lessons
import RNNCore

/// One stage of a gated cell's timestep, in the order the chapter explains them: what → reveals.
///
/// LSTM (08-02): input gate (i and g), forget gate f, cell state c_t, output gate o, hidden state
/// h_t. GRU (08-03): reset gate r, update gate z, candidate g, hidden state h_t.
struct GatedStage: Equatable, Sendable {
    /// The gates whose Wx and Wh blocks this stage computes (none for c_t and h_t).
    var gates: [String]
    /// The vector the stage produces, as its name in the header (`f`, `c_t`).
    var symbol: String
    /// The stage's name.
    var name: LocalizedText
    /// One line on what the stage does.
    var meaning: LocalizedText

    /// The stages of `cell`, in order.
    static func stages(_ cell: GatedCell) -> [GatedStage] {
        switch cell {
        case .lstm:
            return [
                GatedStage(gates: ["i", "g"], symbol: "i, g", name: LocalizedText(ko: "입력 게이트", en: "input gate"),
                           meaning: LocalizedText(ko: "g는 새로 쓸 내용, i는 그중 얼마나 쓸지 (0 막음, 1 통과)",
                                                  en: "g: what could be written; i: how much is (0 blocks, 1 passes)")),
                GatedStage(gates: ["f"], symbol: "f", name: LocalizedText(ko: "삭제 게이트", en: "forget gate"),
                           meaning: LocalizedText(ko: "f는 이전 셀 상태 c_{t-1}을 얼마나 남길지 (0 지움, 1 유지)",
                                                  en: "f says how much of c_{t-1} is kept (0 erases, 1 keeps)")),
                GatedStage(gates: [], symbol: "c_t", name: LocalizedText(ko: "셀 상태", en: "cell state"),
                           meaning: LocalizedText(ko: "과거(f⊙c_{t-1})와 현재(i⊙g)를 더해 새 기억 c_t를 만듭니다",
                                                  en: "c_t: the kept past (f⊙c_{t-1}) plus the new part (i⊙g)")),
                GatedStage(gates: ["o"], symbol: "o", name: LocalizedText(ko: "출력 게이트", en: "output gate"),
                           meaning: LocalizedText(ko: "o는 기억 중 얼마나 내보낼지 정합니다",
                                                  en: "o says how much of the memory is shown as output")),
                GatedStage(gates: [], symbol: "h_t", name: LocalizedText(ko: "은닉 상태", en: "hidden state"),
                           meaning: LocalizedText(ko: "h_t = o⊙tanh(c_t): 출력층과 다음 시점으로 갑니다",
                                                  en: "h_t = o⊙tanh(c_t) goes to the output and the next timestep")),
            ]
        case .gru:
            return [
                GatedStage(gates: ["r"], symbol: "r", name: LocalizedText(ko: "리셋 게이트", en: "reset gate"),
                           meaning: LocalizedText(ko: "r은 후보를 만들 때 h_{t-1}을 얼마나 쓸지 (0 무시, 1 사용)",
                                                  en: "r: how much of h_{t-1} the candidate uses (0 ignores, 1 uses)")),
                GatedStage(gates: ["z"], symbol: "z", name: LocalizedText(ko: "업데이트 게이트", en: "update gate"),
                           meaning: LocalizedText(ko: "z는 이전 상태를 얼마나 그대로 둘지 (1 유지, 0 새 후보로 교체)",
                                                  en: "z: how much of h_{t-1} stays (1 keeps, 0 takes the candidate)")),
                GatedStage(gates: ["g"], symbol: "g", name: LocalizedText(ko: "후보", en: "candidate"),
                           meaning: LocalizedText(ko: "g는 리셋된 과거와 현재 입력으로 만든 새 상태 후보",
                                                  en: "g is the new state proposed from x_t and the reset past")),
                GatedStage(gates: [], symbol: "h_t", name: LocalizedText(ko: "은닉 상태", en: "hidden state"),
                           meaning: LocalizedText(ko: "h_t = z⊙h_{t-1} + (1-z)⊙g: 이전 상태와 후보를 섞습니다",
                                                  en: "h_t = z⊙h_{t-1} + (1-z)⊙g mixes the old and the candidate")),
            ]
        }
    }

    /// Where a position p (0…T·S, the player's `timestep` on a gated step) is: the timestep being
    /// computed and how many of its S stages are shown (p = 0: t = 0, none).
    static func place(_ position: Int, stages: Int) -> (t: Int, stage: Int) {
        guard position > 0 else { return (0, 0) }
        let t = (position + stages - 1) / stages
        return (t, position - (t - 1) * stages)
    }

    /// The equation of this stage at timestep `t` with the shapes of `p`, one or two lines.
    func equations(_ cell: GatedCell, t: Int, _ p: GatedParameters) -> [String] {
        let h = p.hiddenUnits, d = p.inputDim
        let x = "x_\(t) (\(d),)", hp = "h_\(t - 1) (\(h),)"
        func gate(_ g: String, _ f: String, resetInside: Bool = false) -> String {
            let wx = "Wx_\(g) (\(h), \(d))", wh = "Wh_\(g) (\(h), \(h))"
            if cell == .gru(resetAfter: true), g == "g" {
                return "g (\(h),) = tanh(\(wx)·\(x) + bx_g + r⊙(\(wh)·\(hp) + bh_g))"
            }
            if cell == .gru(resetAfter: true) {
                return "\(g) (\(h),) = \(f)(\(wx)·\(x) + bx_\(g) + \(wh)·\(hp) + bh_\(g))"
            }
            let recurrent = resetInside ? "(r⊙h_\(t - 1)) (\(h),)" : hp
            return "\(g) (\(h),) = \(f)(\(wx)·\(x) + \(wh)·\(recurrent) + b_\(g) (\(h),))"
        }
        switch symbol {
        case "i, g": return [gate("i", "σ"), gate("g", "tanh")]
        case "c_t": return ["c_\(t) (\(h),) = f (\(h),) ⊙ c_\(t - 1) (\(h),) + i (\(h),) ⊙ g (\(h),)"]
        case "h_t":
            if cell == .lstm { return ["h_\(t) (\(h),) = o (\(h),) ⊙ tanh(c_\(t) (\(h),))"] }
            return ["h_\(t) (\(h),) = z (\(h),) ⊙ h_\(t - 1) (\(h),) + (1 - z) ⊙ g (\(h),)"]
        case "g": return [gate("g", "tanh", resetInside: true)]
        default: return [gate(symbol, "σ")]
        }
    }
}
