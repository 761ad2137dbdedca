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
    /// Lower-casing Vietnamese text is slow, and almost no text names a district: every phrase
    /// holds "huy" or "district", and only their own letters lower-case to ASCII h, u, y, d, i, s,
    /// t, r, c, so a text without either, in any case, is passed on its bytes.
    static func mentionsDistrict(_ text: String) -> Bool {
        // Read in place (a String's bytes are contiguous), one pass for both words.
        let candidate =
            text.utf8.withContiguousStorageIfAvailable(mayMentionDistrict) ?? mayMentionDistrict(Array(text.utf8))
        guard candidate else { return false }
        let lower = Array(text.lowercased().utf8)
        return phrases.contains { lower.containsSubsequence($0) }
    }

    /// Whether "huy" or "district" occurs, each byte matched in either case.
    private static func mayMentionDistrict(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let rest = bytes[i...]
            switch bytes[i] | 0x20 {
            case UInt8(ascii: "h") where rest.startsWithASCIICaseInsensitive(huy): return true
            case UInt8(ascii: "d") where rest.startsWithASCIICaseInsensitive(district): return true
            default: break
            }
            i = bytes.index(after: i)
        }
        return false
    }

    private static let huy = Array("huy".utf8)
    private static let district = Array("district".utf8)

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
        let texts: [Located<String>] =
            [procedure.name, procedure.result, procedure.deadline.text] + (procedure.nameEn.map { [$0] } ?? [])
        return texts.filter { mentionsDistrict($0.value) }.map { text in
            Diagnostic(
                .districtReference,
                CompilerMessage.districtText,
                at: text.range, severity: .warning)
        }
    }
}

extension Collection<UInt8> {
    /// Whether the bytes start with `needle` (lower-case ASCII letters), each matched in either case.
    func startsWithASCIICaseInsensitive(_ needle: [UInt8]) -> Bool {
        var i = startIndex
        for expected in needle {
            guard i != endIndex, self[i] | 0x20 == expected else { return false }
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
