import CatalogModel
import Diagnostics

/// The structured deadline is what the calendar counts; the wording is what was published.
/// When they disagree one of them was mistyped.
public struct DeadlineWordingRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "deadline-wording-mismatch",
        name: Localized("Deadline value disagrees with its wording", vi: "Giá trị thời hạn khác với câu chữ công bố"),
        // An error: the law's wording decides, and a mismatch gives citizens a date that is not counted.
        category: .deadlines, severity: .error,
        summary: Localized(
            "The deadline's value matches the first period its text states (\"03 ngày làm việc\", \"15 ngày\", \"Ngay trong ngày\").",
            vi:
                "Giá trị thời hạn khớp với khoảng thời gian đầu tiên mà câu chữ nêu (\"03 ngày làm việc\", \"15 ngày\", \"Ngay trong ngày\")."
        ),
        rationale: Localized(
            "Every deadline keeps the published wording (text) beside the value the calendar counts (value). The first period the wording states is the base deadline: \"03 ngày làm việc\" is 3 working days, \"15 ngày\" is 15 calendar days, \"Ngay trong ngày…\" is the same day; later periods are usually extensions (verification, remote communes). If the value says otherwise, one of the two was mistyped, and citizens are given a different deadline from the one that is counted. A time of day (\"sau 15 giờ\") is not a period.",
            vi:
                "Mỗi thời hạn giữ câu chữ đã công bố (text) bên cạnh giá trị lịch dùng để tính (value). Khoảng thời gian đầu tiên trong câu chữ là thời hạn gốc: \"03 ngày làm việc\" là 3 ngày làm việc, \"15 ngày\" là 15 ngày theo lịch, \"Ngay trong ngày…\" là trong ngày; các khoảng sau thường là phần kéo dài (xác minh, xã ở xa). Nếu giá trị nói khác, một trong hai bị gõ sai, và người dân được báo thời hạn khác với thời hạn thực sự được tính. Giờ trong ngày (\"sau 15 giờ\") không phải khoảng thời gian."
        ),
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "deadline":
                    #"{ text: "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", value: ↓3 working days }"#,
            ]),
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "deadline": #"{ text: "15 ngày", value: ↓15 working days }"#,
            ]),
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "deadline":
                    #"{ text: "Ngay trong ngày tiếp nhận; trường hợp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", value: same day, cutoff: "15:00" }"#,
            ]),
            .procedure(
                changing: StandardProcedure.inPerson,
                [
                    "deadline":
                        #"{ text: "03 ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc", value: 3 working days }"#,
                    "conditions": "  needs_verification: { name: Cần xác minh, extends: 2 working days }",
                ]),
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            let deadlines = [procedure.deadline] + procedure.channels.compactMap(\.deadline)
            for deadline in deadlines {
                guard let stated = DeadlineWording.firstPeriod(in: deadline.text.value) else { continue }
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
