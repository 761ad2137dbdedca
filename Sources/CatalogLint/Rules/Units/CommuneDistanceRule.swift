import Diagnostics

/// Several procedures give communes 50 km or more from the provincial centre extra working
/// days; without the distance the interpreter cannot apply them.
public struct CommuneDistanceRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "commune-distance-missing",
        name: Localized("Commune without its distance", vi: "Xã thiếu khoảng cách"),
        category: .units, severity: .warning,
        summary: Localized(
            "Every commune has distance_km to the provincial centre.",
            vi: "Mọi xã, phường có distance_km tới trung tâm tỉnh."),
        rationale: Localized(
            "Inter-level procedures grant communes 50 km or more from the provincial centre extra working days (for example five more in the linked birth, residence and health insurance procedure). A case in a commune without distance_km cannot be given that extension. Add the road distance.",
            vi:
                "Các thủ tục liên thông cho xã cách trung tâm tỉnh từ 50 km trở lên thêm ngày làm việc (ví dụ thêm năm ngày trong thủ tục liên thông khai sinh, thường trú, bảo hiểm y tế). Hồ sơ ở xã không có distance_km không được hưởng phần kéo dài đó. Hãy thêm khoảng cách đường bộ."
        ),
        triggering: [
            RuleExample(
                file: "units/communes.yaml",
                """
                communes:
                  - { id: ↓thanh-nua, name: Xã Thanh Nưa, name_en: Thanh Nua Commune, type: commune }
                  - { id: muong-thanh, name: Phường Mường Thanh, name_en: Muong Thanh Ward, type: ward, distance_km: 1 }
                """)
        ],
        nonTriggering: [
            RuleExample(
                file: "units/communes.yaml",
                """
                communes:
                  - { id: thanh-nua, name: Xã Thanh Nưa, name_en: Thanh Nua Commune, type: commune, distance_km: 12 }
                  - { id: muong-thanh, name: Phường Mường Thanh, name_en: Muong Thanh Ward, type: ward, distance_km: 1 }
                """)
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.communes.values.filter { $0.distanceKm == nil }.map { commune in
            context.finding(
                LintMessage.missingDistance(id: commune.id, name: commune.name),
                at: commune.range)
        }
    }
}
