import CatalogModel
import Diagnostics

/// An online channel on a procedure declared not online at all leaves the portal's label wrong.
public struct OnlineChannelLevelRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "online-channel-without-online-service",
        category: .channels, severity: .warning,
        triggering: [
            .procedure(changing: ["online_service": "↓none"])
        ],
        nonTriggering: [
            .procedure(changing: ["online_service": "partial"])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard procedure.onlineService.value == .none, procedure.channels.contains(where: { $0.channel == .online })
        else { return nil }
        return context.finding(
            LintMessage.onlineWithoutService,
            at: procedure.onlineService.range)
    }
}
