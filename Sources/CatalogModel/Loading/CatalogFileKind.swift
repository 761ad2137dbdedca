/// What a file in a catalog directory holds, decided by where it sits.
public enum CatalogFileKind: Sendable, Equatable {
    case manifest, fields, units, communes, legal, forms
    case template(id: String)
    case calendar, procedure

    /// `relativePath` uses `/` and is relative to the catalog root. Nil for files tthc ignores.
    public static func classify(_ relativePath: String) -> CatalogFileKind? {
        let parts = relativePath.split(separator: "/").map(String.init)
        guard let last = parts.last else { return nil }
        let stem: String
        if last.hasSuffix(".yaml") {
            stem = String(last.dropLast(5))
        } else if last.hasSuffix(".yml") {
            stem = String(last.dropLast(4))
        } else {
            return nil
        }
        switch (parts.count, parts[0]) {
        case (1, _) where stem == "catalog": return .manifest
        case (1, _) where stem == "fields": return .fields
        case (2, "units"): return stem == "communes" ? .communes : .units
        case (2, "legal"): return .legal
        case (2, "forms"): return .forms
        case (2, "templates"): return .template(id: stem)
        case (2, "calendar"): return .calendar
        case (_, "procedures") where parts.count >= 2: return .procedure
        default: return nil
        }
    }
}
