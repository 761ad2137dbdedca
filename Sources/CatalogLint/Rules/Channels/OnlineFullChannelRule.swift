import Diagnostics

/// "Toàn trình" (fully online) means the applicant can do everything online; without the
/// online channel that promise is false.
public struct OnlineFullChannelRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "online-full-needs-online-channel",
        name: Localized("Fully online without the online channel", vi: "Toàn trình nhưng không có kênh trực tuyến"),
        category: .channels, severity: .error,
        summary: Localized(
            "online_service: full requires the online channel.", vi: "online_service: full cần có kênh online."),
        rationale: Localized(
            "A fully online (toàn trình) public service is done on the portal from submission to result; the procedure must list the online channel, or the portal offers a service that the catalog says cannot be reached online. Add online to channels, or correct online_service. (A partly online service may be reached through another system, such as VNeID, so it is not checked.)",
            vi:
                "Dịch vụ công trực tuyến toàn trình được thực hiện trên cổng từ khi nộp đến khi nhận kết quả; thủ tục phải có kênh online, nếu không cổng sẽ cung cấp một dịch vụ mà danh mục nói không nộp trực tuyến được. Thêm online vào channels, hoặc sửa online_service. (Dịch vụ một phần có thể thực hiện qua hệ thống khác như VNeID nên không kiểm tra.)"
        ),
        triggering: [
            .procedure(changing: ["channels": "[in-person, postal]", "online_service": "↓full"])
        ],
        nonTriggering: [
            .procedure(changing: [:])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.compactMap { procedure in
            let level = procedure.onlineService.value
            guard level == .full, !procedure.channels.contains(where: { $0.channel == .online }) else { return nil }
            return context.finding(
                LintMessage.fullWithoutOnlineChannel(level: level.rawValue),
                at: procedure.onlineService.range)
        }
    }
}
