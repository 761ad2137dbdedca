import Diagnostics
import YAMLReader

/// `from` / `until` on fees and dossier components, and a procedure's `versions`.
extension ProcedureDecoder {
    static func decodePeriod(_ m: MappingView, in context: LoadContext) -> ValidityPeriod {
        let from = context.date(m["from"], what: .key("from"))
        let until = context.date(m["until"], what: .key("until"))
        if let from, let until, until.value < from.value {
            context.report(
                .reversedPeriod,
                Localized(
                    "until \(until.value) is before from \(from.value): the value would never apply; swap or correct the dates",
                    vi:
                        "until \(until.value.vietnameseText) trước from \(from.value.vietnameseText): giá trị sẽ không bao giờ được áp dụng; hãy đổi chỗ hoặc sửa lại ngày"
                ),
                at: until.range)
        }
        return ValidityPeriod(from: from, until: until)
    }

    static func decodeVersion(_ node: YAMLNode, in context: LoadContext) -> ProcedureVersion? {
        guard let m = MappingView(node, shape: CatalogShapes.procedureVersion, what: .versionEntry, in: context),
            let from = context.date(m["from"], what: .key("from"))
        else { return nil }
        let deadline = m["deadline"].flatMap { decodeDeadline($0, what: .key("deadline"), in: context) }
        let authority = context.reference(m["authority"], what: .key("authority"))
        let fees = m["fees"].map { context.list($0, what: .key("fees")).compactMap { decodeFee($0, in: context) } }
        let dossier = m["dossier"].map {
            context.list($0, what: .key("dossier")).compactMap { decodeDossierItem($0, in: context) }
        }
        let legalBasis = m["legal_basis"].map {
            context.list($0, what: .key("legal_basis")).compactMap { context.identifier($0, what: .legalDocument) }
        }
        if let node = m["legal_basis"], node.sequence?.isEmpty == true {
            context.report(
                .invalidValue,
                Localized(
                    "legal_basis lists no document; cite at least one",
                    vi: "legal_basis chưa có văn bản nào; hãy dẫn ít nhất một văn bản pháp luật"), at: node.range)
        }
        var version = ProcedureVersion(
            from: from, deadline: deadline, authority: authority, fees: fees, dossier: dossier,
            legalBasis: legalBasis, announcedBy: context.identifier(m["announced_by"], what: .key("announced_by")),
            note: context.text(m["note"], what: .key("note"))?.value, range: node.range)
        version.workflow = m["workflow"].flatMap { WorkflowDecoder.decodeSource($0, in: context) }
        return version
    }
}
