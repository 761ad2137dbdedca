import CatalogModel
import Diagnostics
import WorkCalendar

/// Same-day procedures are governed by the 15:00 rule: a dossier received later is due the next
/// working day. A different cut-off, or wording that omits it, misinforms applicants.
public struct SameDayCutoffRule: LintRule {
    public static let description = RuleDescription(
        id: "same-day-cutoff",
        category: .deadlines, severity: .warning,
        triggering: [
            .deadline(
                #"text: "Ngay trong ngày tiếp nhận; nhận sau 16 giờ thì trả trong ngày làm việc tiếp theo", value: same day, cutoff: ↓"16:00""#
            ),
            .deadline(#"text: ↓"Ngay trong ngày tiếp nhận hồ sơ", value: same day, cutoff: "15:00""#),
        ],
        nonTriggering: [
            .inPerson(changing: StandardProcedure.sameDayWithCutoff)
        ])

    /// "15 giờ", "15h", "15:00" for a 15:00 cut-off.
    static func mentions(_ cutoff: TimeOfDay, in text: String) -> Bool {
        let lower = text.lowercased()
        let hour = String(cutoff.hour)
        let minutes = cutoff.minute < 10 ? "0\(cutoff.minute)" : String(cutoff.minute)
        var spellings = ["\(hour):\(minutes)", "\(hour)h\(minutes)", "\(hour) giờ \(minutes)"]
        if cutoff.minute == 0 { spellings += ["\(hour) giờ", "\(hour)h", "\(hour)g"] }
        return spellings.contains { lower.contains($0) }
    }

    public static func check(_ context: LintContext) -> [Diagnostic] {
        let expected = context.catalog.manifest?.receiptCutoff ?? .defaultCutoff
        var findings: [Diagnostic] = []
        // Whether the expected cut-off is mentioned, by wording: a few dozen wordings recur.
        var mentioned: [TextKey: Bool] = [:]
        for procedure in context.catalog.procedures.values {
            for deadline in procedure.allDeadlines
            where deadline.value.value.base.unit == .sameDay {
                guard let cutoff = deadline.cutoff else { continue }
                if cutoff.value != expected {
                    findings.append(
                        context.finding(
                            LintMessage.unusualCutoff(cutoff: cutoff.value, expected: expected),
                            at: cutoff.range))
                    continue
                }
                let text = TextKey(deadline.text.value)
                if !mentioned.memoized(text, { Self.mentions(cutoff.value, in: text.text) }) {
                    findings.append(
                        context.finding(
                            LintMessage.wordingWithoutCutoff(cutoff: cutoff.value),
                            at: deadline.text.range))
                }
            }
        }
        return findings
    }
}
