import CaseEngine
import Diagnostics
import WorkCalendar

/// Form 06 of Circular 03/2025/TT-VPCP, "Phiếu kiểm soát quá trình giải quyết hồ sơ": each
/// hand-over of the dossier between units (a unit passing work to one of its own roles is not a
/// hand-over) with the giver, the receiver, date and time, and the result of the giver's work —
/// Trước hạn / Đúng hạn / Quá hạn — against the due time of its last step (the return of the result
/// is judged against the case's due time). Steps are named by their titles; units by their full names.
public struct ControlSheet: Sendable, Codable {
    public struct Row: Sendable, Codable, Equatable {
        public var number: Int
        /// The hand-over step's id, and the titles of the giver's steps since its last hand-over.
        public var step: String
        public var stepTitles: [String]
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
    /// The receiving centre that keeps the sheet, in full, and the deciding authority.
    public var centre: String
    public var authority: String
    public var received: LocalDateTime
    public var due: LocalDateTime?
    public var rows: [Row]

    public init(_ report: CaseReport, interpreter: CaseInterpreter) {
        let directory = interpreter.directory
        caseId = report.id
        procedure = report.procedure
        procedureName = report.procedureName
        centre = report.receivingUnitName
        // The authority in force on the receipt (a version may move it; the case keeps its rules).
        let authorityRef = interpreter.procedure(report.procedure)?.terms(on: report.received.date).authority ?? ""
        // The body, not the person who signs: "Ủy ban nhân dân xã Thanh Nưa".
        authority = directory.officialName(
            directory.unitOfConcrete(UnitDirectory.concrete(authorityRef, commune: report.commune)))
        received = report.received
        due = report.due
        var rows: [Row] = []
        // Titles of work a unit did since it last handed the dossier on, keyed by unit.
        var pending: [String: [String]] = [:]
        // A unit's result is overdue when any of its steps since the last hand-over was.
        var late: Set<String> = []
        let finished = report.steps.enumerated().filter {
            $0.element.finished != nil && $0.element.kind != "choice" && $0.element.kind != "parallel"
        }
        .sorted { ($0.element.finished!, $0.offset) < ($1.element.finished!, $1.offset) }
        for (_, step) in finished {
            let giverUnit = directory.unitOfConcrete(step.performer)
            // The applicant's part of a supplement is the supplement itself, not the clerk's waiting.
            pending[giverUnit, default: []].append(step.kind == "wait" ? Self.supplementTitle(step) : step.title)
            if step.status == .overdue { late.insert(giverUnit) }
            let receivers = step.handedTo.filter { directory.unitOfConcrete($0) != giverUnit }
            guard !receivers.isEmpty, let at = step.finished else { continue }
            let isReturn = step.kind == "end"
            rows.append(
                Row(
                    number: rows.count + 1, step: step.step, stepTitles: pending[giverUnit] ?? [],
                    giver: step.performer, giverName: step.performerName,
                    receivers: receivers, receiverNames: receivers.map { directory.officialName($0) },
                    handedOver: at, due: isReturn ? report.due : step.due,
                    result: isReturn ? report.status : late.contains(giverUnit) ? .overdue : step.status,
                    note: step.note))
            pending[giverUnit] = nil
            late.remove(giverUnit)
        }
        self.rows = rows
    }

    static func supplementTitle(_ step: CaseReport.StepLine) -> String {
        step.event == CaseEventKind.pay.rawValue ? "Nộp phí, lệ phí" : "Nộp bổ sung hồ sơ"
    }

    public func text() -> String {
        // Names and notes carry catalog text and request fields: shown with visible escapes.
        let v = { (text: String) in VisibleText.neutralised(text) }
        var out = "\(v(centre.uppercased()))\n\n"
        out += "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ\n"
        out += "(Mẫu số 06, Thông tư số 03/2025/TT-VPCP)\n\n"
        out += "Mã hồ sơ: \(caseId)\n"
        out += "Thủ tục: \(v(procedureName)) (mã \(procedure))\n"
        out += "Cơ quan giải quyết hồ sơ: \(v(authority))\n"
        out += "Tiếp nhận: \(VietnameseDates.moment(received))"
        out += due.map { "; hẹn trả kết quả: \(VietnameseDates.moment($0))" } ?? ""
        out += "\n"
        for row in rows {
            out += "\n\(row.number). \(v(row.stepTitles.joined(separator: "; ")))\n"
            out += "   Giao: \(v(row.giverName))\n"
            for name in row.receiverNames { out += "   Nhận: \(v(name))\n" }
            out += "   Thời gian giao, nhận: \(VietnameseDates.moment(row.handedOver))\n"
            out +=
                "   Kết quả: " + (row.result?.vietnameseLabel ?? "—")
                + (row.due.map { " (hạn \(VietnameseDates.moment($0)))" } ?? "") + "\n"
            if let note = row.note { out += "   Ghi chú: \(v(note))\n" }
        }
        if rows.isEmpty { out += "\n(chưa có lần giao, nhận hồ sơ nào)\n" }
        return out
    }

    func htmlContext() -> [String: Any] {
        var c: [String: Any] = [
            "centreUpper": centre.uppercased(), "caseId": caseId, "procedure": procedure,
            "procedureName": procedureName,
            "authority": authority, "received": VietnameseDates.moment(received),
            "rows": rows.map { row -> [String: Any] in
                var r: [String: Any] = [
                    "number": row.number, "steps": row.stepTitles.joined(separator: "; "), "giver": row.giverName,
                    "receivers": row.receiverNames.map { ["name": $0] as [String: Any] },
                    "at": VietnameseDates.moment(row.handedOver), "result": row.result?.vietnameseLabel ?? "—",
                ]
                if let due = row.due { r["rowDue"] = VietnameseDates.moment(due) }
                if let note = row.note { r["note"] = note }
                return r
            },
            "empty": rows.isEmpty,
        ]
        if let due { c["due"] = VietnameseDates.moment(due) }
        return c
    }
}
