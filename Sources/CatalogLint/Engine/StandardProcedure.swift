/// The commune procedure that rule examples start from, so that an example states only the lines
/// it is about (`.procedure(changing: ["online_service": "↓full"])`) instead of a whole file.
enum StandardProcedure {
    /// Key and value of each top-level line, in the catalog's key order.
    static let lines: [(key: String, value: String)] = [
        ("code", "1.000001"),
        ("name", "Chứng thực bản sao từ bản chính"),
        ("name_en", "Certified copy from the original"),
        ("field", "ho-tich"),
        ("level", "commune"),
        ("authority", "commune.chairman"),
        ("channels", "[in-person, online]"),
        ("online_service", "full"),
        ("deadline", #"{ text: "03 ngày làm việc", value: 3 working days }"#),
        ("result", "Bản sao có chứng thực"),
        ("legal_basis", "[nd-118-2025]"),
        ("effective", "2025-07-01"),
        ("provenance", "{ kind: synthetic }"),
        (
            "workflow",
            "{ template: commune-same-day, with: { reviewer: commune.justice-officer, signer: commune.chairman } }"
        ),
    ]

    /// Where a key the standard lacks goes: the order of a procedure's keys in docs/catalog-format.md.
    static let keyOrder = [
        "code", "name", "name_en", "field", "level", "inter_level", "authority", "implemented_by", "coordinating",
        "applicants",
        "channels", "online_service", "deadline", "conditions", "fees", "dossier", "result", "result_en", "legal_basis",
        "announced_by", "effective", "expires", "versions", "provenance", "workflow",
    ]

    /// The standard text with `changes` made, each set in order: a value replaces the key's value
    /// (or adds the key in its place), nil drops the line. A value of several lines, or indented, is
    /// a block: it goes under `key:`, its lines indented as written.
    /// `comments`: a comment line to put before a key's line (a suppression, say).
    /// `marking`: a key whose line starts with the marker `↓`.
    static func text(
        changing changes: [KeyValuePairs<String, String?>], comments: [String: String] = [:],
        marking: String? = nil
    ) -> String {
        var values = Dictionary(uniqueKeysWithValues: lines.map { ($0.key, Optional($0.value)) })
        for (key, value) in changes.joined() {
            precondition(keyOrder.contains(key), "StandardProcedure: unknown key \(key)")
            values[key] = value
        }
        return keyOrder.compactMap { key in
            values[key].flatMap { $0 }.map { value in
                let name = key == marking ? "\(RuleExample.marker)\(key)" : key
                let block = value.contains("\n") || value.hasPrefix(" ")
                return (comments[key].map { $0 + "\n" } ?? "") + (block ? "\(name):\n\(value)" : "\(name): \(value)")
            }
        }.joined(separator: "\n")
    }
}

extension StandardProcedure {
    /// A procedure filed in person only (most examples: the standard one is also online).
    static let inPerson: KeyValuePairs<String, String?> = ["channels": "[in-person]", "online_service": "none"]
}
