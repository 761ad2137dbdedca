import WorkCalendar

/// What changed between two catalogs (`tthc diff OLD NEW`): procedures added, removed and changed,
/// each change in words, in English and Vietnamese; and the legal documents added, removed or
/// changed. The announcing decision's annex (`tthc decision draft`) is laid out from it.
public struct CatalogDiff: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable { case added, removed, changed }

    /// One change in words ("deadline 15 → 10 working days").
    public struct Change: Sendable, Codable, Equatable {
        /// What changed: name, deadline, fee, authority, level, field, channel, online-service,
        /// legal-basis, dossier, condition, workflow, version, effective, expires, announced-by, result.
        public var kind: String
        public var en: String
        public var vi: String
    }

    /// What the annex of an announcing decision prints for a procedure, from the catalog that has it.
    public struct Summary: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var level: String
        public var interLevel: Bool
        public var field: String
        public var fieldName: String
        public var deadline: String
        public var placeOfReceipt: String
        public var fees: [String]
        public var legalBasis: [String]
        public var authority: String
        public var effective: String
        public var expires: String?
        public var announcedBy: String?
        /// Relative to the catalog's root.
        public var file: String
    }

    public struct ProcedureChange: Sendable, Codable, Equatable {
        public var code: String
        public var status: Status
        public var summary: Summary
        public var changes: [Change]
    }

    public struct LegalChange: Sendable, Codable, Equatable {
        public var id: String
        public var number: String
        public var title: String
        public var status: Status
        public var changes: [Change]
    }

    public var procedures: [ProcedureChange]
    public var legal: [LegalChange]

    public var added: [ProcedureChange] { procedures.filter { $0.status == .added } }
    public var removed: [ProcedureChange] { procedures.filter { $0.status == .removed } }
    public var changed: [ProcedureChange] { procedures.filter { $0.status == .changed } }
    public var isEmpty: Bool { procedures.isEmpty && legal.isEmpty }

    public static func compare(old: Catalog, new: Catalog) -> CatalogDiff {
        var procedures: [ProcedureChange] = []
        let codes = Set(old.procedures.keys).union(new.procedures.keys).sorted()
        for code in codes {
            switch (old.procedures[code], new.procedures[code]) {
            case (nil, let p?):
                procedures.append(
                    ProcedureChange(code: code, status: .added, summary: summary(p, in: new), changes: []))
            case (let p?, nil):
                procedures.append(
                    ProcedureChange(code: code, status: .removed, summary: summary(p, in: old), changes: []))
            case (let a?, let b?):
                let changes = ProcedureComparison(old: old, new: new, a: a, b: b).changes()
                if !changes.isEmpty {
                    procedures.append(
                        ProcedureChange(code: code, status: .changed, summary: summary(b, in: new), changes: changes))
                }
            case (nil, nil): break
            }
        }
        var legal: [LegalChange] = []
        for id in Set(old.legalDocuments.keys).union(new.legalDocuments.keys).sorted() {
            switch (old.legalDocuments[id], new.legalDocuments[id]) {
            case (nil, let d?):
                legal.append(LegalChange(id: id, number: d.number, title: d.title, status: .added, changes: []))
            case (let d?, nil):
                legal.append(LegalChange(id: id, number: d.number, title: d.title, status: .removed, changes: []))
            case (let a?, let b?):
                var changes: [Change] = []
                func date(_ key: String, _ x: CivilDate?, _ y: CivilDate?, vi: String) {
                    guard x != y else { return }
                    changes.append(
                        Change(
                            kind: key, en: key, vi: vi, from: x.map { ($0.description, $0.vietnameseText) },
                            to: y.map { ($0.description, $0.vietnameseText) }))
                }
                date("effective", a.effective, b.effective, vi: "ngày có hiệu lực")
                date("expires", a.expires, b.expires, vi: "ngày hết hiệu lực")
                if a.replacedBy?.value != b.replacedBy?.value {
                    changes.append(
                        Change(
                            kind: "replaced-by", en: "replaced by", vi: "được thay thế bởi", now: b.replacedBy?.value,
                            was: a.replacedBy?.value))
                }
                if a.number != b.number || a.title != b.title {
                    changes.append(
                        Change(kind: "title", en: "number or title changed", vi: "số hiệu hoặc trích yếu thay đổi"))
                }
                if !changes.isEmpty {
                    legal.append(
                        LegalChange(id: id, number: b.number, title: b.title, status: .changed, changes: changes))
                }
            case (nil, nil): break
            }
        }
        return CatalogDiff(procedures: procedures, legal: legal)
    }

    static func summary(_ p: Procedure, in catalog: Catalog) -> Summary {
        let receipt: String = {
            if let workflow = catalog.workflows[p.code.value], let first = workflow.steps[workflow.start.value],
                case .task(let by, _, _, _) = first.kind,
                let unit = catalog.resolve(by.value).flatMap({ catalog.units[$0.unitId] })
            {
                return unit.name
            }
            return p.level.value == .province
                ? "Trung tâm Phục vụ hành chính công tỉnh" : "Trung tâm Phục vụ hành chính công xã"
        }()
        return Summary(
            code: p.code.value, name: p.name.value, level: p.level.value.rawValue, interLevel: p.isInterLevel,
            field: p.field.value, fieldName: catalog.fields[p.field.value]?.name ?? p.field.value,
            deadline: p.deadline.text.value, placeOfReceipt: receipt,
            fees: feeLines(p),
            legalBasis: p.legalBasis.map { id in catalog.legalDocuments[id.value].map(shortCitation) ?? id.value },
            authority: catalog.resolve(p.authority.value).map { describe($0, in: catalog) } ?? p.authority.value,
            effective: p.effective.value.description, expires: p.expires?.value.description,
            announcedBy: p.announcedBy?.value,
            file: p.file.hasPrefix(catalog.root + "/") ? String(p.file.dropFirst(catalog.root.count + 1)) : p.file)
    }

    /// "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014", "Nghị định số 118/2025/NĐ-CP ngày 09/06/2025 của Chính phủ".
    public static func shortCitation(_ d: LegalDocument) -> String {
        let date = d.issued.map { " ngày \($0.vietnameseText)" } ?? ""
        switch d.kind.rawValue {
        case "law", "code": return "\(d.title) số \(d.number)\(date)"
        default: return "\(kindName(d.kind)) số \(d.number)\(date) của \(d.issuer)"
        }
    }

    public static func kindName(_ kind: LegalDocumentKind) -> String {
        switch kind.rawValue {
        case "law": "Luật"
        case "code": "Bộ luật"
        case "decree": "Nghị định"
        case "circular": "Thông tư"
        case "joint-circular": "Thông tư liên tịch"
        case "resolution": "Nghị quyết"
        case "decision": "Quyết định"
        default: "Văn bản"
        }
    }

    /// "Lệ phí đăng ký thường trú: 20.000 đồng/hồ sơ", dated when the fee is.
    static func feeLines(_ p: Procedure) -> [String] {
        var lines = p.fees.map { feeText($0) }
        for channel in p.channels {
            for fee in channel.fees ?? [] { lines.append(feeText(fee) + " (\(channelVi(channel.channel)))") }
        }
        return lines
    }

    public static func channelVi(_ c: Channel) -> String {
        switch c {
        case .inPerson: "nộp trực tiếp"
        case .online: "nộp trực tuyến"
        case .postal: "nộp qua bưu chính"
        }
    }

    static func feeText(_ f: Fee) -> String {
        var text = f.name + ": "
        if let amount = f.amount?.value {
            text += amount == 0 ? "không thu" : "\(money(amount)) đồng" + (f.per.map { "/" + perVi($0) } ?? "")
        } else if let schedule = f.schedule?.value {
            text += "theo \(schedule)"
        }
        if f.period.from != nil || f.period.until != nil { text += " (\(f.period.textVi))" }
        return text
    }

    public static func perVi(_ u: FeeUnit) -> String {
        switch u {
        case .dossier: "hồ sơ"
        case .copy: "bản"
        case .page: "trang"
        case .certificate: "giấy"
        case .item: "trường hợp"
        }
    }

    /// 20000 → "20.000" (Vietnamese digit grouping).
    public static func money(_ amount: Int, separator: String = ".") -> String {
        let digits = String(amount)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return out
    }

    static func describe(_ reference: ResolvedReference, in catalog: Catalog) -> String {
        switch reference {
        case .unit(let id): catalog.units[id]?.name ?? id
        case .role(let unit, let role):
            (catalog.units[unit]?.roles.first { $0.id == role }?.name ?? role) + " ("
                + (catalog.units[unit]?.name ?? unit) + ")"
        }
    }
}

extension CatalogDiff.Change {
    /// `effective 2025-01-01 → 2026-01-01`: a value that may be absent ("none", "không có"),
    /// each side given in English and Vietnamese.
    init(kind: String, en: String, vi: String, from x: (en: String, vi: String)?, to y: (en: String, vi: String)?) {
        self.init(
            kind: kind, en: "\(en) \(x?.en ?? "none") → \(y?.en ?? "none")",
            vi: "\(vi) \(x?.vi ?? "không có") → \(y?.vi ?? "không có")")
    }

    /// `replaced by B (was A)`: what a reference names now, and before.
    init(kind: String, en: String, vi: String, now y: String?, was x: String?) {
        self.init(
            kind: kind, en: "\(en) \(y ?? "none") (was \(x ?? "none"))",
            vi: "\(vi) \(y ?? "không có") (trước đây \(x ?? "không có"))")
    }
}
