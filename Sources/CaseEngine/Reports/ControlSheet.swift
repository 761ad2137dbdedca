import Diagnostics
import WorkCalendar

/// Form 06 of Circular 03/2025/TT-VPCP, "Phiếu kiểm soát quá trình giải quyết hồ sơ": each
/// hand-over of the dossier with its giver, receiver, date and time, and the result of the giver's
/// step — Trước hạn / Đúng hạn / Quá hạn — against the step's due time (the return of the result
/// is judged against the case's due time).
public struct ControlSheet: Sendable, Codable {
    public struct Row: Sendable, Codable, Equatable {
        public var number: Int
        public var step: String
        public var giver: String
        public var giverName: String
        public var receivers: [String]
        public var receiverNames: [String]
        public var handedOver: LocalDateTime
        public var due: LocalDateTime?
        public var result: DeadlineStatus?
        public var note: String?
    }

    public var caseId: String
    public var procedure: String
    public var procedureName: String
    public var authority: String
    public var received: LocalDateTime
    public var due: LocalDateTime?
    public var rows: [Row]

    public init(_ report: CaseReport, interpreter: CaseInterpreter) {
        caseId = report.id
        procedure = report.procedure
        procedureName = report.procedureName
        let authorityRef = interpreter.procedure(report.procedure)?.authority ?? ""
        authority = interpreter.directory.displayName(UnitDirectory.concrete(authorityRef, commune: report.commune))
        received = report.received
        due = report.due
        var rows: [Row] = []
        for step in report.steps where step.kind != "choice" {
            guard let finished = step.finished, !step.handedTo.isEmpty else { continue }
            let isReturn = step.kind == "end"
            rows.append(Row(number: rows.count + 1, step: step.step, giver: step.performer, giverName: step.performerName,
                            receivers: step.handedTo, receiverNames: step.handedTo.map(interpreter.directory.displayName),
                            handedOver: finished, due: isReturn ? report.due : step.due,
                            result: isReturn ? report.status : step.status, note: step.note))
        }
        self.rows = rows.sorted { ($0.handedOver, $0.number) < ($1.handedOver, $1.number) }
        for i in self.rows.indices { self.rows[i].number = i + 1 }
    }

    public func text() -> String {
        let v = { (text: String) in VisibleText.neutralised(text) }
        var out = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ\n"
        out += "(Mẫu số 06, Thông tư 03/2025/TT-VPCP)\n\n"
        out += "Mã hồ sơ: \(caseId)\n"
        out += "Thủ tục: \(procedure) \(v(procedureName))\n"
        out += "Cơ quan giải quyết hồ sơ: \(v(authority))\n"
        out += "Tiếp nhận: \(Self.vietnamese(received))"
        out += due.map { "; hẹn trả kết quả: \(Self.vietnamese($0))" } ?? ""
        out += "\n"
        for row in rows {
            out += "\n\(row.number). Bước \(row.step)\n"
            out += "   Giao: \(v(row.giverName)) [\(v(row.giver))]\n"
            for (name, id) in zip(row.receiverNames, row.receivers) { out += "   Nhận: \(v(name)) [\(v(id))]\n" }
            out += "   Thời gian giao, nhận: \(Self.vietnamese(row.handedOver))\n"
            out += "   Kết quả: " + (row.result?.vietnameseLabel ?? "—") + (row.due.map { " (hạn \(Self.vietnamese($0)))" } ?? "") + "\n"
            if let note = row.note { out += "   Ghi chú: \(v(note))\n" }
        }
        if rows.isEmpty { out += "\n(chưa có lần giao, nhận hồ sơ nào)\n" }
        return out
    }

    /// "09 giờ 00 phút, ngày 02/03/2026", as the printed forms write it.
    static func vietnamese(_ t: LocalDateTime) -> String {
        let h = t.time.hour, m = t.time.minute
        return "\(h < 10 ? "0" : "")\(h) giờ \(m < 10 ? "0" : "")\(m) phút, ngày \(t.date.vietnameseText)"
    }
}
