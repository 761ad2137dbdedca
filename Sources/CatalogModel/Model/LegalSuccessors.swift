import OrderedCollections
import WorkCalendar

/// Which documents take over from each document: those that say they replace it (`replaces`)
/// and the one it names itself (`replaced_by`). The compiler (C010, from a procedure's effective
/// date) and lint (`legal-basis-expiring`, from today) read the same table, so a successor written
/// on either side is seen by both.
public struct LegalSuccessors: Sendable {
    private var byDocument: [String: [LegalDocument]] = [:]

    init(_ documents: OrderedDictionary<String, LegalDocument>) {
        for document in documents.values {
            for replaced in document.replaces { byDocument[replaced.value, default: []].append(document) }
        }
        for document in documents.values {
            if let id = document.replacedBy?.value, let successor = documents[id],
                !(byDocument[document.id] ?? []).contains(where: { $0.id == id })
            {
                byDocument[document.id, default: []].append(successor)
            }
        }
    }

    /// The successor of document `id` in force on `date` that took effect first, if any has.
    public func inForce(replacing id: String, on date: CivilDate) -> LegalDocument? {
        byDocument[id]?.filter { $0.effective <= date }.min { $0.effective < $1.effective }
    }

    /// Where a cited `document` stands on `date`: not yet in force, taken over by a successor in
    /// force, expired, or in force. C010 and lint's `legal-basis-expiring` judge it here, in this order.
    public func standing(of document: LegalDocument, on date: CivilDate) -> LegalStanding {
        if document.effective > date { return .notYetInForce }
        if let successor = inForce(replacing: document.id, on: date) { return .replaced(by: successor) }
        if let expires = document.expires, expires < date { return .expired(on: expires) }
        return .inForce
    }
}

/// What `LegalSuccessors.standing(of:on:)` finds.
public enum LegalStanding: Sendable {
    case notYetInForce
    /// The successor in force on the date that took effect first.
    case replaced(by: LegalDocument)
    case expired(on: CivilDate)
    case inForce
}

extension Catalog {
    public func legalSuccessors() -> LegalSuccessors { LegalSuccessors(legalDocuments) }
}
