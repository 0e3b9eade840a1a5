import Foundation
import RNNCore
import Testing

/// A what-if case from numpy: the chapter's step with edited arrays, per activation.
struct WhatIfFixture: Decodable, CustomStringConvertible {
    let activation: String
    let keys: String
    let timesteps: Int
    let input_dim: Int
    let hidden_units: Int
    let inputs: [Double]
    let Wx: [Double]
    let Wh: [Double]
    let b: [Double]
    let h0: [Double]
    let preactivations: [Double]
    let states: [Double]
    var description: String { activation }

    /// The edited arrays as parameters.
    func parameters() throws -> RNNParameters {
        let t = timesteps, d = input_dim, h = hidden_units
        return try RNNParameters(inputs: Matrix(rows: t, cols: d, values: inputs), wx: Matrix(rows: h, cols: d, values: Wx),
                                 wh: Matrix(rows: h, cols: h, values: Wh), b: b, h0: h0)
    }
}

@Suite struct ActivationTests {
    static var cases: [WhatIfFixture] { get throws { try Fixtures.load("whatif", as: [WhatIfFixture].self) } }

    @Test(arguments: try cases)
    func editedRunsMatchNumpyForEveryActivation(_ f: WhatIfFixture) throws {
        let activation = try #require(Activation(rawValue: f.activation))
        let run = RNNRun(try f.parameters(), activation: activation).completed()
        #expect(close(run.preactivations.values, f.preactivations), "\(f.activation)")
        #expect(close(run.states.values, f.states), "\(f.activation)")
    }

    @Test func theFixturesCoverEveryActivation() throws {
        #expect(Set(try Self.cases.map(\.activation)) == Set(Activation.allCases.map(\.rawValue)))
    }

    @Test func reluAndIdentity() {
        #expect(Activation.relu.apply(-0.5) == 0 && Activation.relu.apply(0.5) == 0.5)
        #expect(Activation.identity.apply(-0.5) == -0.5)
        #expect(Activation.tanh.next == .relu && Activation.relu.next == .identity && Activation.identity.next == .tanh)
    }

    /// Every unit's products sum to its partial sums, and with b to z_t (drill-down's arithmetic).
    @Test(arguments: try Fixtures.forward)
    func unitTermsSumToThePreactivation(_ f: ForwardFixture) throws {
        let run = try RNNRun(spec: f.spec).completed()
        for t in 1...run.timesteps {
            for i in 0..<run.hiddenUnits {
                let u = run.terms(at: t, unit: i)
                #expect(u.inputProducts.count == run.inputDim && u.recurrentProducts.count == run.hiddenUnits)
                let wx = u.inputProducts.reduce(0, +), wh = u.recurrentProducts.reduce(0, +)
                #expect(abs(wx - u.inputSum) <= 1e-12 * max(1, abs(wx)), "\(f.name) t \(t) unit \(i)")
                #expect(abs(wh - u.recurrentSum) <= 1e-12 * max(1, abs(wh)), "\(f.name) t \(t) unit \(i)")
                #expect(abs((wx + wh) + u.bias - u.preactivation) <= 1e-12 * max(1, abs(u.preactivation)))
                #expect(u.preactivation == f.preactivations[(t - 1) * run.hiddenUnits + i] || abs(u.preactivation - f.preactivations[(t - 1) * run.hiddenUnits + i]) <= 1e-12)
                #expect(u.state == tanh(u.preactivation))
            }
        }
    }
}
