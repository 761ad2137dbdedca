import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler
import YAMLReader

/// What every rule sees: the typed catalog, each procedure's compiled deadline and budget, every
/// file's text and values, today's date and the rule's options.
public struct LintContext: Sendable {
    /// A version's view (`VersionWorkflowLint`) holds one procedure as of the version's date.
    public internal(set) var catalog: Catalog
    /// Each compiled procedure's deadline and budget figures, by code (`budget(of:)`).
    private let budgets: [String: CompiledBudget]
    /// Sorted by path.
    public let files: [LintFile]
    public let today: CivilDate
    /// The options of the rule being run.
    public internal(set) var options: RuleOptions
    /// The id of the rule being run, which its findings carry (set by the linter with `options`).
    public internal(set) var rule = ""
    /// The ids of every rule the linter knows (suppression comments are checked against them).
    public let knownRuleIds: Set<String>
    /// A version's view (`VersionWorkflowLint`) sees its procedure's budget as of the version's
    /// date, or none: what it says replaces `budgets`'.
    var budgetsInView: [String: CompiledBudget?] = [:]
    private let fileByPath: [String: Int]
    /// Each procedure's name keys by code, computed once for the rules that compare names.
    private let nameKeysByCode: [String: NameKey.Keys]

    /// The loader's values of a file; a load made without `keepsValues` kept none, and then the
    /// file is parsed here, so a rule never sees "no values" for a file that has some (a silent
    /// pass).
    static func values(of path: String, kept: [String: YAMLValues], source: SourceText) -> YAMLValues {
        kept[path]
            ?? source.bytes.withUnsafeBufferPointer {
                YAMLValues(YAMLReader().read(source).root, file: $0, marking: ScalarValue.marker)
            }
    }

    init(catalog: Catalog, budgets: [String: CompiledBudget], today: CivilDate, knownRuleIds: Set<String>) {
        self.catalog = catalog
        self.budgets = budgets
        self.today = today
        self.knownRuleIds = knownRuleIds
        self.options = RuleOptions(defaults: [])
        let root = catalog.root.hasSuffix("/") ? catalog.root : catalog.root + "/"
        let sources = catalog.sources
        let kept = catalog.values
        self.files = sources.keys.sorted().parallelMap { path in
            LintFile(
                path: path, relativePath: path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path,
                source: sources[path]!, values: Self.values(of: path, kept: kept, source: sources[path]!))
        }
        var index: [String: Int] = [:]
        for (i, file) in files.enumerated() { index[file.path] = i }
        self.fileByPath = index
        // Each distinct name is normalised once (a name recurs across provinces' catalogs).
        // Read in place: an array of them would copy every procedure at lint's peak of memory.
        // Names are told apart by their bytes (`TextKey`): a cache, and hashing a Vietnamese name
        // as a String cost more than its keys.
        let procedures = catalog.procedures.values
        let names = Array(Set(procedures.map { TextKey($0.name.value) }))
        let keysByName = Dictionary(uniqueKeysWithValues: zip(names, names.parallelMap { NameKey.Keys($0.text) }))
        self.nameKeysByCode = Dictionary(
            procedures.map { ($0.code.value, keysByName[TextKey($0.name.value)]!) },
            uniquingKeysWith: { first, _ in first })
    }

    /// A procedure's name keys (`NameKey`).
    func nameKeys(_ procedure: Procedure) -> NameKey.Keys {
        nameKeysByCode[procedure.code.value] ?? NameKey.Keys(procedure.name.value)
    }

    public func file(_ path: String) -> LintFile? {
        fileByPath[path].map { files[$0] }
    }

    /// The compiled deadline and budget of a procedure (nil when it did not compile).
    public func budget(of code: String) -> CompiledBudget? {
        if let inView = budgetsInView[code] { return inView }
        return budgets[code]
    }

    /// The unit a reference names (a role's unit for a role).
    public func unit(_ reference: String?) -> Unit? {
        guard let reference, let resolved = catalog.resolve(reference) else { return nil }
        return catalog.units[resolved.unitId]
    }

    /// The range `[start, end)` of byte offsets in `file`.
    public func range(in file: String, from start: Int, to end: Int) -> SourceRange {
        guard let source = catalog.sources[file] else { return .wholeFile(file) }
        return source.range(fromOffset: start, to: end)
    }

    /// A fix that replaces exactly what `range` covers.
    public func fix(_ range: SourceRange, with replacement: String, _ description: some DiagnosticMessage) -> FixIt {
        FixIt(
            file: range.file, startOffset: range.start.offset, endOffset: range.end.offset, replacement: replacement,
            description)
    }

    /// A finding of the rule being run, at `range`. The linter sets its severity from the
    /// configuration, and drops it where the rule is off.
    public func finding(
        _ message: some DiagnosticMessage, at range: SourceRange,
        notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(id: .rule(rule), message, at: range, severity: .warning, notes: notes, fixIts: fixIts)
    }
}

extension LintContext {
    /// The scalar value of `key` inside `range` (a fee's `amount`, a dossier item's `name`), so a
    /// finding about an entry can point at the value that matters.
    public func scalar(_ key: String, within range: SourceRange) -> ScalarValue? {
        file(range.file)?.scalars.first {
            $0.key == key && $0.range.start.offset >= range.start.offset
                && $0.range.end.offset <= range.end.offset
        }
    }
}

extension LintContext {
    /// The first key of the file an entry's mapping starts (`code:` of a procedure), for findings
    /// about a whole file: a one-line place, not the whole document.
    public func head(of range: SourceRange) -> SourceRange {
        guard let first = file(range.file)?.firstKey, first.start.offset >= range.start.offset
        else { return range }
        return first
    }
}
