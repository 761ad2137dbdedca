import CatalogModel
import Foundation
import WorkCalendar

/// Builds the artifact's entries from the model, in a canonical order.
enum ArtifactBuilder {
    static func procedure(
        _ p: Procedure, graph: CompiledGraph, budget: BudgetCheck.Outcome, converter: DurationConverter
    ) -> CompiledProcedure {
        func deadline(_ d: Deadline) -> CompiledProcedure.Deadline {
            CompiledProcedure.Deadline(
                text: d.text.value, period: d.value.value, minutes: converter.guaranteedMinutes(d.value.value),
                cutoff: d.cutoff?.value, clockStart: d.clockStart, cap: d.cap?.value)
        }
        func fee(_ f: Fee) -> CompiledProcedure.FeeEntry {
            CompiledProcedure.FeeEntry(
                name: f.name, amount: f.amount?.value, per: f.per?.rawValue, schedule: f.schedule?.value)
        }
        var calls: [String] = []
        for step in graph.steps { if let call = step.call { calls.append(call) } }
        func channels(_ p: Procedure) -> [CompiledProcedure.ChannelEntry] {
            p.channels.map {
                CompiledProcedure.ChannelEntry(
                    channel: $0.channel.rawValue, deadline: $0.deadline.map(deadline), fees: $0.fees.map { $0.map(fee) }
                )
            }
        }
        // Dated terms: the procedure as it stands on each date something changes.
        let dates = p.changeDates
        let terms: [CompiledProcedure.DatedTerms]? =
            dates.isEmpty
            ? nil
            : dates.map { date in
                let q = p.asOf(date)
                return CompiledProcedure.DatedTerms(
                    from: date, deadline: deadline(q.deadline), channels: channels(q),
                    fees: q.fees.map(fee), authority: q.authority.value, legalBasis: q.legalBasis.map(\.value))
            }
        let p = dates.isEmpty && p.versions.isEmpty ? p : p.asOf(p.effective.value)
        var compiled = CompiledProcedure(
            code: p.code.value, name: p.name.value, nameEn: p.nameEn?.value, field: p.field.value,
            level: p.level.value.rawValue,
            interLevel: p.interLevel.map(\.value.rawValue), authority: p.authority.value,
            onlineService: p.onlineService.value.rawValue,
            deadline: deadline(p.deadline),
            channels: channels(p),
            conditions: p.conditions.map { c in
                CompiledProcedure.ConditionEntry(
                    id: c.id, name: c.name, extends: c.extends?.value,
                    extendsMinutes: c.extends.map { converter.guaranteedMinutes($0.value) })
            },
            fees: p.fees.map(fee), legalBasis: p.legalBasis.map(\.value), calls: calls,
            budgetMinutes: budget.longestMinutes,
            slackMinutes: budget.longestMinutes.map { budget.deadlineMinutes - $0 },
            graph: graph)
        compiled.expires = p.expires?.value
        if let terms {
            compiled.terms = terms
            compiled.effective = p.effective.value
        }
        return compiled
    }

    static func catalog(_ c: Catalog, procedures: [CompiledProcedure], minutesPerDay: Int) -> CompiledCatalog {
        let m = c.manifest
        return CompiledCatalog(
            formatVersion: CompiledCatalog.currentFormatVersion, contentHash: "",
            jurisdiction: CompiledCatalog.Jurisdiction(
                code: m?.jurisdictionCode ?? "", name: m?.jurisdictionName ?? "", nameEn: m?.jurisdictionNameEn,
                timeZone: m?.timeZone ?? "Asia/Ho_Chi_Minh", effective: m?.effective.description ?? ""),
            workingTime: CompiledCatalog.WorkingTime(
                officeHours: m?.officeHours ?? .standard, minutesPerWorkingDay: minutesPerDay,
                receiptCutoff: m?.receiptCutoff ?? .defaultCutoff, clockStart: m?.clockStart ?? .receipt),
            calendarDecisions: c.officialDecisions,
            units: c.units.values.sorted { $0.id < $1.id }.map { u in
                var entry = CompiledCatalog.UnitEntry(
                    id: u.id, kind: u.kind.rawValue, level: u.level.rawValue, name: u.name, nameEn: u.nameEn,
                    roles: u.roles.map(\.id).sorted(),
                    roleNames: Dictionary(u.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
                entry.fullName = u.fullName
                entry.fullNameEn = u.fullNameEn
                func names(_ pick: (Role) -> String?) -> [String: String]? {
                    let pairs = u.roles.compactMap { role in pick(role).map { (role.id, $0) } }
                    return pairs.isEmpty ? nil : Dictionary(pairs, uniquingKeysWith: { a, _ in a })
                }
                entry.roleNamesEn = names(\.nameEn)
                entry.roleFullNames = names(\.fullName)
                entry.roleFullNamesEn = names(\.fullNameEn)
                return entry
            },
            communes: c.communes.values.sorted { $0.id < $1.id }.map {
                CompiledCatalog.CommuneEntry(
                    id: $0.id, name: $0.name, type: $0.type.rawValue, distanceKm: $0.distanceKm, nameEn: $0.nameEn)
            },
            procedures: procedures.sorted { $0.code < $1.code })
    }
}
