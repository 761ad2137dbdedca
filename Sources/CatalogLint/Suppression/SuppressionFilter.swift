import Diagnostics

/// Applies suppression comments to findings and records what each one suppressed, for the
/// rules that audit the comments themselves.
public struct SuppressionFilter: Sendable {
    /// What happened to one comment.
    public struct Outcome: Sendable {
        public var suppression: Suppression
        /// How many findings each target id suppressed (same order as `targets`).
        public var counts: [Int]
        /// Whether it was applied: it needs a known scope, known rule ids and a reason.
        public var applied: Bool
    }

    /// Check codes a comment may name besides lint rules: the compiler's workflow checks and the
    /// warnings. Errors that mean a file cannot be read (F, Y, L, R) cannot be suppressed.
    public static func isSuppressibleCode(_ code: DiagnosticCode) -> Bool {
        code.rawValue.hasPrefix("C") || code.defaultSeverity == .warning
    }

    /// Whether `id` (as written in a comment) names this finding.
    static func names(_ id: String, _ diagnostic: Diagnostic) -> Bool {
        switch diagnostic.id {
        case .rule(let rule): rule == id
        case .code(let code): isSuppressibleCode(code) && (code.rawValue == id || code.name == id)
        }
    }

    /// Whether a comment may name `id` at all.
    static func isKnown(_ id: String, ruleIds: Set<String>) -> Bool {
        ruleIds.contains(id)
            || DiagnosticCode.allCases.contains { isSuppressibleCode($0) && ($0.rawValue == id || $0.name == id) }
    }

    public let suppressions: [Suppression]
    public let ruleIds: Set<String>

    public init(suppressions: [Suppression], ruleIds: Set<String>) {
        self.suppressions = suppressions
        self.ruleIds = ruleIds
    }

    /// The findings that remain, and each comment's outcome.
    public func apply(to diagnostics: [Diagnostic]) -> (
        kept: [Diagnostic], suppressed: [Diagnostic], outcomes: [Outcome]
    ) {
        var outcomes = suppressions.map { s in
            Outcome(
                suppression: s, counts: Array(repeating: 0, count: s.targets.count),
                applied: s.scope != nil && !s.reason.isEmpty && !s.targets.isEmpty
                    && s.targets.allSatisfy { Self.isKnown($0.id, ruleIds: ruleIds) })
        }
        var byLine: [String: [Int]] = [:]
        for (index, outcome) in outcomes.enumerated() where outcome.applied {
            if let line = outcome.suppression.line {
                byLine["\(outcome.suppression.file):\(line)", default: []].append(index)
            }
        }
        var kept: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        for diagnostic in diagnostics {
            var matched = false
            for index in byLine["\(diagnostic.range.file):\(diagnostic.range.start.line)"] ?? [] {
                for (t, target) in outcomes[index].suppression.targets.enumerated()
                where Self.names(target.id, diagnostic) {
                    outcomes[index].counts[t] += 1
                    matched = true
                }
            }
            if matched { suppressed.append(diagnostic) } else { kept.append(diagnostic) }
        }
        return (kept, suppressed, outcomes)
    }
}

/// Rules about the suppression comments; they run after the others, once it is known what each
/// comment suppressed, and their own findings cannot be suppressed.
public protocol SuppressionAuditRule: LintRule {
    /// `ruleEnabled(id, file)`: whether the named rule runs in that file (an unused comment for a
    /// rule that is off is not reported).
    static func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic]
}

extension SuppressionAuditRule {
    public static func check(_ context: LintContext) -> [Diagnostic] { [] }
    public static var asSuppressionAudit: (any SuppressionAuditRule.Type)? { self }
}
