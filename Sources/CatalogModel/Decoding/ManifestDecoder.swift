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
                LoaderMessage.unsupportedSchemaVersion(version: version.value),
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
                LoaderMessage.unsupportedTimeZone(zone: zone.value), at: zone.range)
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
                    LoaderMessage.sessionEndsBeforeStart(to: to.value, from: from.value), at: item.range)
                continue
            }
            if let last = sessions.last, from.value < last.end {
                context.report(
                    .invalidValue,
                    LoaderMessage.overlappingSessions(from: from.value), at: item.range)
                continue
            }
            sessions.append(OfficeHours.Session(from.value, to.value))
        }
        if map["office_hours"] != nil && sessions.isEmpty {
            context.report(
                .invalidValue,
                LoaderMessage.noOfficeSession,
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
                LoaderMessage.unknownClockStart(value: value.value),
                at: value.range)
            return nil
        }
    }
}
