/// A value that JSON and the stores write as its text (`2026-02-13`, `15:00`): decoded by
/// `init(parsing:)`, so a malformed one is refused as on the command line, and encoded as `description`.
public protocol WrittenAsText: Codable, CustomStringConvertible {
    init(parsing text: String) throws
}

extension WrittenAsText {
    public init(from decoder: any Decoder) throws {
        try self.init(parsing: decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
