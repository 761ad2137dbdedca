import CatalogModel
import Diagnostics

/// C006: nothing names the district level, abolished on 2025-07-01.
enum DistrictCheck {
    static let phrases: [[UInt8]] = [
        "cấp huyện", "ủy ban nhân dân huyện", "ubnd huyện", "uỷ ban nhân dân huyện", "district",
    ]
    .map { Array($0.utf8) }

    /// A byte search on the lower-cased text (the linter keeps text NFC): Foundation's `contains` is locale-aware and
    /// was the compiler's hottest path on the shipped catalog.
    ///
    /// Lower-casing Vietnamese text is slow (about 35,000 instructions a name), and almost no text
    /// names a district: every Vietnamese phrase holds "huyện" and the other is "district", so a
    /// text without "huyệ" or "district", in any case, is passed on its bytes. Only H, U, Y, Ệ, D,
    /// I, S, T, R, C and themselves lower-case to those letters (İ lower-cases to "i" and a
    /// combining dot, which no phrase holds), so no text that names a district is passed.
    static func mentionsDistrict(_ text: String) -> Bool {
        // Read in place (a String's bytes are contiguous), one pass for both words.
        let candidate =
            text.utf8.withContiguousStorageIfAvailable(mayMentionDistrict) ?? mayMentionDistrict(Array(text.utf8))
        guard candidate else { return false }
        let lower = Array(text.lowercased().utf8)
        return phrases.contains { lower.containsSubsequence($0) }
    }

    /// Whether "huyệ" or "district" occurs, each letter matched in either case.
    private static func mayMentionDistrict(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i != bytes.endIndex {
            // Most bytes start neither word: only an h or a d is looked at further.
            switch bytes[i] | 0x20 {
            case UInt8(ascii: "h") where bytes[i...].startsWithCaseInsensitive(huye): return true
            case UInt8(ascii: "d") where bytes[i...].startsWithCaseInsensitive(district): return true
            default: break
            }
            i = bytes.index(after: i)
        }
        return false
    }

    /// Each word as its lower-case bytes and, byte by byte, the bit that tells the cases apart:
    /// 0x20 in an ASCII letter; in "ệ" (E1 BB 87), whose capital is E1 BB 86, the last byte's 0x01.
    private static let huye = (bytes: Array("huyệ".utf8), caseBits: [0x20, 0x20, 0x20, 0, 0, 0x01] as [UInt8])
    private static let district = (bytes: Array("district".utf8), caseBits: [UInt8](repeating: 0x20, count: 8))

    static func units(_ catalog: Catalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for unit in catalog.units.values {
            let texts =
                [unit.id, unit.name, unit.nameEn ?? ""] + unit.roles.flatMap { [$0.id, $0.name, $0.nameEn ?? ""] }
            if texts.contains(where: mentionsDistrict) {
                diagnostics.append(
                    Diagnostic(
                        .districtReference,
                        CompilerMessage.districtUnit(id: unit.id),
                        at: unit.range))
            }
        }
        return diagnostics
    }

    static func procedure(_ procedure: Procedure) -> [Diagnostic] {
        // Each text read where it lies, in this order: an array of copies of them cost more than
        // the search of almost every one.
        var diagnostics: [Diagnostic] = []
        func search(_ text: Located<String>) {
            guard mentionsDistrict(text.value) else { return }
            diagnostics.append(
                Diagnostic(.districtReference, CompilerMessage.districtText, at: text.range, severity: .warning))
        }
        search(procedure.name)
        search(procedure.result)
        search(procedure.deadline.text)
        if let nameEn = procedure.nameEn { search(nameEn) }
        return diagnostics
    }
}

extension Collection<UInt8> {
    /// Whether the bytes start with `word` (lower-case bytes), each byte matched with or without its
    /// case bit (`caseBits`).
    func startsWithCaseInsensitive(_ word: (bytes: [UInt8], caseBits: [UInt8])) -> Bool {
        var i = startIndex
        for k in word.bytes.indices {
            guard i != endIndex, self[i] | word.caseBits[k] == word.bytes[k] else { return false }
            i = index(after: i)
        }
        return true
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count && self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
