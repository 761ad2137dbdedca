import Diagnostics

/// Groups rules in listings and docs, and names the folder a rule's file sits in.
public enum RuleCategory: String, Sendable, CaseIterable, Comparable {
    case text, naming, identity, references, legal, fees, channels, deadlines, workflow, dossier, units, suppressions

    /// From `Documentation/rules.yaml`.
    public var title: Localized {
        RuleDocumentation.shipped.categories[rawValue] ?? Localized(rawValue, vi: rawValue)
    }

    public static func < (lhs: RuleCategory, rhs: RuleCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
