/// An upper bound on how deeply the lists and maps of a YAML text can nest, from its bytes alone.
///
/// Every list or map a YAML composer opens is opened by an indicator of its own in the text: `[`
/// or `{` for flow collections, `-` for a block list, `?` or `:` for a block map or a one-pair map
/// in a flow list. A path from the root never enters one collection of the text twice (an alias
/// can only name a collection already complete, never one still open around it), so the count of
/// those bytes bounds the nesting, aliases or not. It is loose (every `:` and `-` in prose counts)
/// but never too small, which is what deciding the stack needs.
public enum NestingBound {
    /// The number of `[`, `{`, `-`, `?` and `:` bytes in `text`, plus one.
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 1
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    count += 1
                default:
                    continue
                }
            }
            return count
        }
    }
}
