import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// Loads and compiles a catalog (everything `tthc check` reports), runs the rules, and applies
/// configuration and suppression comments.
public struct Linter: Sendable {
    public var configuration: LintConfiguration
    public var language: LintLanguage
    public var today: CivilDate
    public var rules: [any LintRule.Type]

    public init(
        configuration: LintConfiguration = LintConfiguration(), language: LintLanguage = .en,
        today: CivilDate, rules: [any LintRule.Type] = RuleRegistry.all
    ) {
        self.configuration = configuration
        self.language = language
        self.today = today
        self.rules = rules
    }

    public func lint(root: String) -> LintResult {
        lint(CatalogCheck.run(root: root, compile: false, keepsValues: ScalarValue.marker))
    }

    /// Lints what the pipeline loaded and compiled (compiling it first if it was only loaded, or
    /// compiled for its diagnostics alone, keeping the budgets, not the graphs, which no rule
    /// reads): the budget rules never see "no budget" for a procedure that has one.
    public func lint(_ check: CatalogCheck) -> LintResult {
        var check = check
        let compiled =
            check.compiled.flatMap { $0.keeping == .diagnostics ? nil : $0 } ?? check.compile(keeping: .budgets)
        let loaded = check.loaded
        let descriptions = rules.map { $0.description }
        var context = LintContext(
            catalog: loaded.catalog, budgets: compiled.budgets, today: today,
            knownRuleIds: Set(descriptions.map(\.id)))

        var checks: [(any LintRule.Type, RuleDescription)] = []
        var audits: [(any SuppressionAuditRule.Type, RuleDescription)] = []
        for rule in rules where configuration.runs(rule.description) {
            if let audit = rule.asSuppressionAudit {
                audits.append((audit, rule.description))
            } else {
                checks.append((rule, rule.description))
            }
        }
        let shared = context
        let versions = VersionWorkflowLint.views(of: context)
        let findings = checks.parallelMap { rule, description -> [Diagnostic] in
            var context = shared
            context.options = configuration.options(for: description)
            context.rule = description.id
            let own = rule.check(context)
            let inVersions = VersionWorkflowLint.findings(
                of: rule, id: description.id, in: versions, options: context.options, besides: own)
            return configured(TemplateFindings.merged(own + inVersions), rule: description, root: loaded.catalog.root)
        }.flatMap { $0 }

        let suppressions = context.files.flatMap(Suppression.parse)
        let filter = SuppressionFilter(suppressions: suppressions, ruleIds: context.knownRuleIds)
        let (kept, suppressed, outcomes) = filter.apply(to: check.diagnostics.localized(language) + findings)
        let byId = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let root = loaded.catalog.root
        var result = kept
        for (audit, description) in audits {
            context.options = configuration.options(for: description)
            context.rule = description.id
            let found = audit.audit(outcomes, context: context) { id, file in
                guard let rule = byId[id] else { return true }
                return configuration.severity(of: rule, in: Self.relative(file, to: root)) != nil
            }
            result += configured(found, rule: description, root: root)
        }
        return LintResult(
            catalog: loaded.catalog, fileCount: loaded.fileCount,
            files: loaded.files, diagnostics: result.sorted(), suppressed: suppressed)
    }

    /// Findings in the chosen language, at the severity configured for their file (dropped where
    /// the rule is off).
    private func configured(_ findings: [Diagnostic], rule: RuleDescription, root: String) -> [Diagnostic] {
        findings.compactMap { finding in
            guard let severity = configuration.severity(of: rule, in: Self.relative(finding.range.file, to: root))
            else { return nil }
            var d = finding.localized(language)
            d.severity = severity
            return d
        }
    }

    static func relative(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
