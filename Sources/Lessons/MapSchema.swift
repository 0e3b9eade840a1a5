/// The keys one kind of lesson map accepts (an rnn step's arguments, a layer's, the top level, …):
/// the table the parser checks keys against and `rnnstep schema` prints.
///
/// A new step kind or layer is a new `MapSchema` in `LessonFormat` plus the code that builds its
/// value; a new key of an existing map is a new `KeySpec` row plus the line that reads it.
public struct MapSchema: Sendable {
    /// The name of its definition in the schema's `$defs` (`rnn`, `GRU`).
    public var name: String
    /// The map in unknown-key messages: `unknown key `x` in an rnn step`.
    public var what: String
    /// The map in missing-key messages: `the rnn step is missing `hidden_units``.
    public var owner: String
    /// One sentence for the schema's `description`.
    public var help: String
    /// The keys, in the order messages and the schema list them.
    public var keys: [KeySpec]
    /// True when the map holds exactly one of its keys (`input`: `shape` or `batch_shape`).
    public var exactlyOne: Bool
    /// Keys of an `exactlyOne` map that may stand beside its one key (a step's `notes`).
    public var alongside: [String]

    /// Creates a map's table.
    public init(_ name: String, what: String, owner: String, help: String, exactlyOne: Bool = false,
                alongside: [String] = [], keys: [KeySpec]) {
        self.name = name
        self.what = what
        self.owner = owner
        self.help = help
        self.exactlyOne = exactlyOne
        self.alongside = alongside
        self.keys = keys
    }

    /// The key names, in table order: the parser's allow-list.
    public var allowed: [String] { keys.map(\.name) }

    /// The keys of which an `exactlyOne` map holds exactly one (a step's kinds): `allowed` less `alongside`.
    public var choices: [String] { allowed.filter { !alongside.contains($0) } }

    /// The row of `name`. Asking for a key the table does not have is a programming error.
    public subscript(_ name: String) -> KeySpec {
        guard let spec = keys.first(where: { $0.name == name }) else {
            preconditionFailure("the \(self.name) table has no key \(name)")
        }
        return spec
    }

    /// The same map with more keys (a layer's arguments after the `name` every layer takes).
    func adding(_ more: [KeySpec]) -> MapSchema {
        var copy = self
        copy.keys += more
        return copy
    }
}
