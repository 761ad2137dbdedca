import CaseEngine
import Diagnostics

/// What `case open`, `case event`, `case verify` and `case migrate` print as text, in English and
/// Vietnamese (`--lang`); `case show` and `case list` are `CaseWords`. Case ids, codes, unit ids,
/// event names and hashes stay as they are: they are what the clerk types or quotes.
enum CaseCommandWords {
    case alreadyOpened(String)
    case opened(String, procedure: String, name: String)
    case due(String, period: String, cap: String?)
    /// The commands the case takes now (also the second line of a refusal).
    case allowedNow(String)
    case alreadyRecorded(String, version: Int)
    case recorded(String, event: String, step: String?, actor: String?, at: String, detail: String?)
    case atVersion(String, version: Int, state: String)
    case activeStep(String, performer: String, due: String?)
    case sound(sqlite: Bool, artifacts: Int, cases: Int)
    case unchecked(events: Int, snapshots: Int)
    case damage(String)
    case problems(Int, store: String)
    case migration(String, procedure: String, verdict: MigrationFinding.Verdict, at: [String])
    case breaks(CaseMessage)
    case note(CaseMessage)
    case migrationSummary(open: Int, broken: Int, hash: String, moved: Int?)

    func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .alreadyOpened(let id):
            return vi
                ? "hồ sơ \(id) đã được mở với khóa idempotency này"
                : "case \(id) was already opened with this idempotency key"
        case .opened(let id, let procedure, let name):
            return vi ? "đã mở hồ sơ \(id): \(procedure) \(name)" : "opened \(id): \(procedure) \(name)"
        case .due(let due, let period, let cap):
            return vi
                ? "  hạn trả kết quả \(due) (\(period)\(cap.map { ", giới hạn ở mức tối đa \($0)" } ?? ""))"
                : "  due \(due) (\(period)\(cap.map { ", held to the cap of \($0)" } ?? ""))"
        case .allowedNow(let list): return AllowedEvent.allowedNow(list, language)
        case .alreadyRecorded(let id, let version):
            return vi
                ? "\(id) v\(version): đã ghi từ trước (cùng khóa idempotency); không ghi thêm"
                : "\(id) v\(version): already recorded (same idempotency key); nothing written"
        case .recorded(let id, let event, let step, let actor, let at, let detail):
            let step = step.map { " \($0)" } ?? ""
            let detail = detail.map { " (\($0))" } ?? ""
            return vi
                ? "\(id): \(event)\(step)" + (actor.map { ", người thực hiện \($0)" } ?? "") + ", lúc \(at)\(detail)"
                : "\(id): \(event)\(step)" + (actor.map { " by \($0)" } ?? "") + " at \(at)\(detail)"
        case .atVersion(let id, let version, let state):
            return vi ? "hồ sơ \(id) ở phiên bản \(version): \(state)" : "\(id) is at version \(version): \(state)"
        case .activeStep(let step, let performer, let due):
            return vi
                ? "  đang ở bước: \(step) (\(performer))" + (due.map { ", hạn \($0)" } ?? "")
                : "  active: \(step) (\(performer))" + (due.map { ", due \($0)" } ?? "")
        case .sound(let sqlite, let artifacts, let cases):
            if vi {
                let database = sqlite ? "kiểm tra toàn vẹn của SQLite đạt" : "mọi sự kiện đều thuộc đúng hồ sơ của nó"
                return
                    "kho hồ sơ nguyên vẹn: \(database), \(artifacts) tệp biên dịch khớp mã băm, \(cases) hồ sơ khớp các sự kiện"
            }
            let database = sqlite ? "SQLite's integrity check passes" : "every event belongs to its case"
            let artifactWords =
                artifacts == 1 ? "1 artifact matches its hash" : "\(artifacts) artifacts match their hashes"
            let caseWords = cases == 1 ? "1 case matches its events" : "\(cases) cases match their events"
            return "the store is sound: \(database), \(artifactWords), \(caseWords)"
        case .unchecked(let events, let snapshots):
            return vi
                ? "lưu ý: \(events) sự kiện và \(snapshots) bản chụp trạng thái được ghi trước khi có tổng kiểm: chỉ được kiểm tra bằng cách chạy lại các sự kiện"
                : "note: \(events) events and \(snapshots) snapshots were written before they carried checksums: they are checked by replay only"
        case .damage(let problem): return vi ? "hư hỏng: \(problem)" : "damage: \(problem)"
        case .problems(let n, let store):
            return vi ? "\(n) lỗi trong \(store)" : "\(n) problem\(n == 1 ? "" : "s") in \(store)"
        case .migration(let id, let procedure, let verdict, let steps):
            let at = steps.joined(separator: ", ")
            return vi
                ? "\(id)  \(procedure)  \(Self.verdict(verdict))" + (steps.isEmpty ? "" : "  tại bước \(at)")
                : "\(id)  \(procedure)  \(verdict.rawValue)" + (steps.isEmpty ? "" : "  at \(at)")
        case .breaks(let reason): return (vi ? "    lý do: " : "    breaks: ") + reason.text(language)
        case .note(let note): return (vi ? "    ghi chú: " : "    note: ") + note.text(language)
        case .migrationSummary(let open, let broken, let hash, let moved):
            if vi {
                return "\(open) hồ sơ chưa kết thúc; \(broken) hồ sơ không chuyển được sang \(hash)"
                    + (moved.map { "; \($0) hồ sơ đã chuyển sang" } ?? "")
            }
            return "\(open) open case\(open == 1 ? "" : "s"); \(broken) would break with \(hash)"
                + (moved.map { "; \($0) moved to it" } ?? "")
        }
    }

    /// A migration verdict as a clerk reads it.
    static func verdict(_ verdict: MigrationFinding.Verdict) -> String {
        switch verdict {
        case .unchanged: "không thay đổi"
        case .compatible: "chuyển được"
        case .breaks: "không chuyển được"
        }
    }
}
