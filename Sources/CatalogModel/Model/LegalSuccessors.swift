extension Catalog {
    /// Which documents take over from each document: those that say they replace it (`replaces`)
    /// and the one it names itself (`replaced_by`). The compiler (C010, from a procedure's
    /// effective date) and lint (`legal-basis-expiring`, from today) read the same table, so a
    /// successor written on either side is seen by both.
    public func legalSuccessors() -> [String: [LegalDocument]] {
        var result: [String: [LegalDocument]] = [:]
        for document in legalDocuments.values {
            for replaced in document.replaces { result[replaced.value, default: []].append(document) }
        }
        for document in legalDocuments.values {
            if let id = document.replacedBy?.value, let successor = legalDocuments[id],
                !(result[document.id] ?? []).contains(where: { $0.id == id })
            {
                result[document.id, default: []].append(successor)
            }
        }
        return result
    }
}
