import Diagnostics

/// A setting a rule takes from `.tthc-lint.yml` (`legal-basis-expiring: { days: 60 }`).
public struct RuleOption: Sendable {
    public enum Kind: Sendable, Equatable {
        case integer(ClosedRange<Int>)
        case choice([String])
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: String
    /// What it does, from `Documentation/rules.yaml` (set by `RuleDescription`).
    public var summary = Localized("", vi: "")

    public init(_ name: String, _ kind: Kind, default defaultValue: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
    }

    /// Nil when `text` is valid for this option, else what is allowed.
    public func problem(with text: String) -> String? {
        switch kind {
        case .integer(let range):
            guard let value = Int(text), range.contains(value) else {
                return "a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .choice(let values):
            return values.contains(text) ? nil : "one of \(values.joined(separator: ", "))"
        }
    }
}

/// The option values one rule runs with: its defaults, overridden by configuration.
public struct RuleOptions: Sendable {
    private var values: [String: String]

    public init(defaults: [RuleOption], overrides: [String: String] = [:]) {
        var values: [String: String] = [:]
        for option in defaults { values[option.name] = option.defaultValue }
        for (name, value) in overrides { values[name] = value }
        self.values = values
    }

    /// The value of an option the rule declares (its default when not configured).
    public func string(_ name: String) -> String {
        values[name] ?? ""
    }

    public func integer(_ name: String) -> Int {
        Int(values[name] ?? "") ?? 0
    }
}

extension RuleOption {
    /// A `style` option: one of two ways of writing a thing, or `majority` (the default), whichever
    /// the catalog writes more often.
    static func style(_ first: String, _ second: String) -> RuleOption {
        RuleOption("style", .choice(["majority", first, second]), default: "majority")
    }

    /// A `days` option: how far ahead of today the rule looks, up to ten years.
    static func daysAhead(default days: Int) -> RuleOption {
        RuleOption("days", .integer(0...3650), default: String(days))
    }
}

extension RuleOptions {
    /// The `days` option (`RuleOption.daysAhead`).
    var daysAhead: Int { integer("days") }

    /// Whether the `style` option (`RuleOption.style`) picks `second`: it names it, or it is left at
    /// `majority` and `secondLeads` (the catalog writes `second` more often).
    func stylePicks(_ second: String, ifMajority secondLeads: Bool) -> Bool {
        let style = string("style")
        return style == "majority" ? secondLeads : style == second
    }
}
