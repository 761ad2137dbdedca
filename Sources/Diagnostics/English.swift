/// Grammar that only the English side of a message needs.
public enum English {
    /// "1 day", "3 days": a count and its noun, which takes -s unless the count is one. (A
    /// Vietnamese noun does not change with the count.)
    public static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
