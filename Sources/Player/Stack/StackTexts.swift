import Lessons
import RNNCore
import Screen

/// The words of a deep or bidirectional rnn step's screen, in Korean and English: the equation of
/// the pass shown, the caption, and what each `return_sequences` setting returns. Every number
/// and shape comes from the step's `StackComputation`.
struct StackTexts {
    /// The computation shown.
    var computation: StackComputation
    /// The key-press position shown (0…P·T).
    var position: Int
    /// Language.
    var language: Language

    private var ko: Bool { language == .ko }
    private var stack: RNNStack { computation.stack }
    private var bidirectional: Bool { stack.direction == .bidirectional }

    /// The pass shown: the one being computed, or the first before anything is.
    var pass: RNNPass {
        stack.passes[computation.place(position)?.pass ?? 0]
    }

    /// `layer 2 →`.
    func name(_ pass: RNNPass) -> String { Player.passName(pass, language: language) }

    /// The pass's equation and what it reads: `layer 2 →  h_t = tanh(Wx·x_t + Wh·h_{t−1} + b),  x_t = layer 1's h_t (3,)`;
    /// where that does not fit `width`, what it reads is said shorter.
    func equation(width: Int) -> String {
        let long = equation
        guard TextWidth.width(of: long) > width, pass.layer > 1 else { return long }
        let prev = pass.direction == .forward ? "h_{t-1}" : "h_{t+1}"
        return name(pass) + "  h_t = tanh(Wx·x_t + Wh·\(prev) + b),  x_t: " + (ko ? "\(pass.layer - 1)층 출력" : "layer \(pass.layer - 1)'s out")
            + " (\(pass.inputDim),)"
    }

    /// The long form of `equation(width:)`.
    var equation: String {
        let prev = pass.direction == .forward ? "h_{t-1}" : "h_{t+1}"
        let formula = "h_t = tanh(Wx·x_t + Wh·\(prev) + b)"
        let width = pass.inputDim
        let reads: String
        if pass.layer == 1 {
            reads = ko ? "x_t = 입력 (\(width),)" : "x_t = the input (\(width),)"
        } else if bidirectional {
            reads = ko ? "x_t = [\(pass.layer - 1)층 h→_t; h←_t] (\(width),)" : "x_t = [h→_t; h←_t] of layer \(pass.layer - 1) (\(width),)"
        } else {
            reads = ko ? "x_t = \(pass.layer - 1)층의 h_t (\(width),)" : "x_t = layer \(pass.layer - 1)'s h_t (\(width),)"
        }
        return name(pass) + "  " + formula + ",  " + reads
    }

    /// The line under the equation: the cell just computed and where the pass is, or what → does
    /// first; a shorter form when the long one does not fit `width`.
    func caption(width: Int) -> String {
        let total = computation.positions
        guard let place = computation.place(position) else {
            let first = stack.passes[0]
            let order = first.direction == .forward ? "1 … \(stack.timesteps)" : "\(stack.timesteps) … 1"
            let long = ko
                ? "모든 h0 = 0. →는 \(name(first))부터 t = \(order) 순서로 한 칸씩 계산합니다 (한 층이 끝나야 윗층이 시작)"
                : "every h0 = 0. → computes \(name(first)) first, t = \(order), one cell per key; a layer ends before the next starts"
            return fit(long, ko ? "모든 h0 = 0. → \(name(first)) t = \(order)" : "every h0 = 0. → \(name(first)), t = \(order)", width)
        }
        let p = stack.passes[place.pass], t = place.t
        let prev = p.direction == .forward ? t - 1 : t + 1
        let state = (p.direction == .forward ? t == 1 : t == stack.timesteps) ? "h0" : "h_\(prev)"
        let main = "t = \(t)   z_\(t) = Wx·x_\(t) + Wh·\(state) + b,  h_\(t) = tanh(z_\(t))"
        let where_ = ko
            ? "   (\(name(p)) \(place.step)/\(stack.timesteps)번째, 전체 \(position)/\(total))"
            : "   (\(name(p)) step \(place.step) of \(stack.timesteps), \(position)/\(total) in all)"
        return fit(main + where_, main, width)
    }

    /// What `return_sequences=True` returns from the top layer, its shape, and how much of it exists.
    var returnSequencesTrue: String {
        let t = stack.timesteps, w = stack.outputWidth
        let ready = (1...t).filter { computation.isOutputReady(layer: stack.layers, t: $0, at: position) }.count
        let what = bidirectional ? "[h→_t; h←_t], t = 1…\(t)" : (ko ? "\(stack.layers)층의 h_t, t = 1…\(t)" : "layer \(stack.layers)'s h_t, t = 1…\(t)")
        let status = ko ? "\(t)개 중 \(ready)개 준비" : "\(ready) of \(t) ready"
        return "return_sequences=True  → (\(t), \(w)) " + what + " · " + status
    }

    /// What `return_sequences=False` returns: the state each top pass ends with.
    var returnSequencesFalse: String {
        let t = stack.timesteps, w = stack.outputWidth
        let parts = stack.passes(ofLayer: stack.layers).map { pass -> String in
            let arrow = bidirectional ? (pass.direction == .forward ? "→" : "←") : ""
            return "h\(arrow)_\(pass.direction == .forward ? t : 1)"
        }
        let what = parts.count == 1 ? parts[0] : "[" + parts.joined(separator: "; ") + "]"
        let done = computation.isComplete(at: position)
        let status = done ? (ko ? "준비됨" : "ready") : (ko ? "맨 위 층이 끝나야 나옴" : "only when the top layer ends")
        return "return_sequences=False → (\(w),) " + what + " · " + status
    }

    /// `long` when it fits `width`, else `short`.
    private func fit(_ long: String, _ short: String, _ width: Int) -> String {
        TextWidth.width(of: long) <= width ? long : short
    }
}
