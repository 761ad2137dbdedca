import CatalogModel
import Diagnostics

/// A provincial system appends its province's suffix to national codes (1.000948.H38 in Yên
/// Bái); a suffix of another province means the record was copied from another catalog.
public struct CodeFormatRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "code-format",
        category: .identity, severity: .warning,
        triggering: [
            .inPerson(changing: ["code": "↓1.000001.H38"])
        ],
        nonTriggering: [
            .inPerson(changing: ["code": "1.000001.H99"])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard let jurisdiction = context.catalog.manifest?.jurisdictionCode else { return nil }
        let expected = "H" + jurisdiction
        let parts = procedure.code.value.split(separator: ".", maxSplits: 2)
        guard parts.count == 3, parts[2] != expected else { return nil }
        return context.finding(
            LintMessage.foreignSuffix(suffix: String(parts[2]), code: procedure.code.value, expected: expected),
            at: procedure.code.range)
    }
}
