import CatalogModel

extension DeadlineCommand {
    /// What a deadline question reads of the catalog. A period (`--add`): the manifest and the
    /// calendar. A procedure: also its own file (named after its code) and what its references
    /// resolve against, not the other procedures; when that is not enough to answer exactly as the
    /// whole catalog would (no file named after the code, or the procedure calls another, whose
    /// existence only the whole catalog can tell), the whole catalog is read. A batch may ask
    /// anything, so it reads everything.
    static func loadCatalog(_ path: String?, procedure: String?, batch: String?) throws -> CatalogTarget.Loaded {
        guard batch == nil else { return try CatalogTarget.load(path) }
        guard let code = procedure else { return try CatalogTarget.load(path, reading: .calendar) }
        let partial = try CatalogTarget.load(path, reading: .procedure(code: code))
        if partial.catalog.procedures[code] != nil,
            !partial.diagnostics.contains(where: { $0.code == .unknownProcedure })
        {
            return partial
        }
        return try CatalogTarget.load(path)
    }
}
