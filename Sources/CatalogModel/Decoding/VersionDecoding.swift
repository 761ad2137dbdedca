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
                LoaderMessage.untilBeforeFrom(until: until.value, from: from.value),
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
        let fees = m["fees"].map { decodeFees($0, in: context) }
        let dossier = m["dossier"].map { decodeDossier($0, in: context) }
        let legalBasis = m["legal_basis"].map { decodeLegalBasis($0, in: context) }
        var version = ProcedureVersion(
            from: from, deadline: deadline, authority: authority, fees: fees, dossier: dossier,
            legalBasis: legalBasis, announcedBy: context.identifier(m["announced_by"], what: .key("announced_by")),
            note: context.text(m["note"], what: .key("note"))?.value, range: node.range)
        version.workflow = m["workflow"].flatMap { WorkflowDecoder.decodeSource($0, in: context) }
        return version
    }
}
