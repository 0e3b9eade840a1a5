/// The limits a lesson file must stay within; each one has its own diagnostic that names it.
///
/// They keep a hostile or mistaken file from using unbounded memory or time:
/// - `maxFileBytes` (10,000,000): checked before the file is parsed.
/// - `maxTimesteps` (10,000), `maxInputDim` (4,096), `maxHiddenUnits` (4,096): sizes of an `rnn` step.
/// - `maxRNNNumbers` (20,000,000): the numbers one `rnn` step holds,
///   `T·D + H·D + H·H + 2·H + 2·T·H` (inputs, Wx, Wh, b, h0, preactivations and states).
///   T 1000, D 512, H 1024 needs 4,134,912.
/// - `maxSteps` (1,000) steps per lesson; `maxLayers` (100) layers per model.
/// - `maxLayerSize` (1,000,000): `units`, `input_dim`, `output_dim` of a layer and each input size,
///   small enough that no parameter count overflows `Int`.
/// - `maxInputRank` (8): entries of `shape` (or `batch_shape` without its batch entry).
/// - `maxTextLength` (100,000 characters) per string.
/// - `maxDepth` (64): nesting of lists and maps.
/// - `maxValues` (1,000,000): YAML values (scalars, lists and maps) in one file, counted before the
///   node tree is built; it bounds the memory a file within `maxFileBytes` can take (a 10 MB file of
///   `0,0,0,…` holds 5,000,000 values, about 1.4 GB as a node tree). 1000×512 numbers fit.
public enum LessonLimits {
    /// Largest lesson file, in bytes.
    public static let maxFileBytes = 10_000_000
    /// Largest `timesteps` of an `rnn` step.
    public static let maxTimesteps = 10_000
    /// Largest `input_dim` of an `rnn` step.
    public static let maxInputDim = 4_096
    /// Largest `hidden_units` of an `rnn` step.
    public static let maxHiddenUnits = 4_096
    /// Most numbers one `rnn` step holds: `T·D + H·D + H·H + 2·H + 2·T·H`.
    public static let maxRNNNumbers = 20_000_000
    /// Most steps in one lesson.
    public static let maxSteps = 1_000
    /// Most layers in one `summary` model (a `Bidirectional` counts once).
    public static let maxLayers = 100
    /// Largest `units`, `input_dim`, `output_dim` of a layer, and largest input size.
    public static let maxLayerSize = 1_000_000
    /// Most entries in an input `shape` (not counting the batch entry of `batch_shape`).
    public static let maxInputRank = 8
    /// Longest string, in characters.
    public static let maxTextLength = 100_000
    /// Deepest nesting of lists and maps (the top-level map is depth 1).
    public static let maxDepth = 64
    /// Most YAML values (scalars, lists and maps, keys included) in one file.
    public static let maxValues = 1_000_000

    /// The numbers an `lstm` (`gates` 4) or `gru` (3) step of these sizes holds, or nil on overflow:
    /// the rnn count with every H-sized term counted once per gate, `T·D + G·(H·D + H·H + 2·H + 2·T·H)`
    /// (a gru with `reset_after` keeps a second bias, within the 2·H term). Limited by `maxRNNNumbers`.
    public static func gatedNumbers(timesteps t: Int, inputDim d: Int, hiddenUnits h: Int, gates: Int) -> Int? {
        guard let rnn = rnnNumbers(timesteps: t, inputDim: d, hiddenUnits: h) else { return nil }
        let (inputs, o0) = t.multipliedReportingOverflow(by: d)
        let (scaled, o1) = (rnn - inputs).multipliedReportingOverflow(by: gates)
        let (total, o2) = scaled.addingReportingOverflow(inputs)
        return o0 || o1 || o2 ? nil : total
    }

    /// The numbers an `rnn` step of these sizes holds, or nil when the product overflows `Int`.
    public static func rnnNumbers(timesteps t: Int, inputDim d: Int, hiddenUnits h: Int) -> Int? {
        let terms: [(Int, Int)] = [(t, d), (h, d), (h, h), (2, h), (t, h), (t, h)]
        var total = 0
        for (a, b) in terms {
            let (product, o1) = a.multipliedReportingOverflow(by: b)
            let (sum, o2) = total.addingReportingOverflow(product)
            if o1 || o2 { return nil }
            total = sum
        }
        return total
    }
}
