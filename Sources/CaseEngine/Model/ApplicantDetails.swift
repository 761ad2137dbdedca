/// Who the applicant is, for the letters a case sends: name, address and contact (a telephone
/// number or an e-mail address). Personal data under Decree 13/2023/NĐ-CP: kept only in the case
/// store's `applicants` table, apart from the event log, so it can be shown, redacted or erased
/// without touching the history; never written to logs, simulation reports or exports unless asked.
public struct ApplicantDetails: Sendable, Codable, Equatable {
    public var name: String
    public var address: String?
    public var contact: String?

    /// Longest accepted values, in characters: a name and a contact fit on a line of a form,
    /// an address on two.
    public static let limits = (name: 100, address: 250, contact: 100)

    /// Checks each value; an error says which one and why, in English and Vietnamese.
    public init(name: String, address: String? = nil, contact: String? = nil) throws(CaseError) {
        self.name = try Self.checked(name, "--applicant-name", "họ tên người nộp", limit: Self.limits.name)
        self.address = try address.map { v throws(CaseError) in
            try Self.checked(v, "--applicant-address", "địa chỉ", limit: Self.limits.address)
        }
        self.contact = try contact.map { v throws(CaseError) in
            try Self.checked(v, "--applicant-contact", "thông tin liên hệ", limit: Self.limits.contact)
        }
    }

    /// Trimmed; refused when blank, too long, or holding a control or bidirectional-override character
    /// (they would break the lines of a form or reorder what it shows).
    static func checked(_ value: String, _ option: String, _ vi: String, limit: Int) throws(CaseError) -> String {
        let trimmed = value.trimmingWhitespace()
        if trimmed.isEmpty {
            throw .usage(.emptyDetail(option: option, what: String(option.dropFirst("--applicant-".count)), whatVi: vi))
        }
        if trimmed.count > limit {
            throw .usage(.detailTooLong(option: option, whatVi: vi, length: trimmed.count, limit: limit))
        }
        if trimmed.unicodeScalars.contains(where: Self.isForbidden) {
            throw .usage(.detailControlCharacter(option: option, whatVi: vi))
        }
        return trimmed
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .control || (0x202A...0x202E).contains(s.value)
            || (0x2066...0x2069).contains(s.value)
            || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C
    }

    /// What `--redact` shows instead.
    public static let redactedMark = "[đã ẩn / redacted]"
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
