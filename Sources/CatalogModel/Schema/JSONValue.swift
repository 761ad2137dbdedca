import Diagnostics

/// A JSON document with object keys in the order they were written, rendered the same way every
/// time (two-space indent, arrays of scalars on one line), so generated files diff cleanly.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Equatable {
        public let key: String
        public let value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key` in an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text, ending with a line break.
    public func rendered() -> String {
        var out = ""
        render(into: &out, indent: "")
        return out + "\n"
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func render(into out: inout String, indent: String) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .integer(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            // Scalars on one line, and no items as `[]`.
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.render(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            Self.renderLines(items, "[", "]", into: &out, indent: indent) { item, out, inner in
                item.render(into: &out, indent: inner)
            }
        case .object(let members):
            Self.renderLines(members, "{", "}", into: &out, indent: indent) { member, out, inner in
                Self.quote(member.key, into: &out)
                out += ": "
                member.value.render(into: &out, indent: inner)
            }
        }
    }

    /// `elements` one a line between `open` and `close`, indented a step further (`{}` when none).
    private static func renderLines<Element>(
        _ elements: [Element], _ open: String, _ close: String, into out: inout String, indent: String,
        _ render: (Element, inout String, _ inner: String) -> Void
    ) {
        guard !elements.isEmpty else {
            out += open + close
            return
        }
        out += open + "\n"
        let inner = indent + "  "
        for (i, element) in elements.enumerated() {
            out += inner
            render(element, &out, inner)
            out += i + 1 < elements.count ? ",\n" : "\n"
        }
        out += indent + close
    }

    private static func quote(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        JSONStringLiteral.append(text, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
