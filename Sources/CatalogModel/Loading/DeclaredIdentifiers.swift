import YAMLReader

/// The ids a file declares, read from its tree without decoding it: when an entry fails to
/// decode, what refers to it must not also be told it "is not in the catalog" (its own errors say
/// what is wrong), and "did you mean" must not point somewhere else.
enum DeclaredIdentifiers {
    /// `fileStem`: the file name without `.yaml`, a procedure's code when its `code` is unreadable.
    static func of(_ kind: CatalogFileKind, root: YAMLNode?, fileStem: String) -> [String] {
        switch kind {
        case .procedure:
            return [root?["code"]?.scalar ?? fileStem]
        case .template(let id):
            return [id]
        case .fields: return entries(root, under: "fields")
        case .units: return entries(root, under: "units")
        case .communes: return entries(root, under: "communes")
        case .legal: return entries(root, under: "documents")
        case .forms: return entries(root, under: "forms")
        case .manifest, .calendar: return []
        }
    }

    private static func entries(_ root: YAMLNode?, under key: String) -> [String] {
        (root?[key]?.sequence ?? YAMLNodes()).compactMap { $0["id"]?.scalar }
    }
}

/// Entries that a catalog file declares but that failed to load, by kind.
public struct BrokenDefinitions: Sendable, Equatable {
    public var procedures: Set<String> = []
    /// Where each broken procedure is declared, so its own errors can be named.
    public var procedureFiles: [String: String] = [:]
    public var units: Set<String> = []
    public var communes: Set<String> = []
    public var forms: Set<String> = []
    public var legalDocuments: Set<String> = []
    public var fields: Set<String> = []
    public var templates: Set<String> = []

    public init() {}

    /// A reference to a unit or to one of its roles (`commune.pasc`) names a broken unit.
    public func containsUnit(of reference: String) -> Bool {
        if units.contains(reference) { return true }
        guard let dot = reference.lastIndex(of: ".") else { return false }
        return units.contains(String(reference[..<dot]))
    }
}
