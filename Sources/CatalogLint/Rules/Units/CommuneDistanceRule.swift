import Diagnostics

/// Several procedures give communes 50 km or more from the provincial centre extra working
/// days; without the distance the interpreter cannot apply them.
public struct CommuneDistanceRule: LintRule {
    public static let description = RuleDescription(
        id: "commune-distance-missing",
        category: .units, severity: .warning,
        triggering: [
            .communes(thanhNua: "id: ↓thanh-nua, name: Xã Thanh Nưa, name_en: Thanh Nua Commune, type: commune")
        ],
        nonTriggering: [.communes()])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.communes.values.filter { $0.distanceKm == nil }.map { commune in
            context.finding(
                LintMessage.missingDistance(id: commune.id, name: commune.name),
                at: commune.range)
        }
    }
}
