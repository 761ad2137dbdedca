import YAMLReader

/// A choice enum's cases and their words (`channel: online`), for `LoadContext.choice`: a value
/// is matched as bytes where the file holds them, against the few words of its own length. The
/// synthesized `init(rawValue:)` builds an array of every case on each call, and almost every
/// procedure names a dozen choices. The class has no generic requirements, so making one does
/// not send the runtime looking through every conformance of the program.
final class ChoiceTable<Choice> {
    let cases: [Choice]
    let words: KeyTable

    init(_ cases: [Choice], words: [String]) {
        self.cases = cases
        self.words = KeyTable(words)
    }
}

extension SeenValues {
    /// `E`'s table, made on this thread's first read of one (a catalog has about a dozen kinds
    /// of choice, so a list is searched, not hashed).
    func choices<E: RawRepresentable & CaseIterable>(of type: E.Type) -> ChoiceTable<E> where E.RawValue == String {
        let id = ObjectIdentifier(type)
        for (kind, table) in choiceTables where kind == id { return unsafeDowncast(table, to: ChoiceTable<E>.self) }
        let cases = Array(E.allCases)
        let table = ChoiceTable(cases, words: cases.map(\.rawValue))
        choiceTables.append((id, table))
        return table
    }
}
