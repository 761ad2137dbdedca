import CaseEngine
import Foundation

/// An event's JSON body as a store row keeps it, written directly: the text `JSONEncoder` with
/// sorted keys writes for a `CaseEvent` (the same keys in the same order, the same escapes), at a
/// fraction of its cost, which was a twentieth of the server's CPU per write. Only an opening, an
/// object of its own and one per case, still goes through `JSONEncoder`.
package enum EventJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    package static func bytes(_ event: CaseEvent) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        var first = true
        func key(_ name: StaticString) {
            out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            out.append(contentsOf: "\":".utf8)
        }
        func text(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            string(value, into: &out)
        }
        // Sorted, as `.sortedKeys` orders them.
        text("actor", event.actor?.text)
        if let amount = event.amount {
            key("amount")
            out.append(contentsOf: String(amount).utf8)
        }
        text("artifact", event.artifact)
        text("at", event.at.isoText)
        text("child", event.child)
        text("due", event.due?.isoText)
        text("fact", event.fact?.text)
        text("kind", event.kind.rawValue)
        if let opening = event.opening {
            key("opening")
            out.append(contentsOf: try encoder.encode(opening))
        }
        text("outcome", event.outcome?.text)
        text("reason", event.reason)
        text("step", event.step?.text)
        text("target", event.target?.text)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// A JSON string as `JSONEncoder` writes it: `"`, `\` and `/` escaped, the control characters as
    /// `\b`, `\t`, `\n`, `\f`, `\r` or `\u00XX`, everything else as its UTF-8.
    static func string(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
