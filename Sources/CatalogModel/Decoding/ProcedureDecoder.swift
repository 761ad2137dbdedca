import Diagnostics
import YAMLReader

/// `procedures/<level>/<field>/<code>.yaml`.
enum ProcedureDecoder {
    // Keys, required keys and value types: `CatalogShapes.procedure` and the shapes it names.

    static func decode(_ root: YAMLNode, file: String, in context: LoadContext) -> Procedure? {
        guard let m = MappingView(root, shape: CatalogShapes.procedure, what: .procedureEntry, in: context) else {
            return nil
        }
        let code = context.procedureCode(m["code"], what: .key("code"))
        let name = context.text(m["name"], what: .key("name"))
        let field = context.identifier(m["field"], what: .field)
        let level = context.level(m["level"], what: .key("level"))
        let interLevel = context.list(m["inter_level"], what: .key("inter_level")).compactMapSized {
            context.level($0, what: .key("inter_level"))
        }
        if let node = m["inter_level"], interLevel.count == node.sequence?.count, Set(interLevel.map(\.value)).count < 2
        {
            context.report(
                .invalidValue,
                LoaderMessage.interLevelNotBothLevels, at: node.range)
        }
        let authority = context.reference(m["authority"], what: .key("authority"))
        let implementedBy = context.list(m["implemented_by"], what: .key("implemented_by")).compactMapSized {
            context.reference($0, what: .implementingUnit)
        }
        let coordinating = context.list(m["coordinating"], what: .key("coordinating")).compactMapSized {
            context.reference($0, what: .coordinatingUnit)
        }
        let applicants = context.list(m["applicants"], what: .key("applicants")).compactMapSized {
            context.choice($0, what: .applicant, as: Applicant.self)?.value
        }
        let channels = context.list(m["channels"], what: .key("channels")).compactMapSized {
            decodeChannel($0, in: context)
        }
        if let node = m["channels"], node.sequence?.isEmpty == true {
            context.report(
                .invalidValue,
                LoaderMessage.noChannel, at: node.range)
        }
        let online = context.choice(m["online_service"], what: .key("online_service"), as: OnlineServiceLevel.self)
        let deadline = m["deadline"].flatMap { decodeDeadline($0, what: .key("deadline"), in: context) }
        let conditions = decodeConditions(m["conditions"], in: context)
        let fees = m["fees"].map { decodeFees($0, in: context) } ?? []
        let dossier = m["dossier"].map { decodeDossier($0, in: context) } ?? []
        let result = context.text(m["result"], what: .key("result"))
        let legalBasis = m["legal_basis"].map { decodeLegalBasis($0, in: context) } ?? []
        let announcedBy = context.identifier(m["announced_by"], what: .key("announced_by"))
        let effective = context.date(m["effective"], what: .key("effective"))
        let expires = context.date(m["expires"], what: .key("expires"))
        let provenance = m["provenance"].flatMap { decodeProvenance($0, in: context) }
        let versions = context.list(m["versions"], what: .key("versions")).compactMapSized {
            decodeVersion($0, in: context)
        }
        let workflow = m["workflow"].flatMap { WorkflowDecoder.decodeSource($0, in: context) }
        guard let code, let name, let field, let level, let authority, let online, let deadline, let result,
            let effective, let provenance, let workflow
        else { return nil }
        return Procedure(
            Procedure.Fields(
                code: code, name: name, nameEn: context.text(m["name_en"], what: .key("name_en")), field: field,
                level: level,
                interLevel: interLevel, authority: authority, implementedBy: implementedBy, coordinating: coordinating,
                applicants: applicants, channels: channels, onlineService: online, deadline: deadline,
                conditions: conditions,
                fees: fees, dossier: dossier, result: result,
                resultEn: context.text(m["result_en"], what: .key("result_en"))?.value,
                legalBasis: legalBasis, announcedBy: announcedBy, effective: effective, expires: expires,
                provenance: provenance, workflow: workflow, file: file, range: root.range, versions: versions))
    }

    static func decodeDeadline(_ node: YAMLNode, what: Subject, in context: LoadContext) -> Deadline? {
        guard let m = MappingView(node, shape: CatalogShapes.deadline, what: what, in: context) else { return nil }
        let text = context.text(m["text"], what: .deadlineText)
        let value = context.duration(m["value"], what: .deadlineValue)
        let cutoff = context.time(m["cutoff"], what: .key("cutoff"))
        let clockStart = m["clock_start"].flatMap { ClockStartDecoding.decode($0, in: context) }
        let cap = context.duration(m["cap"], what: .key("cap"))
        if let value, value.value.base.unit == .sameDay, m["cutoff"] == nil {
            context.report(
                .missingKey,
                LoaderMessage.sameDayWithoutCutoff,
                at: value.range)
        }
        guard let text, let value else { return nil }
        return Deadline(text: text, value: value, cutoff: cutoff, clockStart: clockStart, cap: cap, range: node.range)
    }

