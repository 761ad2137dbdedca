import Diagnostics

/// Everything about a rule except its check: what `tthc rules`, `tthc explain`, SARIF's rule
/// metadata, docs/rules.md and the generated example tests read.
public struct RuleDescription: Sendable {
    /// Stable, kebab-case: what configuration, suppressions and baselines name.
    public var id: String
    public var name: Localized
    public var category: RuleCategory
    public var severity: Severity
    /// Opt-in rules run only when configuration enables them.
    public var enabledByDefault: Bool
    /// One line: what the rule finds.
    public var summary: Localized
    /// Why it matters and what to do.
    public var rationale: Localized
    public var options: [RuleOption]
    /// Whether `--fix` applies its fix-its (they change bytes only where the finding is).
    public var fixable: Bool
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]

    public init(
        id: String, name: Localized, category: RuleCategory, severity: Severity, enabledByDefault: Bool = true,
        summary: Localized, rationale: Localized, options: [RuleOption] = [], fixable: Bool = false,
        triggering: [RuleExample], nonTriggering: [RuleExample]
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.severity = severity
        self.enabledByDefault = enabledByDefault
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.fixable = fixable
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
