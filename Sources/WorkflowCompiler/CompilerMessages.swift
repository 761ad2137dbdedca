import CatalogModel
import Diagnostics
import WorkCalendar

/// What the compiler's checks say: one case per message, carrying the data it shows, with its
/// English and Vietnamese side by side. Public for the note the linter adds too
/// (`moreProceduresUseIt`).
public enum CompilerMessage: DiagnosticMessage {
    /// The note that places a finding in a template in a procedure that uses it.
    case templateUsedHere(procedure: String, template: String)
    /// The last note of a finding in a template that many procedures use (the linter's too).
    case moreProceduresUseIt(count: Int)
    case branchLoopsBack(branch: String, parallelId: String, id: String, join: String)
    case stepInTwoBranches(id: String, other: String, parallelId: String, branch: String)
    case branchSkipsJoin(branch: String, parallelId: String, id: String, join: String)
    case controlStepInBranch(id: String, kindName: String, branch: String, parallelId: String)
    case callCycle(procedures: [String])
    case districtUnit(id: String)
    case districtText
    case beforeCatalog(key: String, date: CivilDate, first: CivilDate)
    case afterCalendar(key: String, date: CivilDate, last: CivilDate)
    case overlappingRows(what: Subject, name: String, period: ValidityPeriod, earlier: ValidityPeriod)
    case otherRow
    case versionNotAfterProcedure(from: CivilDate, effective: CivilDate)
    case procedureEffectiveDate
    case versionsSameStart(name: String, from: CivilDate)
    case otherVersion
    case replacementCycle(documents: [String])
    case unboundedLoop(loop: [String])
    case budgetExceedsDeadline(
        path: [String], converter: DurationConverter, length: Int, deadline: WorkDuration, deadlineMinutes: Int)
    case pathStartsHere
    case notYetInForce(document: String, effective: CivilDate, date: CivilDate, dateAsked: Bool)
    case replaced(document: String, successor: String, from: CivilDate, successorID: String)
    case documentDeclaredHere(document: String)
    case expiredBefore(document: String, expires: CivilDate, date: CivilDate, dateAsked: Bool)
    case authorityAtOtherLevel(level: String, authority: String, authorityLevel: String)
    case interLevelWithoutHandOff(code: String)
    case receiptNotAtServiceCentre(step: String, by: String?)
    case resultNotAtServiceCentre(step: String, by: String?)
    case unreachableStep(id: String, start: String)
    case deadEnd(step: String)
    case loopWithoutExit(loop: [String])

