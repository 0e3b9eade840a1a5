import Foundation
import Testing
@testable import Lessons
import Yams

/// `ResolverChoice.compose` gives the tree `Yams.compose` (default resolver) gives: the same
/// nodes, and the same tags on every scalar after composing (keys are resolved in place).
struct ResolverChoiceTests {
    /// Every scalar's text, style and tag as composed, in document order. The tags of the keys of
    /// a `callouts` map are left out: the parser reads those keys by their text alone, which is
    /// why `ResolverChoice` lets them differ (`0` is `int` under the default resolver).
    private func scalars(_ node: Node?, textKeys: Bool = false) -> [String] {
        guard let node else { return ["<empty>"] }
        switch node {
        case .scalar(let s): return ["\(s.string)|\(s.style)|" + (textKeys ? "(read by text)" : s.tag.rawValue)]
        case .alias: return ["<alias>"]
        case .sequence(let seq): return ["["] + seq.flatMap { scalars($0) } + ["]"]
        case .mapping(let map):
            return ["{"] + map.flatMap {
                scalars($0.key, textKeys: textKeys)
                    + scalars($0.value, textKeys: $0.key.scalar?.string == "callouts" && $0.key.scalar?.style == .plain)
            } + ["}"]
        }
    }

    private func outcome(_ compose: () throws -> Node?) -> [String] {
        do { return scalars(try compose()) } catch { return ["error: \(error)"] }
    }

    @Test(arguments: [
        "title: A\nsteps:\n  - text: hi\n",
        "title: {ko: 가, en: A}\nsteps: [{rnn: {timesteps: 3, input_dim: 2, hidden_units: 3, callouts: {0: a, 3: b}}}]\n",
        "callouts: {3: a, \"3\": b}\n",
        "callouts: {3: a, 3: b}\n",
        "{3: a, \"3\": b}\n",
        "yes: 1\nno: 2\n~: 3\nnull: 4\n",
        "\"title\": x\n'steps': []\n",
        "1.5: a\n-1: b\n.inf: c\n2001-12-14: d\n",
        "<<: {a: 1}\n=: 2\n",
        "!!str 3: a\n3: b\n",
        "!!int 3: a\n3: b\n",
        "text: \"Wow!\"\nx: 1\n",
        "? [1, 2]\n: a\n",
        "? {a: 1}\n: b\n",
        "title: x\ntitle: y\n",
        "",
        "- a\n- {b: 1, 2: c}\n",
    ])
    func sameTreeAsTheDefaultResolver(text: String) {
        let chosen = outcome { try ResolverChoice.compose(text) }
        let reference = outcome { try Yams.compose(yaml: text) }
        #expect(chosen == reference)
    }

    @Test func plainKeysTheDefaultResolverMakesStrings() {
        for text in ["title", "hidden_units", "Wx", "h0", "a-b", "_x", "없음"] {
            #expect(ResolverChoice.plainKeyIsString(text), "\(text)")
        }
        for text in ["", "~", "null", "yes", "Off", "3", "-1", "+2", ".5", ".inf", "<<", "=", "2001-01-01"] {
            #expect(!ResolverChoice.plainKeyIsString(text), "\(text)")
        }
    }
}
