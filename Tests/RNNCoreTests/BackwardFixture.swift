import Foundation
import RNNCore
import Testing

/// numpy's backward pass of L = Σ h_T for one case of `backward.json` (scripts/make_fixtures.py).
/// The same file decodes as `[ForwardFixture]` for the case's spec and forward pass.
struct GradientFixture: Decodable {
    let name: String
    let loss: Double
    let dstates: [Double]
    let dpreactivations: [Double]
    let dWx: [Double]
    let dWh: [Double]
    let db: [Double]
    let dinputs: [Double]
    let dh0: [Double]
    let input_grad_norms: [Double]
}

/// One case of backward.json: its spec (forward fields) and numpy's gradients.
struct BackwardCase: CustomTestStringConvertible, Sendable {
    let forward: ForwardFixture
    let gradients: GradientFixture

    var testDescription: String { forward.name }

    static var all: [BackwardCase] {
        get throws {
            let forward = try Fixtures.load("backward", as: [ForwardFixture].self)
            let gradients = try Fixtures.load("backward", as: [GradientFixture].self)
            return zip(forward, gradients).map { BackwardCase(forward: $0, gradients: $1) }
        }
    }
}


/// The largest difference between `a` and `b` relative to the largest |b| of the same row
/// (rows of `cols` values): max_row max|a − b| / max(max|b|, 2.2e-308). Gradients that vanish have
/// tiny rows, so a row's own scale is the fair one, not 1 and not each element's; the floor is the
/// smallest normal double, below which numbers are subnormal and carry fewer significant digits.
/// Non-finite values must be equal (NaN to NaN).
func rowRelativeError(_ a: [Double], _ b: [Double], cols: Int) -> Double {
    guard a.count == b.count, cols > 0, a.count % cols == 0 else { return .infinity }
    var worst = 0.0
    for r in 0..<(a.count / cols) {
        let range = (r * cols)..<((r + 1) * cols)
        for (x, y) in zip(a[range], b[range]) where !y.isFinite || !x.isFinite {
            if !(x == y || (x.isNaN && y.isNaN)) { return .infinity }
        }
        let scale = b[range].reduce(Double.leastNormalMagnitude) { $1.isFinite ? max($0, abs($1)) : $0 }
        let diff = zip(a[range], b[range]).reduce(0) { $1.1.isFinite ? max($0, abs($1.0 - $1.1)) : $0 }
        worst = max(worst, diff / scale)
    }
    return worst
}
