/// Who received the dossier from a step: one unit nearly always, several after a fork. The first
/// is held inline, so the common visit allocates no array (a case records about ten visits, and
/// an array each was the interpreter's most frequent allocation). Reads, compares and encodes
/// as an array of ids.
public struct Receivers: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable, Codable {
    private var first: Name?
    private var rest: [Name] = []

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == Name {
        for id in ids { append(id) }
    }

    public init(arrayLiteral ids: Name...) {
        self.init(ids)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { first == nil ? 0 : 1 + rest.count }

    public subscript(position: Int) -> Name {
        precondition(position >= 0 && position < endIndex, "Receivers index out of range")
        return position == 0 ? first! : rest[position - 1]
    }

    public mutating func append(_ id: Name) {
        if first == nil { first = id } else { rest.append(id) }
    }

    /// Whether `id` is among the receivers, without building an array.
    public func contains(_ id: Name) -> Bool {
        first == id || rest.contains(id)
    }

    public static func == (a: Receivers, b: Receivers) -> Bool {
        a.first == b.first && a.rest == b.rest
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Name].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Array(self))
    }
}
