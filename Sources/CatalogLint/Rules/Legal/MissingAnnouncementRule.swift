import CatalogModel
import Diagnostics

/// A procedure applies in a province from the chairman's decision announcing it; without it the
/// record cannot be traced to the act that put it in force.
public struct MissingAnnouncementRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "missing-announcement",
        category: .legal, severity: .warning,
        triggering: [
            .inPerson(marking: "code")
        ],
        nonTriggering: [
            .inPerson(changing: ["announced_by": "qd-1-ubnd-2025"])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard procedure.announcedBy == nil else { return nil }
        return context.finding(
            LintMessage.missingAnnouncement(code: procedure.code.value),
            at: context.head(of: procedure.range))
    }
}
