import CaseEngine
import Diagnostics
import WorkCalendar

/// Form 04 of Circular 03/2025/TT-VPCP, "Văn bản xin lỗi và đề nghị gia hạn thời gian giải
/// quyết": for an open case due within one working day or already overdue, with the reason (the
/// last apology's, when one was recorded) and a proposed new date; and, for a case returned late,
/// the same letter as a record (the letter was owed even if no clerk sent it). Issued by the
/// centre that received the dossier, addressed to the applicant by name (never by the ID number),
/// the steps named by their titles. The layout follows the form's known structure; the circular's
/// exact text is not in the sources (DOMAIN.md §2.2).
public struct ApologyLetter: Sendable, Codable {
    public struct Place: Sendable, Codable, Equatable {
        public var title: String
        public var unit: String
    }

    public var caseId: String
    /// The applicant's name when the store has it; nil: the letter leaves a line to write it on.
    public var applicantName: String?
    public var applicantAddress: String?
    public var procedure: String
    public var procedureName: String
    /// The issuing centre's full name, and the body above it (the commune's People's Committee or the province's).
    public var issuer: String
    public var issuerParent: String?
    public var received: LocalDateTime
    public var due: LocalDateTime
    public var overdue: Bool
    public var proposedDue: LocalDateTime
    public var reason: String?
    /// Where the dossier is now (titles and units); empty for a record of a returned case.
    public var currentSteps: [Place]
    /// The case was returned late: the letter is printed as a record of what was owed.
    public var isRecord: Bool
    public var returnedAt: LocalDateTime?
    public var issued: CivilDate
    /// Where the letter is written, as its date line names it ("Thanh Nưa", "Điện Biên").
    public var place: String
    /// Whether an apology with a new date was recorded before.
    public var hadApology: Bool

    /// Nil when the case calls for no form 04 at `report.now`: neither due nor returned late.
    public init?(_ report: CaseReport, interpreter: CaseInterpreter) {
        guard let due = report.due else { return nil }
        let returnedLate = report.state == "closed" && report.status == .overdue && report.outcome != "withdrawn"
        guard report.apologyDue || returnedLate else { return nil }
        let proposed = report.apologies.last?.due ?? (returnedLate ? report.closedAt : report.proposedDue)
        guard let proposed else { return nil }
        let directory = interpreter.directory
        caseId = report.id
        applicantName = report.applicantDetails?.name
        applicantAddress = report.applicantDetails?.address
        procedure = report.procedure
        procedureName = report.procedureName
        issuer = report.receivingUnitName
        let parentRef = String(report.receivingUnit.prefix { $0 != "." })
        issuerParent = parentRef == report.receivingUnit ? nil : directory.officialName(parentRef)
        received = report.received
        self.due = due
        overdue = returnedLate || report.now > due
        proposedDue = proposed
        reason = report.apologies.last?.reason
        currentSteps =
            returnedLate ? [] : report.steps.filter(\.active).map { Place(title: $0.title, unit: $0.performerName) }
        isRecord = returnedLate && !report.apologyDue
        returnedAt = returnedLate ? report.closedAt : nil
        issued = report.now.date
        let communeId = directory.kindLevel(report.receivingUnit).commune
        place = Self.placeName(
            communeId.flatMap { directory.communes[$0]?.name } ?? interpreter.artifact.jurisdiction.name)
        hadApology = !report.apologies.isEmpty
    }

    /// Why no letter is called for, for `case show --form 04` (exit 0: it is an answer, not an error).
    public static func noneDue(_ report: CaseReport) -> String {
        let when = report.now.description
        switch report.state {
        case "closed":
            return
                "case \(report.id) needs no form 04 at \(when): it was returned on time or ended without a result / hồ sơ không cần Mẫu số 04: đã trả kết quả đúng hạn hoặc kết thúc không có kết quả\n"
        default:
            let due = report.due?.description ?? "—"
            return
                "case \(report.id) needs no form 04 at \(when): it is not due within one working day (due \(due)) / hồ sơ chưa cần Mẫu số 04: chưa đến sát hạn trả kết quả (hạn \(due))\n"
        }
    }

