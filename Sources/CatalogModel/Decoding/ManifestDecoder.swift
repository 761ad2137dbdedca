import Diagnostics
import WorkCalendar
import YAMLReader

enum ManifestDecoder {
    static func decode(_ root: YAMLNode, in context: LoadContext) -> Manifest? {
        guard let map = MappingView(root, shape: CatalogShapes.manifest, what: .manifest, in: context) else {
            return nil
        }
        let version = context.integer(map["schema_version"], what: .key("schema_version"))
        if let version, version.value != 1 {
            context.report(
                .invalidValue,
                Localized(
                    "schema_version \(version.value) is not supported; this tthc reads schema_version 1",
                    vi: "schema_version \(version.value) không được hỗ trợ; phiên bản tthc này đọc schema_version 1"),
                at: version.range)
        }
        var code: Located<String>?
        var name: Located<String>?
        var nameEn: Located<String>?
        if let node = map["jurisdiction"],
            let j = MappingView(node, shape: CatalogShapes.jurisdiction, what: .key("jurisdiction"), in: context)
        {
            code = context.text(j["code"], what: .jurisdictionCode)
            name = context.text(j["name"], what: .jurisdictionName)
            nameEn = context.text(j["name_en"], what: .jurisdictionNameEn)
        }
        let zone = context.text(map["time_zone"], what: .key("time_zone"))
        if let zone, zone.value != "Asia/Ho_Chi_Minh" {
            context.report(
                .invalidValue,
                Localized(
                    "time_zone \"\(zone.value)\" is not supported; Vietnamese deadlines run in Asia/Ho_Chi_Minh",
                    vi:
                        "time_zone \"\(zone.value)\" không được hỗ trợ; thời hạn ở Việt Nam tính theo múi giờ Asia/Ho_Chi_Minh"
                ), at: zone.range)
        }
        let effective = context.date(map["effective"], what: .key("effective"))
        var sessions: [OfficeHours.Session] = []
        for item in context.list(map["office_hours"], what: .key("office_hours")) {
            guard let s = MappingView(item, shape: CatalogShapes.officeSession, what: .officeSession, in: context),
                let from = context.time(s["from"], what: .key("from")), let to = context.time(s["to"], what: .key("to"))
            else { continue }
            if to.value <= from.value {
                context.report(
                    .invalidValue,
                    Localized(
                        "office session ends at \(to.value) before it starts at \(from.value)",
                        vi: "buổi làm việc kết thúc lúc \(to.value), trước giờ bắt đầu \(from.value)"), at: item.range)
                continue
            }
            if let last = sessions.last, from.value < last.end {
                context.report(
                    .invalidValue,
                    Localized(
                        "office session starting at \(from.value) overlaps the one before it",
                        vi: "buổi làm việc bắt đầu lúc \(from.value) trùng với buổi trước nó"), at: item.range)
                continue
            }
            sessions.append(OfficeHours.Session(from.value, to.value))
        }
        if map["office_hours"] != nil && sessions.isEmpty {
            context.report(
                .invalidValue,
                Localized(
                    "office_hours needs at least one session such as { from: \"07:00\", to: \"11:30\" }",
                    vi: "office_hours cần ít nhất một buổi làm việc, ví dụ { from: \"07:00\", to: \"11:30\" }"),
                at: map["office_hours"]!.range)
        }
        let cutoff = context.time(map["receipt_cutoff"], what: .key("receipt_cutoff"))
        let clockStart = map["clock_start"].flatMap { ClockStartDecoding.decode($0, in: context) } ?? .receipt
        guard version != nil, let code, let name, let zone, let effective, !sessions.isEmpty, let cutoff,
            let officeHours = try? OfficeHours(sessions: sessions)
        else { return nil }
        return Manifest(
            schemaVersion: 1, jurisdictionCode: code.value, jurisdictionName: name.value,
            jurisdictionNameEn: nameEn?.value,
            timeZone: zone.value, effective: effective.value, officeHours: officeHours, receiptCutoff: cutoff.value,
            clockStart: clockStart, range: root.range)
    }
}

enum ClockStartDecoding {
    static func decode(_ node: YAMLNode, in context: LoadContext) -> ClockStart? {
        guard let value = context.scalar(node, what: .key("clock_start")) else { return nil }
        switch value.value {
        case "receipt": return .receipt
        case "next-working-day": return .nextWorkingDay
        default:
            context.report(
                .invalidValue,
                Localized(
                    "clock_start \"\(value.value)\" is not allowed; use receipt or next-working-day",
                    vi: "clock_start không nhận giá trị \"\(value.value)\"; hãy dùng receipt hoặc next-working-day"),
                at: value.range)
            return nil
        }
    }
}
