/// Counts written with the right noun form: "1 row", "2 rows", "1 lesson".
public enum Plural {
    /// `"\(count) \(singular)"` for 1, else with `plural` (default: `singular` + "s").
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
