import CatalogModel
import Foundation
import Mustache
import WorkCalendar

/// The annex of an announcing decision (quyết định công bố) drawn from a catalog diff, laid out as
/// provinces publish it: Part I new procedures, Part II amended or replaced, Part III abolished;
/// in each, provincial, commune and inter-level procedures, by field; for each, its code, name,
/// deadline, place of receipt, fees and legal basis. Also the list of documents the decision's
/// own text must cite. Rendered as printable HTML (A4, Vietnamese) and CSV (RFC 4180).
public struct DecisionAnnex: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var code: String
        public var name: String
        public var deadline: String
        public var place: String
        public var fees: [String]
        public var legalBasis: [String]
        /// Part II: what changed; Part III: where it was announced before.
        public var note: [String]
    }

    public struct FieldGroup: Sendable, Equatable {
        public var numeral: String
        public var name: String
        public var rows: [Row]
    }

    public struct LevelGroup: Sendable, Equatable {
        public var letter: String
        public var title: String
        public var fields: [FieldGroup]
    }

    public struct Part: Sendable, Equatable {
        public var numeral: String
        public var title: String
        public var kind: CatalogDiff.Status
        public var levels: [LevelGroup]
        public var count: Int
    }

    public struct Citation: Sendable, Equatable {
        /// Why the decision cites it.
        public var group: String
        public var text: String
    }

    public var jurisdiction: String
    public var decisionNumber: String
    public var decisionDate: String
    public var parts: [Part]
    public var citations: [Citation]

    /// `old` / `new`: the catalogs the diff was made from.
    public init(
        diff: CatalogDiff, old: Catalog, new: Catalog, decisionNumber: String? = nil, decisionDate: CivilDate? = nil
    ) {
        jurisdiction = new.manifest?.jurisdictionName ?? old.manifest?.jurisdictionName ?? ""
        self.decisionNumber = decisionNumber ?? "……/QĐ-UBND"
        self.decisionDate =
            decisionDate.map {
                "ngày \(String(format: "%02d", $0.day)) tháng \(String(format: "%02d", $0.month)) năm \($0.year)"
            } ?? "ngày …… tháng …… năm ……"
        // A procedure that gets an end date is abolished from then, not amended.
        func abolished(_ p: CatalogDiff.ProcedureChange) -> Bool {
            p.status == .removed
                || (p.status == .changed && p.changes.contains { $0.kind == "expires" } && p.summary.expires != nil)
        }
        let added = diff.added
        let amended = diff.changed.filter { !abolished($0) }
        let gone = diff.procedures.filter(abolished)
        var parts: [Part] = []
        let specs: [(String, String, CatalogDiff.Status, [CatalogDiff.ProcedureChange])] = [
            ("I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", .added, added),
            ("II", "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, THAY THẾ", .changed, amended),
            ("III", "DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", .removed, gone),
        ]
        for (numeral, title, kind, entries) in specs where !entries.isEmpty {
            parts.append(Self.part(numeral: numeral, title: title, kind: kind, entries, old: old, new: new))
        }
        self.parts = parts
        citations = Self.citations(diff: diff, amendedOrGone: amended + gone, old: old, new: new)
    }

    static let levelTitles: [(key: String, letter: String, title: String)] = [
        ("province", "A", "THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        ("commune", "B", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        ("inter", "C", "THỦ TỤC HÀNH CHÍNH LIÊN THÔNG GIỮA CẤP TỈNH VÀ CẤP XÃ"),
    ]

    static func part(
        numeral: String, title: String, kind: CatalogDiff.Status, _ entries: [CatalogDiff.ProcedureChange],
        old: Catalog, new: Catalog
    ) -> Part {
        var number = 0
        var levels: [LevelGroup] = []
        for spec in levelTitles {
            let inLevel = entries.filter { ($0.summary.interLevel ? "inter" : $0.summary.level) == spec.key }
            guard !inLevel.isEmpty else { continue }
            var fields: [FieldGroup] = []
            var fieldOrder: [String] = []
            for e in inLevel where !fieldOrder.contains(e.summary.fieldName) { fieldOrder.append(e.summary.fieldName) }
            fieldOrder.sort { $0.compare($1, locale: Locale(identifier: "vi")) == .orderedAscending }
            for (i, fieldName) in fieldOrder.enumerated() {
                var rows: [Row] = []
                for e in inLevel.filter({ $0.summary.fieldName == fieldName }).sorted(by: { $0.code < $1.code }) {
                    number += 1
                    let s = e.summary
                    var note: [String] = []
                    switch kind {
                    case .changed: note = e.changes.map(\.vi)
                    case .removed:
                        if let until = s.expires {
                            note.append(
                                "Hết hiệu lực sau ngày \((try? CivilDate(parsing: until))?.vietnameseText ?? until)")
                        }
                        if let announced = s.announcedBy,
                            let d = old.legalDocuments[announced] ?? new.legalDocuments[announced]
                        {
                            note.append("Đã công bố tại Quyết định số \(d.number)")
                        }
                    case .added: break
                    }
                    rows.append(
                        Row(
                            number: number, code: s.code, name: s.name, deadline: s.deadline, place: s.placeOfReceipt,
                            fees: s.fees.isEmpty ? ["Không"] : s.fees, legalBasis: s.legalBasis, note: note))
                }
                fields.append(FieldGroup(numeral: roman(i + 1), name: "Lĩnh vực \(fieldName)", rows: rows))
            }
            levels.append(LevelGroup(letter: spec.letter, title: spec.title, fields: fields))
        }
        return Part(numeral: numeral, title: title, kind: kind, levels: levels, count: number)
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var n = n
        var out = ""
        for (value, letters) in table {
            while n >= value {
                out += letters
                n -= value
            }
        }
        return out
    }

    /// What the decision's own text must cite: the standing grounds of any announcing decision
    /// found in the register, the documents the new and amended procedures newly rest on, and
    /// the earlier decisions whose entries this one amends or abolishes.
    static func citations(diff: CatalogDiff, amendedOrGone: [CatalogDiff.ProcedureChange], old: Catalog, new: Catalog)
        -> [Citation]
    {
        func cite(_ d: LegalDocument) -> String {
            let date = d.issued.map { " ngày \($0.vietnameseText)" } ?? ""
            let text: String
            switch d.kind.rawValue {
            case "law", "code": text = "\(d.title) số \(d.number)\(date)"
            default:
                text =
                    "\(CatalogDiff.kindName(d.kind)) số \(d.number)\(date) của \(d.issuer) \(lowercasedFirst(d.title))"
            }
            return text
                + (d.provenance == .unverified ? " [chưa kiểm chứng]" : d.provenance == .synthetic ? " [giả lập]" : "")
        }
        let groups = [
            "Căn cứ chung", "Văn bản quy định thủ tục mới ban hành, sửa đổi, bổ sung", "Văn bản quy định phí, lệ phí",
            "Quyết định công bố trước đây có nội dung được sửa đổi, thay thế hoặc bãi bỏ",
        ]
        var byGroup: [[String]] = Array(repeating: [], count: groups.count)
        var seen: Set<String> = []
        func add(_ id: String, _ group: Int, in catalog: Catalog) {
            guard !seen.contains(id), let d = catalog.legalDocuments[id] else { return }
            seen.insert(id)
            byGroup[group].append(cite(d))
        }
        // Standing grounds of an announcing decision, when the register has them.
        for id in ["luat-72-2025-qh15", "nd-63-2010", "nd-118-2025", "tt-03-2025-vpcp"] { add(id, 0, in: new) }
        // The documents the change rests on: every basis of a new procedure; what an amended one newly cites.
        for p in diff.added { for id in new.procedures[p.code]?.legalBasis ?? [] { add(id.value, 1, in: new) } }
        for p in diff.changed {
            guard let before = old.procedures[p.code], let after = new.procedures[p.code] else { continue }
            let had = Set(
                before.legalBasis.map(\.value) + before.versions.flatMap { ($0.legalBasis ?? []).map(\.value) })
            for id in after.legalBasis.map(\.value) + after.versions.flatMap({ ($0.legalBasis ?? []).map(\.value) })
            where !had.contains(id) {
                add(id, 1, in: new)
            }
            if p.changes.contains(where: { $0.kind == "fee" }) {
                for id in after.legalBasis
                where new.legalDocuments[id.value]?.title.lowercased().contains("phí") == true {
                    add(id.value, 2, in: new)
                }
            }
        }
        // Earlier announcing decisions whose entries change.
        for p in amendedOrGone {
            if let id = old.procedures[p.code]?.announcedBy?.value { add(id, 3, in: old) }
        }
        var out: [Citation] = []
        for (i, group) in groups.enumerated() { out += byGroup[i].map { Citation(group: group, text: $0) } }
        return out
    }

    static func lowercasedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        // "Luật Hộ tịch" stays as written; a title that starts with the kind's word ("Nghị định về …") drops it.
        for word in ["Nghị định ", "Thông tư ", "Quyết định ", "Nghị quyết "] where s.hasPrefix(word) {
            return String(s.dropFirst(word.count))
        }
        return String(first) + s.dropFirst()
    }
}
