import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// Deep and bidirectional rnn steps: stepping cell by cell in Keras's order, the numbers on screen
/// are the engine's, the other rnn keys explain themselves, fitting 80×24, and snapshots.
@Suite struct StackViewTests {
    static let pos = SourcePosition(line: 1, column: 1)

    static func spec(layers: Int, direction: RNNDirection, h: Int = 3) -> RNNSpec {
        var spec = RNNSpec(timesteps: 4, inputDim: 2, hiddenUnits: h, seed: 5, weightInit: .normal(scale: 0.8))
        spec.layers = layers
        spec.direction = direction
        return spec
    }

    static func state(_ spec: RNNSpec, keys: [Key], size: Size = Size(width: 80, height: 24),
                      language: Language = .en, mode: ColorMode = .none) -> PlayerState {
        let deck = [Lesson(path: "s.yaml", title: LocalizedText("Stack"), steps: [
            Step(kind: .rnn(spec), position: pos),
            Step(kind: .text(LocalizedText("after")), position: pos),
        ])]
        var s = PlayerState(deck: deck, language: language, size: size, colorMode: mode)
        Player.update(&s, keys: keys)
        return s
    }

    static func rights(_ n: Int) -> [Key] { Array(repeating: .right, count: n) }

    @Test func everyCellIsOnePositionInKerasOrder() throws {
        let s = Self.state(Self.spec(layers: 2, direction: .bidirectional), keys: Self.rights(6))
        #expect(s.timestepCount == 16)
        let c = try #require(s.stacks[s.stepID])
        // Layer 1 forward t = 1…4, then layer 1 backward t = 4…1, then layer 2.
        let order = (1...16).compactMap { c.place($0) }.map { "\(c.stack.passes[$0.pass].layer)\(c.stack.passes[$0.pass].direction.rawValue.prefix(1))\($0.t)" }
        #expect(order == ["1f1", "1f2", "1f3", "1f4", "1b4", "1b3", "1b2", "1b1", "2f1", "2f2", "2f3", "2f4", "2b4", "2b3", "2b2", "2b1"])
        #expect(Player.view(s).lines[0].contains("layer 1 ← t = 3 · 6/16"))
        // The out row needs both passes of the top layer.
        #expect(!c.isOutputReady(layer: 2, t: 4, at: 12) && c.isOutputReady(layer: 2, t: 4, at: 13))
    }

    @Test func theScreenShowsTheEnginesNumbersAndShapes() throws {
        let s = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6))
        let stack = try RNNStack(spec: Self.spec(layers: 2, direction: .forward))
        // Position 6: layer 2, t = 2; its x_2 is layer 1's h_2.
        let pass = stack.passes[1]
        let record = pass.record(atTimestep: 2)
        #expect(record.x == stack.passes[0].state(at: 2))
        let text = Player.view(s).text
        for value in record.x + record.h + record.preactivation {
            #expect(text.contains(NumberFormat.compact(value, width: 5, maxDecimals: 2)), "\(value)")
        }
        #expect(text.contains("layer 2 → Wx (3, 3)") && text.contains("layer 1 → Wx (3, 2)"))
        #expect(text.contains("x_t = layer 1's h_t (3,)"))
        #expect(text.contains("return_sequences=True  → (4, 3)") && text.contains("return_sequences=False → (3,) h_4"))
    }

    @Test func bidirectionalReturnsAreSaid() {
        let start = Player.view(Self.state(Self.spec(layers: 1, direction: .bidirectional), keys: [])).text
        #expect(start.contains("return_sequences=True  → (4, 6) [h→_t; h←_t], t = 1…4 · 0 of 4 ready"))
        #expect(start.contains("return_sequences=False → (6,) [h→_4; h←_1] · only when the top layer ends"))
        let end = Player.view(Self.state(Self.spec(layers: 1, direction: .bidirectional), keys: [.end])).text
        #expect(end.contains("4 of 4 ready") && end.contains("[h→_4; h←_1] · ready"))
        let ko = Player.view(Self.state(Self.spec(layers: 1, direction: .backward), keys: [.right], language: .ko)).text
        #expect(ko.contains("1층 ←") && ko.contains("return_sequences=False → (3,) h_1"))
    }

    @Test func backwardAndTrajectoriesSayTheyWorkOnSingleLayerForwardSteps() {
        for key in [Key.char("b"), .char("v")] {
            let s = Self.state(Self.spec(layers: 2, direction: .forward), keys: [.right, key])
            #expect(s.inspect == nil && s.backwardTimestep == nil && !s.trajectories)
            #expect(s.notice?.contains("works on single-layer forward rnn steps") == true, "\(key)")
            #expect(s.timestep == 1)
        }
    }

    @Test func everyPositionFits80x24InBothLanguages() {
        for spec in [Self.spec(layers: 2, direction: .forward), Self.spec(layers: 1, direction: .bidirectional),
                     Self.spec(layers: 2, direction: .bidirectional, h: 2)] {
            for language in [Language.en, .ko] {
                for position in 0...spec.stepPositions {
                    let screen = Player.render(Self.state(spec, keys: Self.rights(position), language: language, mode: .ansi256))
                    #expect(screen.facts.contentHeight <= screen.facts.visibleHeight, "\(spec.layers) \(spec.direction) at \(position)")
                    #expect(screen.frame.lines.contains { $0.hasPrefix(" return_sequences=False") })
                }
            }
        }
    }

    @Test func asciiTerminalsGetAsciiOnly() {
        var s = Self.state(Self.spec(layers: 1, direction: .bidirectional), keys: Self.rights(5))
        s.ascii = true
        #expect(Player.view(s).lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func aSingleLayerForwardStepIsNotAStack() {
        let s = Self.state(RNNSpec(timesteps: 4, inputDim: 2, hiddenUnits: 3), keys: Self.rights(2))
        #expect(s.stacks.isEmpty && s.computation != nil && s.timestepCount == 4)
    }

    @Test(arguments: [Language.en, .ko])
    func snapshotsAtAMiddleTimestep(_ language: Language) {
        let size = Size(width: 80, height: 24)
        // The deep step at layer 2, t = 2 (position 6 of 8); the bidirectional one in its backward pass at t = 3 (6 of 8).
        let deep = Self.state(Self.spec(layers: 2, direction: .forward), keys: Self.rights(6), size: size, language: language, mode: .ansi256)
        assertSnapshot(Player.view(deep), named: "stack-deep-p6-\(language.rawValue)-80x24")
        let bi = Self.state(Self.spec(layers: 1, direction: .bidirectional), keys: Self.rights(6), size: size, language: language, mode: .ansi256)
        assertSnapshot(Player.view(bi), named: "stack-bi-p6-\(language.rawValue)-80x24")
    }
}
