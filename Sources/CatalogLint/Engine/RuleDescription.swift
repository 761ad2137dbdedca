import Diagnostics

/// Everything about a rule except its check: what `tthc rules`, `tthc explain`, SARIF's rule
/// metadata, docs/rules.md and the generated example tests read. The rule's code gives its id,
/// category, severity, options and examples; its words (name, summary, rationale, option texts)
/// come from `Documentation/rules.yaml` by id.
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
    /// The examples, made when asked for (by the tests and `tthc rules`): every run of check or
    /// lint reads the descriptions, and making every rule's example catalogs cost it more than
    /// checking a small catalog.
    public var triggering: [RuleExample] { makeTriggering() }
    public var nonTriggering: [RuleExample] { makeNonTriggering() }
    private let makeTriggering: @Sendable () -> [RuleExample]
    private let makeNonTriggering: @Sendable () -> [RuleExample]

    public init(
        id: String, category: RuleCategory, severity: Severity, enabledByDefault: Bool = true,
        options: [RuleOption] = [], fixable: Bool = false,
        triggering: @autoclosure @escaping @Sendable () -> [RuleExample],
        nonTriggering: @autoclosure @escaping @Sendable () -> [RuleExample]
    ) {
        let words = RuleDocumentation.shipped.rule(id)
        self.id = id
        self.name = words.name
        self.category = category
        self.severity = severity
        self.enabledByDefault = enabledByDefault
        self.summary = words.summary
        self.rationale = words.rationale
        self.options = options.map { option in
            var option = option
            option.summary = words.options[option.name] ?? Localized("", vi: "")
            return option
        }
        self.fixable = fixable
        self.makeTriggering = triggering
        self.makeNonTriggering = nonTriggering
    }
}
