/// A JSON string written by hand, where an encoder is too slow (`tthc deadline --batch`) or the
/// layout is our own (the schemas): `"` and `\` escaped, newline, return and tab as `\n`, `\r` and
/// `\t`, other control characters as `\u00XX`, everything else as its UTF-8. (The case store's
/// events are written as `JSONEncoder` writes them, `/` escaped too: `EventJSON.string`.)
public enum JSONStringLiteral {
    /// Inlinable: the batch writes every field of every row through it.
    @inlinable
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { b in
            for c in b {
                switch c {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(c)
                case UInt8(ascii: "\n"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(UInt8(ascii: "t"))
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: Array("\\u00".utf8))
                    bytes.append(hex[Int(c >> 4)])
                    bytes.append(hex[Int(c & 15)])
                default: bytes.append(c)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
