import WorkCalendar

/// The changes between two versions of one procedure, in words.
struct ProcedureComparison {
    var old: Catalog
    var new: Catalog
    var a: Procedure
    var b: Procedure

    typealias Change = CatalogDiff.Change

    func changes() -> [Change] {
        var out: [Change] = []
        func add(_ kind: String, _ en: String, _ vi: String) { out.append(Change(kind: kind, en: en, vi: vi)) }
        /// A text that changed, quoted on both sides: `name: "A" → "B"`.
        func text(_ kind: String, _ x: String, _ y: String, en: String, vi: String) {
            guard x != y else { return }
            add(kind, "\(en): \"\(x)\" → \"\(y)\"", "\(vi): \"\(x)\" → \"\(y)\"")
        }
        /// What the new list adds (in its order), then what it drops (in the old one's).
        func members<T: Equatable>(
            _ kind: String, _ xs: [T], _ ys: [T], added: (T) -> (String, String), removed: (T) -> (String, String)
        ) {
            for (en, vi) in ys.filter({ !xs.contains($0) }).map(added) { add(kind, en, vi) }
            for (en, vi) in xs.filter({ !ys.contains($0) }).map(removed) { add(kind, en, vi) }
        }

        text("name", a.name.value, b.name.value, en: "name", vi: "tên")
        if a.level.value != b.level.value {
            add(
                "level", "level \(a.level.value.rawValue) → \(b.level.value.rawValue)",
                "cấp \(levelVi(a.level.value)) → \(levelVi(b.level.value))")
        }
        if a.field.value != b.field.value {
            add("field", "field \(a.field.value) → \(b.field.value)", "lĩnh vực \(a.field.value) → \(b.field.value)")
        }
        if a.authority.value != b.authority.value {
            add(
                "authority",
                "authority moved from \(unitName(a.authority.value, in: old, en: true)) to \(unitName(b.authority.value, in: new, en: true))",
                "thẩm quyền chuyển từ \(unitName(a.authority.value, in: old, en: false)) sang \(unitName(b.authority.value, in: new, en: false))"
            )
        }
        deadline(a.deadline, b.deadline, label: "deadline", labelVi: "thời hạn", into: &out)
        members(
            "channel", a.channels.map(\.channel.rawValue), b.channels.map(\.channel.rawValue),
            added: { ("channel added: \($0)", "thêm cách thức nộp: \($0)") },
            removed: { ("channel removed: \($0)", "bỏ cách thức nộp: \($0)") })
        for offer in b.channels {
            guard let before = a.channels.first(where: { $0.channel == offer.channel }) else { continue }
            if let x = before.deadline, let y = offer.deadline {
                deadline(
                    x, y, label: "\(offer.channel.rawValue) deadline",
                    labelVi: "thời hạn (\(channelVi(offer.channel.rawValue)))", into: &out)
            } else if before.deadline == nil, let y = offer.deadline {
                add(
                    "deadline", "\(offer.channel.rawValue) deadline added: \(y.value.value)",
                    "thêm thời hạn riêng (\(offer.channel.rawValue)): \(y.value.value)")
            } else if before.deadline != nil, offer.deadline == nil {
                add(
                    "deadline", "\(offer.channel.rawValue) deadline removed",
                    "bỏ thời hạn riêng (\(offer.channel.rawValue))")
            }
            fees(before.fees ?? [], offer.fees ?? [], channel: offer.channel.rawValue, into: &out)
        }
        if a.onlineService.value != b.onlineService.value {
            add(
                "online-service",
                "online service \(a.onlineService.value.rawValue) → \(b.onlineService.value.rawValue)",
                "mức dịch vụ công trực tuyến \(a.onlineService.value.rawValue) → \(b.onlineService.value.rawValue)")
        }
        fees(a.fees, b.fees, channel: nil, into: &out)
        members(
            "dossier", a.dossier.map(\.name), b.dossier.map(\.name),
            added: { ("dossier component added: \($0)", "thêm thành phần hồ sơ: \($0)") },
            removed: { ("dossier component removed: \($0)", "bỏ thành phần hồ sơ: \($0)") })
        let condA = Dictionary(
            a.conditions.map { ($0.id, $0.extends?.value.description) }, uniquingKeysWith: { x, _ in x })
        let condB = Dictionary(
            b.conditions.map { ($0.id, $0.extends?.value.description) }, uniquingKeysWith: { x, _ in x })
        for c in b.conditions where condA[c.id] == nil {
            add(
                "condition",
                "condition added: \(c.id)" + (c.extends.map { " (extends the deadline by \($0.value))" } ?? ""),
                "thêm trường hợp: \(c.name)"
                    + (c.extends.map { " (gia hạn thêm \(vietnamese($0.value)))" } ?? ""))
        }
        for c in a.conditions where condB[c.id] == nil {
            add("condition", "condition removed: \(c.id)", "bỏ trường hợp: \(c.name)")
        }
        for c in b.conditions {
            // An extension added or dropped is a change too: nil is "none", never unwrapped.
            guard let before = condA[c.id], let after = condB[c.id], before != after else { continue }
            add(
                "condition", "condition \(c.id): extension \(before ?? "none") → \(after ?? "none")",
                "trường hợp \(c.name): gia hạn \(before ?? "không") → \(after ?? "không")"
                    .replacingOccurrences(of: "working days", with: "ngày làm việc"))
        }
        members(
            "legal-basis", a.legalBasis.map(\.value), b.legalBasis.map(\.value),
            added: { ("legal basis added: \(number($0, in: new))", "thêm căn cứ pháp lý: \(number($0, in: new))") },
            removed: { ("legal basis removed: \(number($0, in: old))", "bỏ căn cứ pháp lý: \(number($0, in: old))") })
        text("result", a.result.value, b.result.value, en: "result", vi: "kết quả")
        if a.effective.value != b.effective.value {
            add(
                "effective", "effective \(a.effective.value) → \(b.effective.value)",
                "ngày có hiệu lực \(a.effective.value.vietnameseText) → \(b.effective.value.vietnameseText)")
        }
        if a.expires?.value != b.expires?.value {
            if let e = b.expires?.value {
                add("expires", "abolished: ends on \(e)", "bãi bỏ: hết hiệu lực ngày \(e.vietnameseText)")
            } else {
                add(
                    "expires", "end date removed (was \(a.expires!.value))",
                    "bỏ ngày hết hiệu lực (trước đây \(a.expires!.value.vietnameseText))")
            }
        }
        if a.announcedBy?.value != b.announcedBy?.value {
            out.append(
                Change(
                    kind: "announced-by", en: "announced by", vi: "quyết định công bố",
                    now: b.announcedBy.map { number($0.value, in: new) },
                    was: a.announcedBy.map { number($0.value, in: old) }
                ))
        }
        let versionsA = Set(a.versions.map(\.from.value))
        let versionsB = Set(b.versions.map(\.from.value))
        for v in b.versions where !versionsA.contains(v.from.value) {
            add(
                "version", "version from \(v.from.value) added" + (v.note.map { ": \($0)" } ?? ""),
                "thêm phiên bản từ \(v.from.value.vietnameseText)" + (v.note.map { ": \($0)" } ?? ""))
        }
        for v in a.versions where !versionsB.contains(v.from.value) {
            add("version", "version from \(v.from.value) removed", "bỏ phiên bản từ \(v.from.value.vietnameseText)")
        }
        out += workflow()
        return out
    }