    /// "Xã Thanh Nưa" → "Thanh Nưa", "Tỉnh Điện Biên" → "Điện Biên".
    static func placeName(_ name: String) -> String {
        for prefix in ["Xã ", "Phường ", "Đặc khu ", "Tỉnh ", "Thành phố "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    var dateLine: String { "\(place), \(VietnameseDates.letterDate(issued))" }

    var addressee: String { applicantName.map { "Ông/Bà \($0)" } ?? "Ông/Bà ………………………………" }

    var statusSentence: String {
        if let returnedAt {
            return "Hồ sơ đã được trả kết quả lúc \(VietnameseDates.moment(returnedAt)), sau thời gian hẹn trả kết quả."
        }
        return overdue
            ? "Đến nay hồ sơ đã quá hạn giải quyết nhưng chưa có kết quả."
            : "Hồ sơ sắp đến hạn trả kết quả nhưng chưa thể giải quyết xong."
    }

    var apologySentence: String {
        if returnedAt != nil {
            let promised =
                hadApology ? " Ngày hẹn trả kết quả mới đã đề nghị: \(VietnameseDates.moment(proposedDue))." : ""
            return "\(issuer) xin lỗi Ông/Bà vì sự chậm trễ này.\(promised)"
        }
        return
            "\(issuer) xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến \(VietnameseDates.moment(proposedDue))."
    }

    public func text() -> String {
        // Names, addresses and the reason carry catalog text and request fields: visible escapes.
        let v = { (text: String) in VisibleText.neutralised(text) }
        var out = ""
        if let issuerParent { out += v(issuerParent.uppercased()) + "\n" }
        out += v(issuer.uppercased()) + "\n"
        out += "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        out += "Số: …………\n\(dateLine)\n\n"
        out += "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ\n"
        out += "(Mẫu số 04, Thông tư số 03/2025/TT-VPCP)\n"
        if isRecord { out += "(Bản lưu: hồ sơ đã trả kết quả quá hạn)\n" }
        out += "\nKính gửi: \(v(addressee))\n"
        if let applicantAddress { out += "Địa chỉ: \(v(applicantAddress))\n" }
        out += "\n\(v(issuer)) đã tiếp nhận hồ sơ của Ông/Bà:\n"
        out += "- Mã hồ sơ: \(caseId)\n"
        out += "- Thủ tục: \(v(procedureName)) (mã \(procedure))\n"
        out += "- Thời gian tiếp nhận: \(VietnameseDates.moment(received))\n"
        out += "- Thời gian hẹn trả kết quả: \(VietnameseDates.moment(due))\n"
        for place in currentSteps { out += "- Đang giải quyết ở bước: \(v(place.title)) — \(v(place.unit))\n" }
        out += "\n\(v(statusSentence))\n"
        out += "Lý do: \(reason.map(v) ?? "……………………………………")\n\n"
        out += "\(v(apologySentence))\n"
        out += "Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.\n\n"
        out += "THỦ TRƯỞNG CƠ QUAN\n(Ký, ghi rõ họ tên và đóng dấu)\n"
        return out
    }

    /// The values `FormHTML` renders (strings cleaned by `SafeText`; Mustache escapes them).
    func htmlContext() -> [String: Any] {
        var c: [String: Any] = [
            "issuer": issuer, "issuerUpper": issuer.uppercased(),
            "date": dateLine, "record": isRecord, "addressee": addressee,
            "caseId": caseId, "procedure": procedure, "procedureName": procedureName,
            "received": VietnameseDates.moment(received), "due": VietnameseDates.moment(due),
            "places": currentSteps.map { ["title": $0.title, "unit": $0.unit] as [String: Any] },
            "status": statusSentence, "reason": reason ?? "……………………………………", "apology": apologySentence,
        ]
        if let issuerParent { c["issuerParentUpper"] = issuerParent.uppercased() }
        if let applicantAddress { c["address"] = applicantAddress }
        return c
    }
}
