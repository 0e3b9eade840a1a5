import Foundation
import RNNCore
import Testing

/// One seed's reference draws from numpy.
struct RandomFixture: Decodable {
    let seed: UInt32
    let random: [Double]
    let randn: [Double]
    let mixed: [Double]
}

/// One reference forward pass from numpy.
struct ForwardFixture: Decodable {
    let name: String
    let seed: UInt32
    let timesteps: Int
    let input_dim: Int
    let hidden_units: Int
    let given: [String]
    let h0_given: Bool
    let normal_scale: Double?
    let inputs: [Double]
    let Wx: [Double]
    let Wh: [Double]
    let b: [Double]
    let h0: [Double]
    let preactivations: [Double]
    let states: [Double]

    /// The spec as a lesson would write it: only the given arrays are explicit.
    var spec: RNNSpec {
        let t = timesteps, d = input_dim, h = hidden_units
        return RNNSpec(
            timesteps: t, inputDim: d, hiddenUnits: h, seed: seed,
            inputs: given.contains("inputs") ? Matrix(rows: t, cols: d, values: inputs) : nil,
            wx: given.contains("Wx") ? Matrix(rows: h, cols: d, values: Wx) : nil,
            wh: given.contains("Wh") ? Matrix(rows: h, cols: h, values: Wh) : nil,
            b: given.contains("b") ? b : nil,
            h0: h0_given ? h0 : nil,
            weightInit: normal_scale.map { .normal(scale: $0) } ?? .uniform)
    }
}

enum Fixtures {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    static var random: [RandomFixture] { get throws { try load("random", as: [RandomFixture].self) } }
    static var forward: [ForwardFixture] { get throws { try load("forward", as: [ForwardFixture].self) } }
}

/// |a − b| ≤ tol·max(1, |b|) for every element.
func close(_ a: [Double], _ b: [Double], tol: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * max(1, abs($1)) }
}

extension RandomFixture: CustomTestStringConvertible {
    var testDescription: String { "seed \(seed)" }
}

extension ForwardFixture: CustomTestStringConvertible {
    var testDescription: String { name }
}
