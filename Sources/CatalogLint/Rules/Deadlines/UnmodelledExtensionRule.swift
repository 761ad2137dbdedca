import Diagnostics
import Foundation

/// The wording promises more time in some cases (verification, remote communes) but no
/// condition extends the deadline: the calendar counts the short deadline for every case.
public struct UnmodelledExtensionRule: LintRule {
    /// The examples' procedure: a marriage registration, filed in person.
    private static let marriage: KeyValuePairs<String, String?> = [
        "name": "Đăng ký kết hôn", "name_en": "Marriage registration",
        "result": "Giấy chứng nhận kết hôn", "legal_basis": "[luat-60-2014-qh13]",
    ]

    /// Phrases of the published wording that announce an extension.
    static let triggers = ["xác minh", "50 km", "50km", "verification", "remote commune"]

    public static let description = RuleDescription(
        id: "unmodelled-extension",
        category: .deadlines, severity: .warning,
        triggering: [
            .inPerson(
                changing: marriage,
                [
                    "deadline":
                        #"{ text: ↓"Ngay trong ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc", value: same day, cutoff: "15:00" }"#
                ])
        ],
        nonTriggering: [
            .inPerson(
                changing: marriage,
                [
                    "deadline":
                        #"{ text: "Ngay trong ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc", value: same day, cutoff: "15:00" }"#,
                    "conditions": "  needs_verification: { name: Cần xác minh, extends: 5 working days }",
                ])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // Deadline texts recur ("05 ngày làm việc"): each one is normalised and searched once.
        // By bytes (`TextKey`): hashing a Vietnamese text as a String normalised it each time.
        var phrases: [TextKey: String?] = [:]
        for procedure in context.catalog.procedures.values
        where !procedure.conditions.contains(where: { $0.extends != nil }) {
            for deadline in procedure.allDeadlines {
                let written = deadline.text.value
                let found = phrases.memoized(TextKey(written)) {
                    let text = written.lowercased().precomposedStringWithCanonicalMapping
                    return Self.triggers.first(where: { text.contains($0) })
                }
                guard let phrase = found else { continue }
                findings.append(
                    context.finding(
                        LintMessage.unmodelledExtension(phrase: phrase),
                        at: deadline.text.range))
            }
        }
        return findings
    }
}
