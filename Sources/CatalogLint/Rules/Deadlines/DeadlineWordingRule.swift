import CatalogModel
import Diagnostics

/// The structured deadline is what the calendar counts; the wording is what was published.
/// When they disagree one of them was mistyped.
public struct DeadlineWordingRule: LintRule {
    public static let description = RuleDescription(
        id: "deadline-wording-mismatch",
        // An error: the law's wording decides, and a mismatch gives citizens a date that is not counted.
        category: .deadlines, severity: .error,
        triggering: [
            .deadline(#"text: "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", value: ↓3 working days"#),
            .deadline(#"text: "15 ngày", value: ↓15 working days"#),
        ],
        nonTriggering: [
            .inPerson(changing: StandardProcedure.sameDayWithCutoff),
            .inPerson(changing: StandardProcedure.extendedOnVerification),
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // A province writes a few dozen wordings for two thousand procedures: each is read once.
        var periods: [TextKey: DeadlineWording.Period?] = [:]
        for procedure in context.catalog.procedures.values {
            for deadline in procedure.allDeadlines {
                let text = TextKey(deadline.text.value)
                guard let stated = periods.memoized(text, { DeadlineWording.firstPeriod(in: text.text) }) else {
                    continue
                }
                let base = deadline.value.value.base
                let agrees =
                    stated.unit == base.unit && (stated.unit == .sameDay || abs(stated.amount - base.amount) < 1e-9)
                if agrees { continue }
                findings.append(
                    context.finding(
                        LintMessage.valueDisagreesWithWording(
                            value: base, stated: stated, text: deadline.text.value),
                        at: deadline.value.range,
                        notes: [
                            DiagnosticNote(LintMessage.theWording, at: deadline.text.range)
                        ]))
            }
        }
        return findings
    }
}
