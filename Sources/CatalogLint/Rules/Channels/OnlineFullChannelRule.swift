import CatalogModel
import Diagnostics

/// "Toàn trình" (fully online) means the applicant can do everything online; without the
/// online channel that promise is false.
public struct OnlineFullChannelRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "online-full-needs-online-channel",
        category: .channels, severity: .error,
        triggering: [
            .procedure(changing: ["channels": "[in-person, postal]", "online_service": "↓full"])
        ],
        nonTriggering: [
            .procedure(changing: [:])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        let level = procedure.onlineService.value
        guard level == .full, !procedure.channels.contains(where: { $0.channel == .online }) else { return nil }
        return context.finding(
            LintMessage.fullWithoutOnlineChannel(level: level.rawValue),
            at: procedure.onlineService.range)
    }
}
