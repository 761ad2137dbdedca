import Diagnostics
import OrderedCollections
import WorkCalendar
import YAMLReader

/// One year's official decisions (`calendar/<year>.yaml`).
public struct CalendarYear: Sendable {
    public var year: Int
    public var decisions: [OfficialDecision]
    public var range: SourceRange
}

/// The whole catalog, typed, with every entry's source range.
public struct Catalog: Sendable {
    public var root: String
    public var manifest: Manifest?
    public var fields: OrderedDictionary<String, Field> = [:]
    public var units: OrderedDictionary<String, Unit> = [:]
    public var communes: OrderedDictionary<String, Commune> = [:]
    public var legalDocuments: OrderedDictionary<String, LegalDocument> = [:]
    public var forms: OrderedDictionary<String, Form> = [:]
    public var templates: OrderedDictionary<String, WorkflowTemplate> = [:]
    public var calendarYears: [CalendarYear] = []
    public var procedures: OrderedDictionary<String, Procedure> = [:]
    /// Each procedure's workflow with its template expanded, by procedure code.
    public var workflows: [String: Workflow] = [:]
    /// The workflows that procedure versions give (`versions[].workflow`), expanded, by procedure
    /// code and the version's date.
    public var versionWorkflows: [String: [CivilDate: Workflow]] = [:]
    /// Entries the files declare that failed to load: known by id, so references to them draw no
    /// "not in the catalog" error of their own.
    public var broken = BrokenDefinitions()
    /// Every file read, by the path used in diagnostics.
    public var sources: [String: SourceText] = [:]
    /// Every file's scalar values, by the same path, when the loader kept them (`keepsValues`);
    /// none for a file that could not be read as one mapping.
    public var values: [String: YAMLValues] = [:]
    /// The calendar the loader built, reused while its inputs are unchanged (`workCalendar`).
    var builtCalendar: BuiltCalendar?

    public init(root: String) {
        self.root = root
    }

    /// Resolves `province.construction.director` to a unit or a role of a unit.
    public func resolve(_ reference: String) -> ResolvedReference? {
        // By index: `units[id]` would copy the whole unit to test it.
        if units.index(forKey: reference) != nil { return .unit(reference) }
        guard let dot = reference.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let unitId = String(reference[..<dot])
        let roleId = String(reference[reference.index(after: dot)...])
        if let unit = units.index(forKey: unitId), units.values[unit].roles.contains(where: { $0.id == roleId }) {
            return .role(unit: unitId, role: roleId)
        }
        return nil
    }

    /// The workflow of procedure `code` in force on `date`: the last version's workflow from on or
    /// before it, else the procedure's own (also when `date` is nil).
    public func workflow(of code: String, on date: CivilDate?) -> Workflow? {
        guard let date, let dated = versionWorkflows[code],
            let from = dated.keys.filter({ $0 <= date }).max()
        else { return workflows[code] }
        return dated[from]
    }

    /// All official decisions of every year, in year order.
    public var officialDecisions: [OfficialDecision] {
        calendarYears.sorted { $0.year < $1.year }.flatMap(\.decisions)
    }
}
