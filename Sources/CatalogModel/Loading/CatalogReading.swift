/// Which files of a catalog a command reads. Most read every file; a deadline reads the manifest
/// and the calendar (office hours, cut-off, decisions), and a procedure's deadline also the files
/// that procedure's references resolve against (units, forms, legal documents, fields,
/// templates) and its own file, found by its name, not the catalog's other procedures.
public enum CatalogReading: Sendable, Equatable {
    case everything
    case calendar
    /// The file `procedures/…/CODE.yaml` (what `tthc new procedure` writes) with what it needs.
    case procedure(code: String)

    /// Whether a file at `relativePath` (from the catalog's root, with `/`) is read.
    public func includes(_ relativePath: String) -> Bool {
        switch (self, CatalogFileKind.classify(relativePath)) {
        case (.everything, _): return true
        case (_, nil): return false
        case (.calendar, let kind?): return kind == .manifest || kind == .calendar
        case (.procedure(let code), .procedure?):
            return CatalogFileKind.stem(of: relativePath) == code
        case (.procedure, _?): return true
        }
    }
}
