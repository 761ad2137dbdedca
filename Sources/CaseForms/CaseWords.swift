import CatalogModel
import Diagnostics
import WorkCalendar

/// The words of `tthc case show` and `case list` as text, and of the state line `case event`
/// prints, in English and Vietnamese (`--lang`). Ids, codes, unit ids, event names and the
/// commands of "allowed now" are never translated: they are what the clerk types.
public enum CaseWords {
    case heading(id: String, procedure: String, name: String)
    case applicant(String, channel: String, commune: String, communeName: String, receivedBy: String)
    case subcaseOf(String)
    case applicantName(String)
    case address(String)
    case contact(String)
    case received(String, deadline: String)
    case facts(String)
    case atMost(String, applies: Bool)
    case due(String)
    case fees(String)
    case noFees
    case free
    case perUnit(String)
    case setBy(String)
    case state(String)
    case version(Int, artifact: String)
    case timeline, steps, pauses, waiting, apologies, allowedNow, nothingAllowed, active
    case stepHeaders
    case newDate(String)
    case subcases(String)
    case closed(outcome: String?, at: String)
    case awaitingAcceptance
    case openAt(String)
    case formDue
    case proposedNewDate(String)
    case listHeaders
    case listState(state: String, outcome: String?)
    case caseCount(Int)

    public func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .heading(let id, let procedure, let name):
            return vi ? "Hồ sơ \(id): \(procedure) \(name)" : "Case \(id): \(procedure) \(name)"
        case .applicant(let applicant, let channel, let commune, let communeName, let unit):
            return vi
                ? "người nộp \(applicant), \(Self.channel(channel)), địa bàn \(commune) (\(communeName)), nơi tiếp nhận \(unit)"
                : "applicant \(applicant), \(channel), commune \(commune) (\(communeName)), received by \(unit)"
        case .subcaseOf(let parent): return vi ? ", hồ sơ liên thông của \(parent)" : ", sub-case of \(parent)"
        case .applicantName(let name): return vi ? "họ tên người nộp \(name)" : "applicant's name \(name)"
        case .address(let address): return vi ? "; địa chỉ \(address)" : "; address \(address)"
        case .contact(let contact): return vi ? "; liên hệ \(contact)" : "; contact \(contact)"
        case .received(let at, let deadline):
            return vi
                ? "tiếp nhận \(at); thời hạn giải quyết \(deadline)" : "received \(at); deadline \(deadline)"
        case .facts(let facts): return vi ? " (điều kiện: \(facts))" : " (facts: \(facts))"
        case .atMost(let cap, let applies):
            return vi
                ? ", tối đa \(cap)" + (applies ? " (áp dụng mức tối đa)" : "")
                : ", at most \(cap)" + (applies ? " (the cap applies)" : "")
        case .due(let due): return vi ? "; hạn trả kết quả \(due)" : "; due \(due)"
        case .fees(let fees): return vi ? "phí, lệ phí khi tiếp nhận: \(fees)" : "fees at receipt: \(fees)"
        case .noFees: return vi ? "không có" : "none"
        case .free: return vi ? ": không thu" : ": free"
        case .perUnit(let per):
            return vi ? "/" + (FeeUnit(rawValue: per).map(CatalogDiff.perVi) ?? per) : " per \(per)"
        case .setBy(let schedule): return vi ? ": theo \(schedule)" : ": as set by \(schedule)"
        case .state(let line): return vi ? "trạng thái: \(line)" : "state: \(line)"
        case .version(let version, let artifact):
            return vi ? "phiên bản \(version), tệp biên dịch \(artifact)" : "version \(version), artifact \(artifact)"
        case .timeline: return vi ? "Diễn biến" : "Timeline"
        case .steps: return vi ? "Các bước" : "Steps"
        case .pauses:
            return vi ? "Thời gian tạm dừng (không tính vào thời hạn giải quyết)" : "Pauses (the statutory clock stops)"
        case .waiting: return vi ? "(đang chờ)" : "(waiting)"
        case .apologies: return vi ? "Thư xin lỗi — Mẫu số 04" : "Apologies (form 04)"
        case .allowedNow: return vi ? "Được phép lúc này" : "Allowed now"
        case .nothingAllowed: return vi ? "không còn thao tác nào (hồ sơ đã kết thúc)" : "nothing: the case is closed"
        case .active: return vi ? "đang xử lý" : "active"
        case .stepHeaders:
            return vi
                ? "bước|người/đơn vị thực hiện|nhận lúc|hạn|hoàn thành|kết quả"
                : "step|performer|arrived|due|finished|result"
        case .newDate(let due): return vi ? "hẹn lại \(due)" : "new date \(due)"
        case .subcases(let list): return vi ? "Hồ sơ liên thông: \(list)" : "Sub-cases: \(list)"
        case .closed(let outcome, let at):
            guard vi else { return "closed, \(outcome ?? "ended") at \(at)" }
            return "\(Self.outcome(outcome)) lúc \(at)"
        case .awaitingAcceptance: return vi ? "chờ tiếp nhận" : "received, awaiting acceptance"
        case .openAt(let now): return vi ? "đang giải quyết, tính đến \(now)" : "open at \(now)"
        case .formDue: return vi ? "; cần gửi thư xin lỗi theo Mẫu số 04" : "; form 04 is due"
        case .proposedNewDate(let due): return vi ? " (đề xuất hẹn lại \(due))" : " (proposed new date \(due))"
        case .listHeaders:
            return vi
                ? "hồ sơ|thủ tục|trạng thái|hạn trả kết quả|tình trạng|đang ở bước"
                : "case|procedure|state|due|status|active"
        case .listState(let state, let outcome):
            guard vi else { return state + (outcome.map { ":\($0)" } ?? "") }
            switch state {
            case "received": return "chờ tiếp nhận"
            case "open": return "đang giải quyết"
            default: return Self.outcome(outcome)
            }
        case .caseCount(let n): return vi ? "\(n) hồ sơ" : "\(n) case\(n == 1 ? "" : "s")"
        }
    }

    /// A table's header row, one cell per `|`.
    func cells(_ language: MessageLanguage) -> [String] {
        text(language).split(separator: "|").map(String.init)
    }

    /// How a closed case ended, as the one-stop desk says it; an outcome the catalog named
    /// otherwise is shown by its id.
    static func outcome(_ outcome: String?) -> String {
        switch outcome {
        case "issued": "đã trả kết quả"
        case "refused": "từ chối giải quyết"
        case "rejected": "từ chối tiếp nhận hồ sơ"
        case "withdrawn": "đã rút hồ sơ"
        case nil: "đã kết thúc"
        case let other?: "đã kết thúc (\(other))"
        }
    }

    /// "nộp trực tuyến"; a channel the catalog does not know is shown by its id.
    static func channel(_ channel: String) -> String {
        Channel(rawValue: channel).map(CatalogDiff.channelVi) ?? channel
    }
}

extension LocalDateTime {
    /// `2026-03-02 09:00 (Mon)`, `2026-03-02 09:00 (T2)`.
    func withWeekday(_ language: MessageLanguage) -> String {
        language == .vi ? "\(self) (\(date.weekday.vietnameseShortName))" : withWeekday
    }
}

extension DeadlineStatus {
    /// The status as a step's or case's result: bilingual in English output (the form's words
    /// with a gloss), the form's words alone in Vietnamese.
    func label(_ language: MessageLanguage) -> String { language == .vi ? vietnameseLabel : bilingual }
}
