import Diagnostics

/// `tthc new procedure` writes "TODO …" where the published data goes. Such a file passes
/// `tthc check` (so that staff can fill it in and check it as they go), but it is not finished:
/// a name or a dossier component still reading "TODO" must not reach the published catalog, so
/// the linter CI runs refuses it.
public struct PlaceholderTextRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "placeholder-text",
        category: .text, severity: .error,
        triggering: [
            .procedure(changing: ["name": #"↓"TODO Tên thủ tục""#, "result": #"↓"Giấy chứng nhận (FIXME số mẫu)""#])
        ],
        nonTriggering: [
            .procedure(),
            // Only the words themselves, in capitals: not inside another word.
            .procedure(changing: ["result": "Giấy chứng nhận TODOS, bản điện tử todo"]),
        ])

    /// The words a skeleton or an editor leaves where text is still to come.
    static let markers: [[UInt8]] = ["TODO", "FIXME"].map { Array($0.utf8) }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for scalar in file.scalars where Self.holdsPlaceholder(scalar.text) {
                findings.append(
                    context.finding(
                        LintMessage.placeholderLeft(key: scalar.key, text: scalar.text),
                        at: scalar.range))
            }
        }
        return findings
    }

    /// Whether `text` has a marker as a word of its own (no ASCII letter, digit or underscore
    /// touching it): "TODOS" is not one.
    static func holdsPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isWordByte(_ i: Int) -> Bool {
                guard i >= 0, i < bytes.count else { return false }
                let b = bytes[i]
                return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
            }
            // Both markers start with a capital no lower-case text needs: most values are passed
            // on a byte compare each.
            for i in bytes.indices where bytes[i] == 0x54 || bytes[i] == 0x46 {
                for marker in markers where marker[0] == bytes[i] && i + marker.count <= bytes.count {
                    guard !isWordByte(i - 1), !isWordByte(i + marker.count) else { continue }
                    if zip(marker, bytes[i..<(i + marker.count)]).allSatisfy({ $0 == $1 }) { return true }
                }
            }
            return false
        }
    }
}