    func deadline(_ x: Deadline, _ y: Deadline, label: String, labelVi: String, into out: inout [Change]) {
        let vx = x.value.value.description
        let vy = y.value.value.description
        if vx != vy {
            out.append(
                Change(
                    kind: "deadline", en: "\(label) \(shortened(vx, vy)) → \(vy)",
                    vi: "\(labelVi) \(vietnamese(x.value.value)) → \(vietnamese(y.value.value))"))
        } else if x.text.value != y.text.value {
            out.append(
                Change(
                    kind: "deadline", en: "\(label) wording changed (value \(vy) unchanged)",
                    vi: "\(labelVi): thay đổi cách diễn đạt (giá trị \(vietnamese(y.value.value)) giữ nguyên)"
                ))
        }
        if x.cap?.value.description != y.cap?.value.description {
            out.append(
                Change(
                    kind: "deadline", en: "\(label) cap", vi: "\(labelVi) tối đa",
                    from: x.cap.map { ($0.value.description, vietnamese($0.value)) },
                    to: y.cap.map { ($0.value.description, vietnamese($0.value)) }))
        }
    }

    /// "15 working days" → "10 working days" is written "15 → 10 working days".
    func shortened(_ x: String, _ y: String) -> String {
        let px = x.split(separator: " ", maxSplits: 1)
        let py = y.split(separator: " ", maxSplits: 1)
        if px.count == 2, py.count == 2, px[1] == py[1] { return String(px[0]) }
        if px.count == 2, py.count == 2, px[1].hasPrefix(py[1].dropLast()) || py[1].hasPrefix(px[1].dropLast()),
            px[1].hasSuffix("days") || px[1].hasSuffix("day")
        {
            return String(px[0])
        }
        return x
    }

