import Diagnostics

/// `.tthc-lint.yml`: which rules run, at what severity, with which options, per path, and the
/// severity from which `tthc lint` fails.
public struct LintConfiguration: Sendable {
    /// A rule's setting: on or off, a severity, option values. Unset fields keep the defaults.
    public struct RuleSetting: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Severity?
        public var options: [String: String] = [:]

        public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: String] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }
    }

    /// Settings for the files some globs match (`procedures/province/**`); later overrides win.
    public struct Override: Sendable {
        public var patterns: [Glob]
        public var rules: [String: RuleSetting]
    }

    public static let fileName = ".tthc-lint.yml"

    public var failOn: Severity = .error
    public var rules: [String: RuleSetting] = [:]
    public var overrides: [Override] = []

    public init() {}

    /// Whether the rule runs at all (somewhere in the catalog).
    public func runs(_ rule: RuleDescription) -> Bool {
        if rules[rule.id]?.enabled ?? rule.enabledByDefault { return true }
        return overrides.contains { $0.rules[rule.id]?.enabled == true }
    }

    public func options(for rule: RuleDescription) -> RuleOptions {
        RuleOptions(defaults: rule.options, overrides: rules[rule.id]?.options ?? [:])
    }

    /// The severity of the rule's findings in one file; nil when the rule is off there.
    public func severity(of rule: RuleDescription, in relativePath: String) -> Severity? {
        var enabled = rules[rule.id]?.enabled ?? rule.enabledByDefault
        var severity = rules[rule.id]?.severity ?? rule.severity
        for override in overrides where override.patterns.contains(where: { $0.matches(relativePath) }) {
            guard let setting = override.rules[rule.id] else { continue }
            if let on = setting.enabled { enabled = on }
            if let level = setting.severity { severity = level }
        }
        return enabled ? severity : nil
    }
}
