/// Counts a lesson's YAML values (scalars, lists and maps, keys included) in the source text,
/// before Yams composes a node tree, and finds where the value past a limit (the lesson format's `LessonLimits.maxValues`) starts.
///
/// Yams keeps every value as a node of a few hundred bytes, so a 10 MB file of `0,0,0,…` would
/// take over a gigabyte to compose; this pass reads the bytes once in constant memory. It uses no
/// libyaml: Yams' public API has no event parser (its `CYaml` module is not exported), so the pass
/// follows YAML's block and flow structure itself and places each value where libyaml's parser
/// starts the matching event (a block map at its first key, a block list at its first `-`, an empty
/// value just after its `:` or `-`, or at the `,`/`}` that ends it in a flow collection). Files with
/// syntax errors are counted as far as they make sense; `Yams.compose` reports the error itself.
public enum ValueScanner {
    /// Where the value past `limit` starts (1-based line and column, in Unicode scalars), or nil
    /// when the file holds at most `limit` values.
    public static func firstValuePastLimit(in text: String, limit: Int) -> (line: Int, column: Int)? {
        var count = 0
        var found: (line: Int, column: Int)?
        scan(text) { line, column in
            count += 1
            guard count > limit else { return true }
            found = (line, column)
            return false
        }
        return found
    }

    /// Calls `value` with the position of every value in file order, until it returns false.
    public static func scan(_ text: String, value: (Int, Int) -> Bool) {
        var text = text
        withoutActuallyEscaping(value) { value in
            text.withUTF8 { bytes in
                var scanner = ValueScan(bytes: bytes, emit: value)
                scanner.run()
            }
        }
    }
}