    func vietnamese(_ d: WorkDuration) -> String { WorkDuration.vietnameseWords(in: d.description) }

    func fees(_ x: [Fee], _ y: [Fee], channel: String?, into out: inout [Change]) {
        let suffix = channel.map { " (\($0))" } ?? ""
        let suffixVi = channel.map { " (\(channelVi($0)))" } ?? ""
        func amount(_ f: Fee, en: Bool) -> String {
            if let v = f.amount?.value {
                return v == 0
                    ? (en ? "free" : "không thu")
                    : (en ? "\(CatalogDiff.money(v, separator: ",")) VND" : "\(CatalogDiff.money(v)) đồng")
            }
            return f.schedule.map { (en ? "per " : "theo ") + $0.value } ?? "?"
        }
        func rows(_ fees: [Fee], en: Bool) -> String {
            fees.map { f in
                amount(f, en: en)
                    + (f.period.from == nil && f.period.until == nil
                        ? "" : " " + (en ? f.period.text : f.period.textVi))
            }
            .joined(separator: en ? ", then " : ", sau đó ")
        }
        func same(_ p: [Fee], _ q: [Fee]) -> Bool {
            p.count == q.count
                && zip(p, q).allSatisfy { a, b in
                    a.amount?.value == b.amount?.value && a.schedule?.value == b.schedule?.value && a.per == b.per
                        && a.period.from?.value == b.period.from?.value
                        && a.period.until?.value == b.period.until?.value
                }
        }
        var names: [String] = []
        for f in x + y where !names.contains(f.name) { names.append(f.name) }
        for name in names {
            let before = x.filter { $0.name == name }
            let after = y.filter { $0.name == name }
            if before.isEmpty {
                out.append(
                    Change(
                        kind: "fee", en: "fee added\(suffix): \"\(name)\" \(rows(after, en: true))",
                        vi: "thêm phí, lệ phí\(suffixVi): \"\(name)\" \(rows(after, en: false))"))
            } else if after.isEmpty {
                out.append(
                    Change(
                        kind: "fee", en: "fee removed\(suffix): \"\(name)\" \(rows(before, en: true))",
                        vi: "bỏ phí, lệ phí\(suffixVi): \"\(name)\" \(rows(before, en: false))"))
            } else if !same(before, after) {
                out.append(
                    Change(
                        kind: "fee",
                        en: "fee \"\(name)\"\(suffix): \(rows(before, en: true)) → \(rows(after, en: true))",
                        vi: "phí, lệ phí \"\(name)\"\(suffixVi): \(rows(before, en: false)) → \(rows(after, en: false))"
                    ))
            }
        }
    }

    func channelVi(_ c: String) -> String {
        switch c {
        case "online": "trực tuyến"
        case "postal": "bưu chính"
        case "in-person": "trực tiếp"
        default: c
        }
    }

    /// The procedure's own workflow, then each version's: one added, removed or changed is
    /// compared with the workflow in force just before it, so the change reads as what it does.
    func workflow() -> [Change] {
        var out: [Change] = []
        if case .template(let x, _, _) = a.workflow, case .template(let y, _, _) = b.workflow, x.value != y.value {
            out.append(
                Change(
                    kind: "workflow", en: "workflow: template \(x.value) → \(y.value)",
                    vi: "quy trình: mẫu \(x.value) → \(y.value)"))
        }
        if let wa = old.workflows[a.code.value], let wb = new.workflows[b.code.value] { out += workflowChanges(wa, wb) }
        let code = b.code.value
        for version in b.versions.sorted(by: { $0.from.value < $1.from.value }) {
            let date = version.from.value
            guard let after = new.versionWorkflows[code]?[date],
                let before = old.versionWorkflows[a.code.value]?[date]
                    ?? new.workflow(of: code, on: (try? date.adding(days: -1)) ?? date)
            else { continue }
            for change in workflowChanges(before, after) {
                out.append(
                    Change(
                        kind: "workflow", en: "from \(date): \(change.en)",
                        vi: "từ \(date.vietnameseText): \(change.vi)"))
            }
        }
        for version in a.versions
        where old.versionWorkflows[a.code.value]?[version.from.value] != nil
            && new.versionWorkflows[code]?[version.from.value] == nil
        {
            out.append(
                Change(
                    kind: "workflow", en: "from \(version.from.value): the version's own workflow is removed",
                    vi: "từ \(version.from.value.vietnameseText): bỏ quy trình riêng của phiên bản"))
        }
        return out
    }

