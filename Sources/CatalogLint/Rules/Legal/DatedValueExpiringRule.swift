import CatalogModel
import Diagnostics
import WorkCalendar

/// A fee cut "until 31 December" or a dossier component required for a while ends on its date;
/// unless a row says what applies the next day, the procedure silently loses the value.
public struct DatedValueExpiringRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dated-value-expiring",
        name: Localized(
            "Dated value expiring with no successor",
            vi: "Giá trị theo thời gian sắp hết hạn mà chưa có giá trị kế tiếp"),
        category: .legal, severity: .warning,
        summary: Localized(
            "No fee or dossier component ends (until) within the next N days (60) without a row of the same name that starts after it.",
            vi:
                "Không khoản phí hay thành phần hồ sơ nào kết thúc (until) trong N ngày tới (60) mà chưa có dòng cùng tên bắt đầu sau đó."
        ),
        rationale: Localized(
            "Fees change on a date and sometimes only for a while (Circular 64/2025/TT-BTC halves several fees until 31 December 2026). A row with `until` and nothing after it means that from the next day the procedure has no such fee or component at all, which is rarely what the law says. Add the row that applies next (`from` the day after), or move `until` if the period was extended. Today is the run's date (`--today` fixes it); `days` sets the window.",
            vi:
                "Phí, lệ phí thay đổi theo ngày và đôi khi chỉ trong một thời gian (Thông tư 64/2025/TT-BTC giảm một số khoản lệ phí đến hết 31/12/2026). Một dòng có `until` mà không có dòng nào sau nó nghĩa là từ ngày hôm sau thủ tục không còn khoản phí hay thành phần hồ sơ đó, điều hiếm khi đúng với quy định. Hãy thêm dòng áp dụng tiếp theo (`from` ngày hôm sau), hoặc dời `until` nếu thời hạn được kéo dài. Ngày hôm nay là ngày chạy (`--today` cố định ngày); `days` đặt khoảng báo trước."
        ),
        options: [
            RuleOption(
                "days", .integer(0...3650), default: "60",
                Localized("warn this many days before the end", vi: "báo trước bấy nhiêu ngày"))
        ],
        triggering: [
            .procedure(changing: [
                "fees": "[{ name: Lệ phí chứng thực, amount: 1000, per: page, until: ↓2026-07-15 }]"
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "fees":
                    "[{ name: Lệ phí chứng thực, amount: 1000, per: page, until: 2026-07-15 }, { name: Lệ phí chứng thực, amount: 2000, per: page, from: 2026-07-16 }]"
            ]),
            .procedure(changing: [
                "fees": "[{ name: Lệ phí chứng thực, amount: 1000, per: page, until: 2026-12-31 }]"
            ]),
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        let today = context.today
        let window = context.options.integer("days")
        var findings: [Diagnostic] = []
        func look(_ rows: [(name: String, period: ValidityPeriod)], what: Subject) {
            for row in rows {
                guard let until = row.period.until, today <= until.value, today.days(to: until.value) <= window else {
                    continue
                }
                let followed = rows.contains {
                    $0.name == row.name && ($0.period.from.map { until.value < $0.value } ?? false)
                }
                if followed { continue }
                let days = today.days(to: until.value)
                findings.append(
                    context.finding(
                        LintMessage.endsWithoutSuccessor(what: what, name: row.name, until: until.value, days: days),
                        at: until.range))
            }
        }
        for procedure in context.catalog.procedures.values {
            if let expires = procedure.expires?.value, expires < today { continue }
            look(procedure.fees.map { ($0.name, $0.period) }, what: .fee)
            look(procedure.dossier.map { ($0.name, $0.period) }, what: .dossierComponent)
            for channel in procedure.channels { look((channel.fees ?? []).map { ($0.name, $0.period) }, what: .fee) }
            for version in procedure.versions {
                look((version.fees ?? []).map { ($0.name, $0.period) }, what: .fee)
                look((version.dossier ?? []).map { ($0.name, $0.period) }, what: .dossierComponent)
            }
        }
        return findings
    }
}
