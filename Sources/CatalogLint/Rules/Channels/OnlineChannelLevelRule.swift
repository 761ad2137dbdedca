import Diagnostics

/// An online channel on a procedure declared not online at all leaves the portal's label wrong.
public struct OnlineChannelLevelRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "online-channel-without-online-service",
        name: Localized(
            "Online channel but no online service", vi: "Có kênh trực tuyến nhưng không có dịch vụ trực tuyến"),
        category: .channels, severity: .warning,
        summary: Localized(
            "A procedure with the online channel has online_service full or partial.",
            vi: "Thủ tục có kênh online có online_service là full hoặc partial."),
        rationale: Localized(
            "The portal labels each service toàn trình (full) or một phần (partial). A procedure that lists the online channel but says online_service: none gets no label, and statistics of online services undercount it. Say which level it is.",
            vi:
                "Cổng dịch vụ công gắn nhãn mỗi dịch vụ là toàn trình (full) hay một phần (partial). Thủ tục có kênh online nhưng ghi online_service: none sẽ không có nhãn, và thống kê dịch vụ công trực tuyến bị thiếu. Hãy ghi đúng mức độ."
        ),
        triggering: [
            .procedure(changing: ["online_service": "↓none"])
        ],
        nonTriggering: [
            .procedure(changing: ["online_service": "partial"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.compactMap { procedure in
            guard procedure.onlineService.value == .none, procedure.channels.contains(where: { $0.channel == .online })
            else { return nil }
            return context.finding(
                LintMessage.onlineWithoutService,
                at: procedure.onlineService.range)
        }
    }
}
