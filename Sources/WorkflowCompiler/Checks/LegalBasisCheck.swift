import CatalogModel
import Diagnostics
import WorkCalendar

/// C010: every cited document is in force on the procedure's effective date; a replaced one
/// is reported with its successor.
enum LegalBasisCheck {
    /// `at`: the date asked about (`--at`); by default the procedure's effective date, and each
    /// version's documents on the version's date.
    static func run(
        _ procedure: Procedure, catalog: Catalog, successors: LegalSuccessors, at: CivilDate? = nil
    ) -> [Diagnostic] {
        if at == nil, !procedure.versions.isEmpty {
            var base = procedure
            base.versions = []
            return run(base, catalog: catalog, successors: successors)
                + procedure.versions.flatMap { version -> [Diagnostic] in
                    guard version.legalBasis != nil || version.announcedBy != nil else { return [] }
                    var p = base
                    p.legalBasis = version.legalBasis ?? []
                    p.announcedBy = version.announcedBy
                    return run(p, catalog: catalog, successors: successors, at: version.from.value)
                }
        }
        let date = at.map { max($0, procedure.effective.value) } ?? procedure.effective.value
        var diagnostics: [Diagnostic] = []
        // `citedDocuments` one by one, without an array of them.
        func judge(_ reference: Located<String>) {
            guard let document = catalog.legalDocuments[reference.value] else { return }
            switch successors.standing(of: document, on: date) {
            case .notYetInForce:
                diagnostics.append(
                    Diagnostic(
                        .legalBasisNotInForce,
                        CompilerMessage.notYetInForce(
                            document: document.number, effective: document.effective, date: date, dateAsked: at != nil),
                        at: reference.range))
            case .replaced(let successor):
                diagnostics.append(
                    Diagnostic(
                        .legalBasisNotInForce,
                        CompilerMessage.replaced(
                            document: document.number, successor: successor.number, from: successor.effective,
                            successorID: successor.id),
                        at: reference.range, notes: [.declared(successor)]))
            case .expired(let expires):
                diagnostics.append(
                    Diagnostic(
                        .legalBasisNotInForce,
                        CompilerMessage.expiredBefore(
                            document: document.number, expires: expires, date: date, dateAsked: at != nil),
                        at: reference.range))
            case .inForce:
                break
            }
        }
        for reference in procedure.legalBasis { judge(reference) }
        if let announcedBy = procedure.announcedBy { judge(announcedBy) }
        return diagnostics
    }
}

extension DiagnosticNote {
    /// Where a cited document's successor is declared: the note of a replaced document, from C010
    /// and from lint's `legal-basis-expiring` alike.
    public static func declared(_ successor: LegalDocument) -> DiagnosticNote {
        DiagnosticNote(CompilerMessage.documentDeclaredHere(document: successor.number), at: successor.range)
    }
}