    func workflowChanges(_ wa: Workflow, _ wb: Workflow) -> [Change] {
        var out: [Change] = []
        for id in wb.steps.keys where wa.steps[id] == nil {
            out.append(Change(kind: "workflow", en: "workflow: step added: \(id)", vi: "quy trình: thêm bước \(id)"))
        }
        for id in wa.steps.keys where wb.steps[id] == nil {
            out.append(Change(kind: "workflow", en: "workflow: step removed: \(id)", vi: "quy trình: bỏ bước \(id)"))
        }
        for (id, sb) in wb.steps {
            guard let sa = wa.steps[id] else { continue }
            switch (sa.kind, sb.kind) {
            case (.task(let byA, let toA, let takesA, let nextA), .task(let byB, let toB, let takesB, let nextB)):
                if takesA?.value.description != takesB?.value.description {
                    out.append(
                        Change(
                            kind: "workflow",
                            en:
                                "workflow: step \(id) budget \(takesA?.value.description ?? "none") → \(takesB?.value.description ?? "none")",
                            vi:
                                "quy trình: bước \(id) thời gian \(takesA.map { vietnamese($0.value) } ?? "không có") → \(takesB.map { vietnamese($0.value) } ?? "không có")"
                        ))
                }
                if byA.value != byB.value {
                    out.append(
                        Change(
                            kind: "workflow", en: "workflow: step \(id) done by \(byA.value) → \(byB.value)",
                            vi: "quy trình: bước \(id) do \(byA.value) → \(byB.value) thực hiện"))
                }
                if toA?.value != toB?.value {
                    out.append(
                        Change(
                            kind: "workflow",
                            en: "workflow: step \(id) hands to \(toA?.value ?? "none") → \(toB?.value ?? "none")",
                            vi: "quy trình: bước \(id) chuyển cho \(toA?.value ?? "không") → \(toB?.value ?? "không")"))
                }
                if nextA?.value != nextB?.value {
                    out.append(
                        Change(
                            kind: "workflow",
                            en: "workflow: step \(id) next \(nextA?.value ?? "none") → \(nextB?.value ?? "none")",
                            vi:
                                "quy trình: bước \(id) tiếp theo \(nextA?.value ?? "không") → \(nextB?.value ?? "không")"
                        ))
                }
            default:
                if kindName(sa.kind) != kindName(sb.kind) {
                    out.append(
                        Change(
                            kind: "workflow",
                            en: "workflow: step \(id) is now a \(kindName(sb.kind)) (was a \(kindName(sa.kind)))",
                            vi: "quy trình: bước \(id) đổi loại \(kindName(sa.kind)) → \(kindName(sb.kind))"))
                }
            }
        }
        return out
    }

    func kindName(_ k: StepKind) -> String {
        switch k {
        case .task: "task"
        case .wait: "wait"
        case .choice: "choice"
        case .parallel: "parallel"
        case .call: "call"
        case .end: "end"
        }
    }

    func levelVi(_ l: Level) -> String { l == .province ? "tỉnh" : "xã" }

    func unitName(_ reference: String, in catalog: Catalog, en: Bool) -> String {
        guard let resolved = catalog.resolve(reference) else { return reference }
        switch resolved {
        case .unit(let id):
            return
                "\(reference) (\(en ? catalog.units[id]?.nameEn ?? catalog.units[id]?.name ?? id : catalog.units[id]?.name ?? id))"
        case .role(let unit, let role):
            let r = catalog.units[unit]?.roles.first { $0.id == role }
            return "\(reference) (\(en ? r?.nameEn ?? r?.name ?? role : r?.name ?? role))"
        }
    }

    func number(_ id: String, in catalog: Catalog) -> String {
        catalog.legalDocuments[id].map { "\($0.number) (\(id))" } ?? id
    }
}
