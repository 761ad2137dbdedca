import CatalogModel
import Diagnostics
import WorkCalendar

/// T002–T004: dated values and versions. Periods of rows of the same name must not overlap,
/// versions start after the procedure's effective date and on different dates, every `from` and
/// `until` lies within the catalog's range, and `replaced_by` / `replaces` never form a cycle.
/// (T001, a reversed period, is reported while loading.)
public enum DatedValuesCheck {
    /// The dates the catalog can answer for: its effective date to the end of the last year its
    /// calendar has decisions for (no upper end without calendar files).
    public static func range(of catalog: Catalog) -> (first: CivilDate?, last: CivilDate?) {
        let first = catalog.manifest?.effective
        let last = catalog.calendarYears.map(\.year).max().flatMap { try? CivilDate($0, 12, 31) }
        return (first, last)
    }

    static func run(_ procedure: Procedure, catalog: Catalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let (first, last) = range(of: catalog)
        let name = procedure.code.value

        func inRange(_ date: Located<CivilDate>?, key: String) {
            guard let date else { return }
            if let first, date.value < first {
                diagnostics.append(
                    Diagnostic(
                        .dateOutOfRange,
                        CompilerMessage.beforeCatalog(key: key, date: date.value, first: first),
                        at: date.range))
            } else if let last, last < date.value {
                diagnostics.append(
                    Diagnostic(
                        .dateOutOfRange,
                        CompilerMessage.afterCalendar(key: key, date: date.value, last: last),
                        at: date.range))
            }
        }
        func periods(_ rows: [(name: String, period: ValidityPeriod, range: SourceRange)], what: Subject) {
            for row in rows {
                // A row that ends before the catalog starts never applies: say so at `until`.
                inRange(row.period.from, key: "from")
                inRange(row.period.until, key: "until")
            }
            for (i, row) in rows.enumerated() {
                guard let earlier = rows[..<i].first(where: { $0.name == row.name && $0.period.overlaps(row.period) })
                else { continue }
                guard !(row.period.until.map { u in row.period.from.map { u.value < $0.value } ?? false } ?? false)
                else { continue }
                let at = row.period.from?.range ?? row.period.until?.range ?? row.range
                diagnostics.append(
                    Diagnostic(
                        .overlappingPeriod,
                        CompilerMessage.overlappingRows(
                            what: what, name: row.name, period: row.period, earlier: earlier.period),
                        at: at, notes: [DiagnosticNote(CompilerMessage.otherRow, at: earlier.range)]))
            }
        }
        func fees(_ list: [Fee]) { periods(list.map { ($0.name, $0.period, $0.range) }, what: .fee) }
        func dossier(_ list: [DossierItem]) {
            periods(list.map { ($0.name, $0.period, $0.range) }, what: .dossierComponent)
        }

        fees(procedure.fees)
        dossier(procedure.dossier)
        for channel in procedure.channels { if let f = channel.fees { fees(f) } }
        var seen: [CivilDate: ProcedureVersion] = [:]
        for version in procedure.versions {
            inRange(version.from, key: "from")
            if version.from.value <= procedure.effective.value {
                diagnostics.append(
                    Diagnostic(
                        .overlappingPeriod,
                        CompilerMessage.versionNotAfterProcedure(
                            from: version.from.value, effective: procedure.effective.value),
                        at: version.from.range,
                        notes: [
                            DiagnosticNote(
                                CompilerMessage.procedureEffectiveDate,
                                at: procedure.effective.range)
                        ]))
            } else if let other = seen[version.from.value] {
                diagnostics.append(
                    Diagnostic(
                        .overlappingPeriod,
                        CompilerMessage.versionsSameStart(name: name, from: version.from.value),
                        at: version.from.range,
                        notes: [
                            DiagnosticNote(CompilerMessage.otherVersion, at: other.from.range)
                        ]))
            }
            seen[version.from.value] = version
            if let f = version.fees { fees(f) }
            if let d = version.dossier { dossier(d) }
        }
        return diagnostics
    }

    /// `replaced_by` and `replaces` as one graph (X replaced by Y); each cycle once, at the
    /// link of its first document (by id) that closes it.
    static func replacementCycles(_ catalog: Catalog) -> [Diagnostic] {
        var next: [String: [(String, SourceRange)]] = [:]
        for document in catalog.legalDocuments.values {
            if let successor = document.replacedBy {
                next[document.id, default: []].append((successor.value, successor.range))
            }
            for replaced in document.replaces {
                next[replaced.value, default: []].append((document.id, replaced.range))
            }
        }
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for start in next.keys.sorted() where !reported.contains(start) {
            // Depth-first from start, looking for a path back to it.
            var stack: [(String, [String], SourceRange?)] = [(start, [start], nil)]
            var visited: Set<String> = []
            while let (node, path, firstLink) = stack.popLast() {
                for (succ, range) in next[node] ?? [] {
                    if succ == start {
                        let cycle = path + [start]
                        let numbers = cycle.map { catalog.legalDocuments[$0]?.number ?? $0 }
                        diagnostics.append(
                            Diagnostic(
                                .replacedByCycle,
                                CompilerMessage.replacementCycle(documents: numbers),
                                at: firstLink ?? range))
                        reported.formUnion(cycle)
                        stack.removeAll()
                        break
                    }
                    if !visited.contains(succ) {
                        visited.insert(succ)
                        stack.append((succ, path + [succ], firstLink ?? range))
                    }
                }
            }
        }
        return diagnostics
    }
}