    static func decodeChannel(_ node: YAMLNode, in context: LoadContext) -> ChannelOffer? {
        if node.scalar != nil {
            guard let channel = context.choice(node, what: .key("channel"), as: Channel.self) else { return nil }
            return ChannelOffer(channel: channel.value, deadline: nil, fees: nil, range: node.range)
        }
        guard let m = MappingView(node, shape: CatalogShapes.channel, what: .channelEntry, in: context),
            let channel = context.choice(m["channel"], what: .key("channel"), as: Channel.self)
        else { return nil }
        let deadline = m["deadline"].flatMap {
            decodeDeadline($0, what: .channelDeadline(channel.value.rawValue), in: context)
        }
        let fees = m["fees"].map { decodeFees($0, in: context) }
        return ChannelOffer(channel: channel.value, deadline: deadline, fees: fees, range: node.range)
    }

    static func decodeConditions(_ node: YAMLNode?, in context: LoadContext) -> [Condition] {
        guard let node, let pairs = context.mapping(node, else: .conditionsNotMapping) else { return [] }
        return pairs.compactMapSized { pair in
            guard let id = context.factIdentifier(pair.key, what: .conditionID),
                let m = MappingView(
                    pair.value, shape: CatalogShapes.condition, what: .condition(id.value), in: context),
                let name = context.text(m["name"], what: .conditionName)
            else { return nil }
            return Condition(
                id: id.value, name: name.value, nameEn: context.text(m["name_en"], what: .key("name_en"))?.value,
                extends: context.duration(m["extends"], what: .key("extends")), range: id.range)
        }
    }

    // The lists a procedure, a channel (fees) and a dated version (each list whole) share.

    static func decodeFees(_ node: YAMLNode, in context: LoadContext) -> [Fee] {
        context.list(node, what: .key("fees")).compactMapSized { decodeFee($0, in: context) }
    }

    static func decodeDossier(_ node: YAMLNode, in context: LoadContext) -> [DossierItem] {
        context.list(node, what: .key("dossier")).compactMapSized { decodeDossierItem($0, in: context) }
    }

    /// An empty list is reported: a procedure, in every version, rests on a legal document.
    static func decodeLegalBasis(_ node: YAMLNode, in context: LoadContext) -> [Located<String>] {
        let basis = context.list(node, what: .key("legal_basis")).compactMapSized {
            context.identifier($0, what: .legalDocument)
        }
        if node.sequence?.isEmpty == true {
            context.report(.invalidValue, LoaderMessage.noLegalBasis, at: node.range)
        }
        return basis
    }

    static func decodeFee(_ node: YAMLNode, in context: LoadContext) -> Fee? {
        guard let m = MappingView(node, shape: CatalogShapes.fee, what: .feeEntry, in: context),
            let name = context.text(m["name"], what: .feeName)
        else { return nil }
        var amount = context.integer(m["amount"], what: .key("amount"))
        if let a = amount, a.value < 0 {
            context.report(
                .invalidValue,
                LoaderMessage.negativeAmount, at: a.range)
            amount = nil
        }
        let schedule = context.identifier(m["schedule"], what: .key("schedule"))
        if m["amount"] == nil && m["schedule"] == nil {
            context.report(
                .missingKey,
                LoaderMessage.feeWithoutAmount(name: name.value), at: name.range)
        }
        return Fee(
            name: name.value, amount: amount, per: context.choice(m["per"], what: .key("per"), as: FeeUnit.self)?.value,
            schedule: schedule, range: node.range, period: decodePeriod(m, in: context))
    }

    static func decodeDossierItem(_ node: YAMLNode, in context: LoadContext) -> DossierItem? {
        guard let m = MappingView(node, shape: CatalogShapes.dossierItem, what: .dossierEntry, in: context),
            let name = context.text(m["name"], what: .dossierComponentName)
        else { return nil }
        let originals = context.integer(m["originals"], what: .key("originals"))?.value ?? 0
        let copies = context.integer(m["copies"], what: .key("copies"))?.value ?? 0
        if originals < 0 || copies < 0 {
            context.report(
                .invalidValue,
                LoaderMessage.negativeCopies,
                at: node.range)
        }
        return DossierItem(
            name: name.value, form: context.identifier(m["form"], what: .form), originals: originals, copies: copies,
            range: node.range,
            period: decodePeriod(m, in: context))
    }

    static func decodeProvenance(_ node: YAMLNode, in context: LoadContext) -> ProcedureProvenance? {
        guard let m = MappingView(node, shape: CatalogShapes.provenance, what: .key("provenance"), in: context),
            let kind = context.choice(m["kind"], what: .provenanceKind, as: ProvenanceKind.self)
        else { return nil }
        let source = context.text(m["source"], what: .provenanceSource)
        if kind.value == .published && source == nil {
            context.report(
                .missingKey,
                LoaderMessage.publishedWithoutSource, at: kind.range)
        }
        return ProcedureProvenance(kind: kind.value, source: source?.value, range: node.range)
    }
}
