/// A procedure's `with:` arguments to its template, in the order written. A handful each
/// (a reviewer, a signer, a few durations): found by a scan of the names, which cost far less
/// than hashing every name into a table, for the thousands of procedures a catalog has. Names
/// and values are kept apart so that the scan reads names only.
public struct TemplateArguments: Sendable, Sequence {
    public private(set) var keys: [String] = []
    public private(set) var values: [Located<String>] = []

    public init() {}

    public var count: Int { keys.count }

    /// The argument named `key`.
    public subscript(key: String) -> Located<String>? { keys.firstIndex(of: key).map { values[$0] } }

    /// Gives `key` its value; one already given is replaced where it stands (a key written twice
    /// is reported by the reader; the later value is the one read).
    public mutating func set(_ key: String, to value: Located<String>) {
        if let at = keys.firstIndex(of: key) {
            values[at] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    public func makeIterator() -> Zip2Sequence<[String], [Located<String>]>.Iterator {
        zip(keys, values).makeIterator()
    }
}

extension TemplateArguments: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Located<String>)...) {
        self.init()
        for (key, value) in elements { set(key, to: value) }
    }
}
