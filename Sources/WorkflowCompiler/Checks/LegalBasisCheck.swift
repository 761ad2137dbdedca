import CatalogModel
import Diagnostics
import WorkCalendar

/// C010: every cited document is in force on the procedure's effective date; a replaced one
/// is reported with its successor.
enum LegalBasisCheck {
    static func run(_ procedure: Procedure, catalog: Catalog, successors: [String: [LegalDocument]]) -> [Diagnostic] {
        let date = procedure.effective.value
        var cited = procedure.legalBasis
        if let announced = procedure.announcedBy { cited.append(announced) }
        var diagnostics: [Diagnostic] = []
        for reference in cited {
            guard let document = catalog.legalDocuments[reference.value] else { continue }
            if document.effective > date {
                diagnostics.append(Diagnostic(.legalBasisNotInForce,
                    "\(document.number) takes effect on \(document.effective), after this procedure's effective date \(date)", vi: "\(document.number) có hiệu lực từ \(document.effective), sau ngày có hiệu lực \(date) của thủ tục này", at: reference.range))
            } else if let successor = successors[document.id]?.filter({ $0.effective <= date }).min(by: { $0.effective < $1.effective }) {
                diagnostics.append(Diagnostic(.legalBasisNotInForce,
                    "\(document.number) was replaced by \(successor.number) from \(successor.effective); cite \(successor.id) instead", vi: "\(document.number) đã được thay thế bởi \(successor.number) từ \(successor.effective); hãy dẫn \(successor.id)",
                    at: reference.range, notes: [DiagnosticNote("\(successor.number) is declared here", vi: "\(successor.number) được khai báo ở đây", at: successor.range)]))
            } else if let expires = document.expires, expires < date {
                diagnostics.append(Diagnostic(.legalBasisNotInForce,
                    "\(document.number) expired on \(expires), before this procedure's effective date \(date)", vi: "\(document.number) đã hết hiệu lực từ \(expires), trước ngày có hiệu lực \(date) của thủ tục này", at: reference.range))
            }
        }
        return diagnostics
    }

    /// Which documents replace each document.
    static func successors(in catalog: Catalog) -> [String: [LegalDocument]] {
        var result: [String: [LegalDocument]] = [:]
        for document in catalog.legalDocuments.values {
            for replaced in document.replaces { result[replaced.value, default: []].append(document) }
        }
        return result
    }
}
