import Diagnostics
import WorkCalendar

/// Form 04 of Circular 03/2025/TT-VPCP, "Văn bản xin lỗi và đề nghị gia hạn thời gian giải
/// quyết": produced for an open case due within one working day or already overdue, with the
/// reason (the last apology's, when one was recorded) and a proposed new date. The wording follows
/// the form's structure; the circular's exact text is not in the sources (DOMAIN.md §2.2).
public struct ApologyLetter: Sendable, Codable {
    public var caseId: String
    public var applicant: String
    public var procedure: String
    public var procedureName: String
    public var sender: String
    public var received: LocalDateTime
    public var due: LocalDateTime
    public var overdue: Bool
    public var proposedDue: LocalDateTime
    public var reason: String?
    public var remainingSteps: [String]

    /// Nil when the case does not call for form 04 at `report.now`.
    public init?(_ report: CaseReport, interpreter: CaseInterpreter) {
        guard report.apologyDue, let due = report.due else { return nil }
        let proposed = report.apologies.last?.due ?? report.proposedDue
        guard let proposed else { return nil }
        caseId = report.id
        applicant = report.applicant
        procedure = report.procedure
        procedureName = report.procedureName
        let authority = interpreter.procedure(report.procedure)?.authority ?? report.receivingUnit
        sender = interpreter.directory.displayName(UnitDirectory.concrete(authority, commune: report.commune))
        received = report.received
        self.due = due
        overdue = report.now > due
        proposedDue = proposed
        reason = report.apologies.last?.reason
        remainingSteps = report.steps.filter(\.active).map { "\($0.step) (\($0.performerName))" }
    }

    public func text() -> String {
        let v = { (text: String) in VisibleText.neutralised(text) }
        var out = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ\n"
        out += "(Mẫu số 04, Thông tư 03/2025/TT-VPCP)\n\n"
        out += "Kính gửi: \(v(applicant))\n\n"
        out += "Lúc \(ControlSheet.vietnamese(received)), hồ sơ mã \(caseId) của Ông/Bà về thủ tục \(procedure) \(v(procedureName)) "
        out += "đã được tiếp nhận, hẹn trả kết quả lúc \(ControlSheet.vietnamese(due)).\n"
        out += overdue ? "Đến nay hồ sơ đã quá hạn giải quyết mà chưa có kết quả.\n" : "Hồ sơ sắp đến hạn trả kết quả nhưng chưa thể giải quyết xong.\n"
        out += "Lý do: \(reason.map(v) ?? "……………………")\n"
        if !remainingSteps.isEmpty { out += "Đang giải quyết tại: \(v(remainingSteps.joined(separator: "; ")))\n" }
        out += "\n\(v(sender)) xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến \(ControlSheet.vietnamese(proposedDue)).\n"
        out += "Mong Ông/Bà thông cảm.\n"
        return out
    }
}
