import WorkflowCompiler

/// `UnitDirectory.concrete` and the check that an actor is a known concrete unit, on names and
/// by array lookups: they run on every request (the actor of each event is recorded concrete).
///
/// Names are small dense numbers, so per-name facts are arrays indexed by the name's number, made
/// for the names that exist when the directory is built (every unit, role and concrete commune
/// unit of the artifact). A name made later (an unknown reference typed by someone) is not in
/// them, and the caller takes the path through the text.
struct ConcreteNames: Sendable {
    /// Per name: the row of a commune-level reference in `table`, `asIs` for a reference that is
    /// concrete as it is (provincial units and roles, concrete commune units, `applicant`), or
    /// `unknown`.
    private var rows: [Int32] = []
    /// Per name: the column of a commune, or -1.
    private var columns: [Int32] = []
    /// row × communes + column → the concrete name.
    private var table: [Name] = []
    private var communeCount = 0

    private static let asIs: Int32 = -1
    private static let unknown: Int32 = -2

    init(_ artifact: CompiledCatalog) {
        communeCount = artifact.communes.count
        let communes = artifact.communes.map { Name($0.id) }
        var rowOf: [(Name, Int32)] = []
        var asIs: [Name] = [Name.applicant]
        for unit in artifact.units {
            for reference in [unit.id] + unit.roles.map({ unit.id + "." + $0 }) {
                guard UnitDirectory.afterCommuneRoot(reference) != nil else {
                    asIs.append(Name(reference))
                    continue
                }
                rowOf.append((Name(reference), Int32(rowOf.count)))
                for commune in artifact.communes {
                    let concrete = Name(UnitDirectory.concrete(reference, commune: commune.id))
                    table.append(concrete)
                    asIs.append(concrete)
                }
            }
        }
        let size = Int(NameTable.shared.count)
        rows = Array(repeating: Self.unknown, count: size)
        columns = Array(repeating: -1, count: size)
        for name in asIs { rows[Int(name.number)] = Self.asIs }
        for (name, row) in rowOf { rows[Int(name.number)] = row }
        for (column, commune) in communes.enumerated() { columns[Int(commune.number)] = Int32(column) }
    }

    /// The concrete name of `reference` in `commune`; nil when either is not in the tables.
    func concrete(_ reference: Name, commune: Name) -> Name? {
        let r = Int(reference.number)
        guard r < rows.count else { return nil }
        let row = rows[r]
        if row == Self.asIs { return reference }
        let c = Int(commune.number)
        guard row >= 0, c < columns.count, columns[c] >= 0 else { return nil }
        return table[Int(row) * communeCount + Int(columns[c])]
    }

    /// Whether `name` is a commune of the artifact.
    func isCommune(_ name: Name) -> Bool {
        let n = Int(name.number)
        return n < columns.count && columns[n] >= 0
    }

    /// Whether `name` is a concrete unit or role of the artifact (or `applicant`).
    func isKnownConcrete(_ name: Name) -> Bool {
        let n = Int(name.number)
        return n < rows.count && rows[n] == Self.asIs
    }
}
