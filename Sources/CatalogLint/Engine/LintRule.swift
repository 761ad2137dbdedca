import Diagnostics

/// The languages `tthc lint` speaks: English by default, Vietnamese with `--lang vi`.
/// The same type as `Diagnostics.MessageLanguage`, so `tthc check` and `tthc lint` share one.
public typealias LintLanguage = MessageLanguage

/// One rule: one file under Rules/<Category>/, with its description and examples.
///
/// A rule holds no state (the catalog, today's date and its options come in the context), so
/// the rule is its type: the registry lists types and the linter calls them, making no instance.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    /// Every place the rule applies to in the catalog, each made by `context.finding`. Severity,
    /// configuration, suppressions and language are the linter's business, not the rule's.
    static func check(_ context: LintContext) -> [Diagnostic]
    /// This rule as a suppression audit, nil for any other rule: asked instead of `as?`, a
    /// dynamic cast that searched the binary's conformances, about 0.3 M instructions a rule.
    static var asSuppressionAudit: (any SuppressionAuditRule.Type)? { get }
}

extension LintRule {
    public static var asSuppressionAudit: (any SuppressionAuditRule.Type)? { nil }
}
