import CatalogModel
import Diagnostics

/// Units, roles, communes and fields appear in English output (the compiled artifact, exports,
/// the English portal) by their English names.
public struct UnitMissingEnglishNameRule: LintRule {
    /// The examples' commune: `justiceOfficer` and `pasc` are the ends of two lines.
    private static func commune(justiceOfficer: String, pasc: String) -> RuleExample {
        RuleExample(
            file: "units/commune.yaml",
            """
            units:
              - id: commune
                kind: people-committee
                level: commune
                name: Ủy ban nhân dân xã, phường
                name_en: Commune People's Committee
                roles:
                  chairman: { name: Chủ tịch Ủy ban nhân dân xã, name_en: Chairman }
                  \(justiceOfficer)
                units:
                  - { id: \(pasc) }
            """)
    }

    public static let description = RuleDescription(
        id: "unit-missing-english-name",
        category: .units, severity: .warning,
        triggering: [
            commune(
                justiceOfficer: "↓justice-officer: { name: Công chức Tư pháp – Hộ tịch }",
                pasc: "↓pasc, kind: service-center, level: commune, name: Trung tâm Phục vụ hành chính công xã")
        ],
        nonTriggering: [
            commune(
                justiceOfficer:
                    "justice-officer: { name: Công chức Tư pháp – Hộ tịch, name_en: Justice and civil status officer }",
                pasc:
                    "pasc, kind: service-center, level: commune, name: Trung tâm Phục vụ hành chính công xã, name_en: Commune Public Administration Service Center"
            )
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        var findings: [Diagnostic] = []
        func missing(_ what: Subject, _ id: String, at range: SourceRange) {
            findings.append(
                context.finding(
                    LintMessage.unitWithoutEnglishName(what: what, id: id), at: range))
        }
        for field in catalog.fields.values where field.nameEn == nil {
            missing(Subject("field", vi: "lĩnh vực"), field.id, at: field.range)
        }
        for unit in catalog.units.values {
            if unit.nameEn == nil { missing(Subject("unit", vi: "đơn vị"), unit.id, at: unit.range) }
            for role in unit.roles where role.nameEn == nil {
                missing(Subject("role", vi: "chức danh"), "\(unit.id).\(role.id)", at: role.range)
            }
        }
        for commune in catalog.communes.values where commune.nameEn == nil {
            missing(Subject("commune", vi: "xã, phường"), commune.id, at: commune.range)
        }
        return findings
    }
}
