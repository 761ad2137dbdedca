import Foundation

/// An identifier of the catalog as a case uses it — a step, a unit or role, a fact, an outcome —
/// interned: a small number that stands for its text, the same number for the same text in the
/// whole process.
///
/// Cases copy, compare and store these ids on every event. As strings, each copy of a token, a
/// visit or an event retained every id it held (an atomic operation per id, most of them longer
/// than Swift's 15-byte inline strings), and each comparison compared bytes; as names they are
/// plain integers. The text is looked up only where people read it (reports, messages, the
/// store's columns). Names are never freed: only identifiers belong here, not free text (reasons,
/// notes) nor case ids, which grow without bound.
public struct Name: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    package let number: UInt32

    public init(_ text: String) {
        number = NameTable.shared.number(for: text)
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var text: String { NameTable.shared.text(number) }
    public var description: String { text }

    /// By text, as the strings compared before: facts are kept sorted this way.
    public static func < (a: Name, b: Name) -> Bool {
        a.number != b.number && a.text < b.text
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension Name {
    /// The applicant's side of a case (a supplement, a payment, a withdrawal).
    package static let applicant = Name(UnitDirectory.applicant)
}

/// The process's interned texts. Reads and writes take a lock: names are made when an artifact
/// is loaded and when a request is parsed, and read back as text only for people, never on the
/// interpreter's hot path.
package final class NameTable: @unchecked Sendable {
    package static let shared = NameTable()

    private let lock = NSLock()
    private var numbers: [String: UInt32] = [:]
    private var texts: [String] = []

    package func number(for text: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[text] { return known }
        let number = UInt32(texts.count)
        texts.append(text)
        numbers[text] = number
        return number
    }

    /// How many names there are: every name's number is below it.
    var count: UInt32 {
        lock.lock()
        defer { lock.unlock() }
        return UInt32(texts.count)
    }

    /// The UTF-8 bytes of a name's text, in place (no copy of the string).
    package func withUTF8<R>(_ number: UInt32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try texts[Int(number)].utf8.withContiguousStorageIfAvailable(body)
            ?? Array(texts[Int(number)].utf8).withUnsafeBufferPointer(body)
    }

    package func text(_ number: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return texts[Int(number)]
    }
}