    public func text(_ language: MessageLanguage) -> String {
        switch self {
        case .templateUsedHere(let procedure, let template):
            switch language {
            case .en: "in procedure \(procedure), which uses template \(template) here"
            case .vi: "trong thủ tục \(procedure), thủ tục này dùng mẫu quy trình \(template) ở đây"
            }
        case .moreProceduresUseIt(let count):
            switch language {
            case .en: "and \(count) more procedures use it"
            case .vi: "và \(count) thủ tục khác cũng dùng"
            }
        case .branchLoopsBack(let branch, let parallelId, let id, let join):
            switch language {
            case .en:
                "branch \(branch) of parallel step \(parallelId) loops back to \(id) and never reaches the join \(join)"
            case .vi:
                "nhánh \(branch) của bước song song \(parallelId) quay lại \(id) và không bao giờ tới điểm hợp nhánh \(join)"
            }
        case .stepInTwoBranches(let id, let other, let parallelId, let branch):
            switch language {
            case .en:
                "step \(id) belongs to two parallel branches (\(other.replacingOccurrences(of: "/", with: " branch ")) and \(parallelId) branch \(branch)); each branch needs its own steps"
            case .vi:
                "bước \(id) thuộc hai nhánh song song (\(other.replacingOccurrences(of: "/", with: " nhánh ")) và \(parallelId) nhánh \(branch)); mỗi nhánh cần có các bước riêng"
            }
        case .branchSkipsJoin(let branch, let parallelId, let id, let join):
            switch language {
            case .en:
                "branch \(branch) of parallel step \(parallelId) reaches \(id), which issues the result, without passing the join \(join); end the branch (no next) so the join can wait for it"
            case .vi:
                "nhánh \(branch) của bước song song \(parallelId) đi tới \(id), bước trả kết quả, mà không qua điểm hợp nhánh \(join); hãy kết thúc nhánh (không có next) để điểm hợp nhánh chờ nó"
            }
        case .controlStepInBranch(let id, let kindName, let branch, let parallelId):
            switch language {
            case .en:
                "step \(id) is a \(kindName) inside branch \(branch) of parallel step \(parallelId); a branch is a chain of tasks, waits and calls — move the \(kindName) before the fork or after the join"
            case .vi:
                "bước \(id) là bước \(kindName) nằm trong nhánh \(branch) của bước song song \(parallelId); mỗi nhánh là một chuỗi công việc, bước chờ và lời gọi thủ tục — hãy chuyển bước \(kindName) lên trước điểm tách nhánh hoặc ra sau điểm hợp nhánh"
            }
        case .callCycle(let procedures):
            switch language {
            case .en:
                "procedures call each other in a cycle: \(cycle(procedures)); a case could never finish"
            case .vi:
                "các thủ tục gọi nhau thành vòng: \(cycle(procedures)); hồ sơ sẽ không bao giờ kết thúc"
            }
        case .districtUnit(let id):
            switch language {
            case .en:
                "unit \(id) names the district level, abolished on 2025-07-01; its powers moved to the commune (xã, phường) or the province — rename or move it"
            case .vi:
                "đơn vị \(id) mang tên cấp huyện, cấp đã bỏ từ 2025-07-01; thẩm quyền chuyển về cấp xã (xã, phường) hoặc cấp tỉnh — hãy đổi tên hoặc chuyển đơn vị này"
            }
        case .districtText:
            switch language {
            case .en:
                "this text names the district level, abolished on 2025-07-01; name the commune (xã, phường) or the province instead"
            case .vi:
                "nội dung này nhắc tới cấp huyện, cấp đã bỏ từ 2025-07-01; hãy ghi cấp xã (xã, phường) hoặc cấp tỉnh thay thế"
            }
        case .beforeCatalog(let key, let date, let first):
            switch language {
            case .en:
                "\(key) \(date) is before the catalog's effective date \(first) (catalog.yaml); nothing before it is modelled"
            case .vi:
                "\(key) \(date.vietnameseText) trước ngày danh mục có hiệu lực \(first.vietnameseText) (catalog.yaml); danh mục không mô tả thời gian trước đó"
            }
        case .afterCalendar(let key, let date, let last):
            switch language {
            case .en:
                "\(key) \(date) is after the last day the calendar knows, \(last); add calendar/\(date.year).yaml or correct the date"
            case .vi:
                "\(key) \(date.vietnameseText) sau ngày cuối cùng có lịch, \(last.vietnameseText); hãy bổ sung calendar/\(date.year).yaml hoặc sửa lại ngày"
            }
        case .overlappingRows(let what, let name, let period, let earlier):
            switch language {
            case .en:
                "\(what.en) \"\(name)\" (\(period.text)) overlaps the row above (\(earlier.text)); end the first with until the day before the second's from"
            case .vi:
                "\(what.vi) \"\(name)\" (\(period.textVi)) trùng thời gian với dòng trước (\(earlier.textVi)); cho dòng trước kết thúc (until) vào ngày liền trước ngày dòng sau bắt đầu (from)"
            }
        case .otherRow:
            switch language {
            case .en: "the other row"
            case .vi: "dòng kia"
            }
        case .versionNotAfterProcedure(let from, let effective):
            switch language {
            case .en:
                "version from \(from) does not start after the procedure's effective date \(effective); change the procedure's own keys instead, or give a later date"
            case .vi:
                "phiên bản từ \(from.vietnameseText) không bắt đầu sau ngày có hiệu lực \(effective.vietnameseText) của thủ tục; hãy sửa các khóa của chính thủ tục, hoặc ghi ngày muộn hơn"
            }
        case .procedureEffectiveDate:
            switch language {
            case .en: "the procedure's effective date"
            case .vi: "ngày có hiệu lực của thủ tục"
            }
        case .versionsSameStart(let name, let from):
            switch language {
            case .en: "two versions of \(name) start on \(from); merge them into one"
            case .vi: "hai phiên bản của \(name) cùng bắt đầu ngày \(from.vietnameseText); hãy gộp thành một"
            }
        case .otherVersion:
            switch language {
            case .en: "the other version"
            case .vi: "phiên bản kia"
            }
        case .replacementCycle(let documents):
            switch language {
            case .en:
                "documents replace each other in a cycle: \(cycle(documents)); no document of it is ever in force"
            case .vi:
                "các văn bản thay thế lẫn nhau thành vòng: \(cycle(documents)); không văn bản nào trong vòng có hiệu lực"
            }
        case .unboundedLoop(let loop):
            switch language {
            case .en:
                "the main flow returns to step \(loop[0]) (not through a supplement or payment exit), so its time budget cannot be bounded and checked against the deadline"
            case .vi:
                "luồng chính quay lại bước \(loop[0]) (không qua lối bổ sung hồ sơ hay nộp phí), nên không xác định được tổng thời gian của các bước để đối chiếu với thời hạn"
            }
        case .budgetExceedsDeadline(let path, let converter, let length, let deadline, let deadlineMinutes):
            switch language {
            case .en:
                "the steps on the longest path (\(path.joined(separator: " → "))) need \(converter.describe(minutes: length)), more than the deadline (\(deadline)) gives: \(converter.describe(minutes: deadlineMinutes)); shorten the step budgets or correct the deadline"
            case .vi:
                "các bước trên đường dài nhất (\(path.joined(separator: " → "))) cần \(converter.describeVi(minutes: length)), nhiều hơn thời hạn (\(deadline)) cho phép: \(converter.describeVi(minutes: deadlineMinutes)); hãy rút ngắn thời gian của các bước hoặc sửa thời hạn"
            }
        case .pathStartsHere:
            switch language {
            case .en: "the path starts here"
            case .vi: "đường này bắt đầu ở đây"
            }
        case .notYetInForce(let number, let effective, let date, let dateAsked):
            switch language {
            case .en: "\(number) takes effect on \(effective), after \(whose(dateAsked, language)) \(date)"
            case .vi: "\(number) có hiệu lực từ \(effective), sau \(whose(dateAsked, language)) \(date)"
            }
        case .replaced(let document, let successor, let from, let successorID):
            switch language {
            case .en: "\(document) was replaced by \(successor) from \(from); cite \(successorID) instead"
            case .vi: "\(document) đã được thay thế bởi \(successor) từ \(from); hãy dẫn \(successorID)"
            }
        case .documentDeclaredHere(let number):
            switch language {
            case .en: "\(number) is declared here"
            case .vi: "\(number) được khai báo ở đây"
            }
        case .expiredBefore(let number, let expires, let date, let dateAsked):
            switch language {
            case .en: "\(number) expired on \(expires), before \(whose(dateAsked, language)) \(date)"
            case .vi: "\(number) đã hết hiệu lực từ \(expires), trước \(whose(dateAsked, language)) \(date)"
            }
        case .authorityAtOtherLevel(let procedureLevel, let authority, let authorityLevel):
            switch language {
            case .en:
                "a \(procedureLevel)-level procedure is decided by \(authority), a \(authorityLevel)-level unit; decide it at \(procedureLevel) level, or declare inter_level: [commune, province]"
            case .vi:
                "thủ tục cấp \(procedureLevel) lại do \(authority), một đơn vị cấp \(authorityLevel), quyết định; hãy để cấp \(procedureLevel) quyết định, hoặc khai báo inter_level: [commune, province]"
            }
        case .interLevelWithoutHandOff(let code):
            switch language {
            case .en:
                "procedure \(code) is inter-level but no step hands the dossier to a unit of the other level; add a step with by: (one level) and to: (the other)"
            case .vi:
                "thủ tục \(code) là thủ tục liên cấp nhưng không bước nào chuyển hồ sơ cho đơn vị của cấp kia; hãy thêm một bước có by: (một cấp) và to: (cấp kia)"
            }
        case .receiptNotAtServiceCentre(let id, let by):
            switch language {
            case .en:
                "the first step \(id) must be the receipt of the dossier by a service centre (for example commune.pasc or province.pasc)\(performer(by, language))"
            case .vi:
                "bước đầu tiên \(id) phải là bước tiếp nhận hồ sơ tại Bộ phận Một cửa (ví dụ commune.pasc hoặc province.pasc)\(performer(by, language))"
            }
        case .resultNotAtServiceCentre(let id, let by):
            switch language {
            case .en:
                "the result is returned at step \(id), which must be done by a service centre (by: commune.pasc or province.pasc)\(performer(by, language))"
            case .vi:
                "kết quả được trả ở bước \(id), bước này phải do Bộ phận Một cửa thực hiện (by: commune.pasc hoặc province.pasc)\(performer(by, language))"
            }
        case .unreachableStep(let id, let start):
            switch language {
            case .en: "step \(id) cannot be reached from the start step \(start); connect it or remove it"
            case .vi: "không thể đi tới bước \(id) từ bước bắt đầu \(start); hãy nối bước này vào quy trình hoặc xóa nó"
            }
        case .deadEnd(let sink):
            switch language {
            case .en:
                "step \(sink) has no next step and is not an end: the case would stop here without a result; add next, or end: issued | refused | withdrawn"
            case .vi:
                "bước \(sink) không có bước tiếp theo và không phải bước kết thúc: hồ sơ sẽ dừng ở đây mà không có kết quả; hãy thêm next, hoặc end: issued | refused | withdrawn"
            }
        case .loopWithoutExit(let loop):
            switch language {
            case .en: "steps \(loop.joined(separator: " -> ")) loop without an exit: no path from them reaches an end"
            case .vi:
                "các bước \(loop.joined(separator: " -> ")) tạo thành vòng lặp không có lối ra: không đường nào từ chúng đi tới bước kết thúc"
            }
        }
    }

    /// The date a legal basis is checked on: the procedure's effective date, or a date the user asked about.
    private func whose(_ dateAsked: Bool, _ language: MessageLanguage) -> String {
        switch language {
        case .en: dateAsked ? "the date asked about" : "this procedure's effective date"
        case .vi: dateAsked ? "ngày được hỏi" : "ngày có hiệu lực của thủ tục này"
        }
    }

    /// The names of a cycle, quoted, in order: "a" -> "b" -> "a".
    private func cycle(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: " -> ") }

    /// Who does a step that should be a service centre's.
    private func performer(_ unit: String?, _ language: MessageLanguage) -> String {
        switch language {
        case .en: unit.map { "; it is done by \($0)" } ?? "; it names no unit"
        case .vi: unit.map { "; bước này do \($0) thực hiện" } ?? "; bước này không ghi đơn vị nào"
        }
    }
}
