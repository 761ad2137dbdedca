import ArgumentParser
import CatalogModel
import Diagnostics
import WorkCalendar

// What the commands say when they stop, beside the messages of the stages they call. Rendered in
// the run's language only when printed (`CommandFailure`, a batch row's `error` column).

/// A date, time or period that does not parse, as the calendar says why.
extension CalendarError: DiagnosticMessage {
    public func text(_ language: MessageLanguage) -> String {
        language == .vi ? vietnameseDescription : description
    }
}

/// An option's value and what is wrong with it: `--at 2026-13-01: …`.
struct OptionValueProblem: DiagnosticMessage {
    /// The option and its value as given.
    let option: String
    let problem: any DiagnosticMessage

    func text(_ language: MessageLanguage) -> String { "\(option): \(problem.text(language))" }
}

/// Words that have no Vietnamese: what the system or a library says of a failed call (`\(error)`).
/// Shown as they are in either language. (The case engine's errors are `CaseError`'s own.)
struct Untranslated: DiagnosticMessage {
    let words: String

    init(_ error: any Error) { words = "\(error)" }

    func text(_ language: MessageLanguage) -> String { words }
}

/// The catalog's first error that an answer would rest on, with where it is and what to run.
struct CatalogErrorsAffectDeadline: DiagnosticMessage {
    let first: Diagnostic
    let catalogPath: String

    func text(_ language: MessageLanguage) -> String {
        let place = "\(RunContext.current.pathDisplay(first.range.file)):\(first.range.start.line)"
        return switch language {
        case .en:
            "the catalog has errors that affect this deadline (first: \(place): \(first.localized(.en).message)); run `tthc check \(catalogPath)`"
        case .vi:
            "danh mục có lỗi ảnh hưởng tới thời hạn này (lỗi đầu tiên: \(place): \(first.localized(.vi).message)); hãy chạy `tthc check \(catalogPath) --lang vi`"
        }
    }
}

/// `--lang en|vi` on every command that speaks both.
extension MessageLanguage: ExpressibleByArgument {}

/// What a command says, one case per message with the data it shows, English and Vietnamese side
/// by side: when it stops (`CommandFailure`, a batch row's `error` column) and on its way (the error
/// behind a verdict, a note, what it wrote: `Console.say`).
enum CommandMessage: DiagnosticMessage {
    case atBeforeCatalog(date: CivilDate, first: CivilDate)
    case atAfterCalendar(date: CivilDate, last: CivilDate)
    case malformedTime(option: String, text: String)
    case malformedStart(String)
    case malformedPause(String)
    case outputsWithoutFormat
    case outputWithoutFormat(String)
    case applicantDetailsWithoutName
    case htmlWithoutForm
    case unknownEvent(String, known: String)
    case unknownUnit(String, example: String, suggestion: String?)
    case unknownRule(String, suggestion: String?)
    case unknownProcedure(String, catalog: String, suggestion: String?)
    case unknownField(String, file: String, suggestion: String?)
    case notInForce(String, on: CivilDate, period: ValidityPeriod)
    case notAProcedureCode(String)
    case codeTaken(String, file: String)
    case alreadyExists(String)
    case noFreeCode
    case noServiceCentre(level: String)
    case noLegalDocument
    case cannotWrite(String, reason: String)
    case cannotWriteTo(String, reason: String)
    case cannotWriteReport(String, reason: String)
    case willNotWriteLink(String)
    case willNotWriteFolder(String)
    case willNotWriteSpecial(String)
    case writeFailedOldKept(String, reason: String)
    case cannotRead(String, reason: String)
    case cannotReadArtifact(String)
    case cannotReadConfiguration(String)
    case cannotReadBaseline(String)
    case notABaseline(String, reason: String)
    case gitNeeded(String, reason: String)
    case gitFailed(String, said: String)
    case noCatalogAtRevision(String, root: String)
    case revisionHasErrors(String, count: Int)
    case catalogWithErrorsNotCompared
    case notARevision(String, root: String, orFolder: Bool)
    case noCatalog
    case damagedCase(String, store: String, difference: String)
    case serviceNotInstalled
    case simulationPastCalendar(start: CivilDate, CalendarError)
    case periodOrProcedure
    case periodAndProcedure
    case procedureHasErrors(String, catalog: String)
    case notInForceAtReceipt(String, period: ValidityPeriod)
    case unknownChannel(String)
    case unknownCondition(String, fact: String, conditions: String)
    case channelNotOffered(String, channel: String)
    case restsOnEstimatedYear(Int)
    case emptyBatch(String)
    case headerTooLong(Int)
    case lineTooLong(Int, limit: Int)
    case headerUnreadable
    case lineNotUTF8(Int)
    case lineUnclosedQuote(Int)
    case lineFieldCount(Int, fields: Int, header: Int, extra: String)
    case columnTwice(String)
    case outputColumnInInput(String)
    case noReceivedColumn(String)
    case noPeriodColumn
    case noOfficialDecision(year: Int)
    case restsOnEstimatedYears(String, first: Int)
    case firstWorkflowOnly(String, changesFrom: String)
    case notACatalogFile(String)
    case catalogHasErrors(Int, check: String)
    case invalidLintConfiguration(String)
    case rowsNotComputed(Int)
    case wroteSchemas(Int, to: String)
    case createdProcedure(String)
    case compiled(Int, to: String, bytes: Int, hash: String, tight: Int)
    case fixed(problems: Int, files: Int)
    case wroteBaseline(findings: Int, to: String)
    case yearOutsideCalendar(Int)
    case statusTakesNoYear
    case needsYearOrStatus
    case draftTakesNoFormat
    case statusFormat
    case batchTakesQuestionsFromFile
    case batchFormat(String)
    case formatNeedsBatch(String)
    case needsFrom
    case needsAddOrProcedure
    case dryRunWithoutFix
    case malformedToday(String)

    func text(_ language: MessageLanguage) -> String {
        switch self {
        case .atBeforeCatalog(let date, let first):
            language == .vi
                ? "--at \(date.vietnameseText) trước ngày danh mục có hiệu lực \(first.vietnameseText) (catalog.yaml); hãy chọn ngày từ \(first.vietnameseText)"
                : "--at \(date) is before the catalog's effective date \(first) (catalog.yaml); ask about \(first) or later"
        case .atAfterCalendar(let date, let last):
            language == .vi
                ? "--at \(date.vietnameseText) sau ngày cuối cùng có lịch, \(last.vietnameseText); hãy bổ sung calendar/\(date.year).yaml hoặc chọn ngày sớm hơn"
                : "--at \(date) is after the last day the catalog's calendar knows, \(last); add calendar/\(date.year).yaml or ask about an earlier date"
        case .malformedTime(let option, let text):
            language == .vi
                ? "\(option) \"\(text)\" sai dạng: hãy viết \"YYYY-MM-DD HH:MM\", ví dụ \"2026-03-02 09:30\""
                : "malformed \(option) \"\(text)\": write \"YYYY-MM-DD HH:MM\", e.g. \"2026-03-02 09:30\""
        case .malformedStart(let start):
            language == .vi
                ? "--start \"\(start)\" sai dạng: hãy viết YYYY-MM-DD, ví dụ 2026-03-02"
                : "malformed --start \"\(start)\": write YYYY-MM-DD, e.g. 2026-03-02"
        case .malformedPause(let text):
            language == .vi
                ? "--pause \"\(text)\" phải có dạng BẮT-ĐẦU/KẾT-THÚC, ví dụ \"2026-11-24 09:00/2026-11-26 10:00\""
                : "--pause \"\(text)\" must be START/END, e.g. \"2026-11-24 09:00/2026-11-26 10:00\""
        case .outputsWithoutFormat:
            language == .vi
                ? "có nhiều tệp --output nhưng không có --format cho chúng"
                : "several --output files but no --format for them"
        case .outputWithoutFormat(let output):
            language == .vi
                ? "--output \(output) không có --format nào đứng trước để ghép (mỗi --format đi với --output ngay sau nó)"
                : "--output \(output) has no --format before it to pair with (each --format takes the --output after it)"
        case .applicantDetailsWithoutName:
            language == .vi
                ? "--applicant-address và --applicant-contact cần có --applicant-name"
                : "--applicant-address and --applicant-contact need --applicant-name / cần có --applicant-name"
        case .htmlWithoutForm:
            language == .vi
                ? "--html in một mẫu: hãy ghi --form 04 hoặc --form 06"
                : "--html prints a form: give --form 04 or --form 06"
        case .unknownEvent(let event, let known):
            language == .vi
                ? "không có sự kiện \"\(event)\"; các sự kiện: \(known)"
                : "unknown event \"\(event)\"; events: \(known)"
        case .unknownUnit(let unit, let example, let suggestion):
            language == .vi
                ? "danh mục không có đơn vị hay vai trò \"\(unit)\"; hãy ghi một đơn vị cụ thể, ví dụ \(example) hoặc province.pasc\(language.didYouMean(suggestion))"
                : "no unit or role \"\(unit)\" in the catalog; name a concrete one, e.g. \(example) or province.pasc\(language.didYouMean(suggestion))"
        case .unknownRule(let rule, let suggestion):
            language == .vi
                ? "không có quy tắc hay mã \"\(rule)\"\(language.didYouMean(suggestion)); `tthc rules` liệt kê chúng"
                : "no rule or code \"\(rule)\"\(language.didYouMean(suggestion)); `tthc rules` lists them"
        case .unknownProcedure(let code, let catalog, let suggestion):
            language == .vi
                ? "không có thủ tục \(code) trong \(catalog)\(suggestion.map { " (có phải \($0)?)" } ?? "")"
                : "unknown procedure \(code) in \(catalog)\(suggestion.map { " (did you mean \($0)?)" } ?? "")"
        case .unknownField(let field, let file, let suggestion):
            language == .vi
                ? "không có lĩnh vực \"\(field)\" trong \(file)\(language.didYouMean(suggestion))"
                : "no field \"\(field)\" in \(file)\(language.didYouMean(suggestion))"
        case .notInForce(let code, let date, let period):
            language == .vi
                ? "thủ tục \(code) không có hiệu lực ngày \(date.vietnameseText) (có hiệu lực \(period.textVi))"
                : "procedure \(code) is not in force on \(date) (it is in force \(period.text))"
        case .notAProcedureCode(let code):
            language == .vi
                ? "\"\(code)\" không phải là mã thủ tục: hãy viết một chữ số, dấu chấm và sáu chữ số, như 1.001193"
                : "\"\(code)\" is not a procedure code: write a digit, a dot and six digits, such as 1.001193"
        case .codeTaken(let code, let file):
            language == .vi
                ? "mã \(code) đã có trong danh mục (\(file)); hãy chọn mã khác hoặc bỏ --code để lấy mã trống tiếp theo"
                : "code \(code) is already in the catalog (\(file)); choose another, or leave out --code for the next free one"
        case .alreadyExists(let path):
            language == .vi
                ? "\(path) đã tồn tại; không ghi đè"
                : "\(path) already exists; not overwritten"
        case .noFreeCode:
            language == .vi
                ? "không còn mã trống trong 1.99xxxx; hãy ghi --code"
                : "no free code left in 1.99xxxx; give --code"
        case .noServiceCentre(let level):
            language == .vi
                ? "danh mục không có trung tâm phục vụ hành chính công cấp \(level) (một đơn vị kind: service-center)"
                : "the catalog has no \(level) service centre (a unit of kind service-center)"
        case .noLegalDocument:
            language == .vi
                ? "danh mục chưa có văn bản pháp luật nào trong legal/"
                : "the catalog has no legal document in legal/"
        case .cannotWrite(let path, let reason):
            language == .vi
                ? "không ghi được \(path): \(reason)"
                : "cannot write \(path): \(reason)"
        case .cannotWriteTo(let path, let reason):
            language == .vi
                ? "không ghi được vào \(path): \(reason)"
                : "cannot write to \(path): \(reason)"
        case .cannotWriteReport(let path, let reason):
            language == .vi
                ? "không ghi được báo cáo vào \(path): \(reason)"
                : "cannot write the report to \(path): \(reason)"
        case .willNotWriteLink(let path):
            language == .vi
                ? "không ghi vào \(path): đó là một liên kết tượng trưng; tthc không ghi qua liên kết"
                : "will not write \(path): it is a symbolic link; tthc does not write through links"
        case .willNotWriteFolder(let path):
            language == .vi
                ? "không ghi vào \(path): đó là một thư mục"
                : "will not write \(path): it is a folder"
        case .willNotWriteSpecial(let path):
            language == .vi
                ? "không ghi vào \(path): đó không phải tệp thông thường (thiết bị, ống dẫn có tên hoặc socket)"
                : "will not write \(path): it is not a regular file (a device, named pipe or socket)"
        case .writeFailedOldKept(let path, let reason):
            CommandMessage.cannotWrite(path, reason: reason).text(language)
                + (language == .vi
                    ? "; tệp cũ (nếu có) được giữ nguyên" : "; the previous file, if any, is left as it was")
        case .cannotRead(let path, let reason):
            language == .vi
                ? "không đọc được \(path): \(reason)"
                : "cannot read \(path): \(reason)"
        case .cannotReadArtifact(let path):
            language == .vi
                ? "không đọc được tệp biên dịch \(path); hãy tạo bằng `tthc compile Catalog -o \(path)`"
                : "cannot read the artifact \(path); write one with `tthc compile Catalog -o \(path)`"
        case .cannotReadConfiguration(let path):
            language == .vi
                ? "không đọc được tệp cấu hình \(path)"
                : "cannot read the configuration \(path)"
        case .cannotReadBaseline(let path):
            language == .vi
                ? "không đọc được tệp baseline \(path)"
                : "cannot read the baseline \(path)"
        case .notABaseline(let path, let reason):
            language == .vi
                ? "\(path) không phải tệp baseline của tthc lint: \(reason)"
                : "\(path) is not a tthc lint baseline: \(reason)"
        case .gitNeeded(let what, let reason):
            language == .vi
                ? "đọc một phiên bản git cần \(what): \(reason)"
                : "reading a git revision needs \(what): \(reason)"
        case .gitFailed(let command, let said):
            language == .vi
                ? "phiên bản git: \(command) không chạy được: \(said)"
                : "git revision: \(command) failed: \(said)"
        case .noCatalogAtRevision(let spec, let root):
            language == .vi
                ? "\(spec) không có danh mục tại \(root); hãy nêu một thư mục hoặc một phiên bản git có danh mục"
                : "\(spec) has no catalog at \(root); name a folder, or a git revision that has the catalog"
        case .revisionHasErrors(let spec, let count):
            language == .vi
                ? "danh mục tại \(spec) có \(count) lỗi (`git checkout \(spec)` rồi `tthc check` để xem)"
                : "the catalog at \(spec) has \(English.count(count, "error")) (`git checkout \(spec)` and `tthc check` show them)"
        case .catalogWithErrorsNotCompared:
            language == .vi
                ? "không so sánh danh mục có lỗi: thủ tục trong tệp không đọc được sẽ bị coi là đã bãi bỏ; hãy sửa lỗi rồi chạy lại"
                : "a catalog with errors is not compared: a procedure whose file cannot be read would count as removed; fix the errors and run again"
        case .notARevision(let spec, let root, let orFolder):
            switch (language, orFolder) {
            case (.vi, true):
                "\(spec) không phải một thư mục, cũng không phải một phiên bản git (commit, nhánh, thẻ) trong kho git chứa \(root)"
            case (.vi, false):
                "\(spec) không phải một phiên bản git (commit, nhánh, thẻ) trong kho git chứa \(root)"
            case (.en, true):
                "\(spec) is neither a folder nor a git revision (commit, branch, tag) in the repository of \(root)"
            case (.en, false):
                "\(spec) is not a git revision (commit, branch, tag) in the repository of \(root)"
            }
        case .noCatalog:
            language == .vi
                ? "không có danh mục"
                : "no catalog"
        case .damagedCase(let caseId, let store, let difference):
            language == .vi
                ? "hồ sơ \(caseId) trong kho \(store) bị hỏng: bản chụp trạng thái không khớp các sự kiện (\(difference)); hãy chạy tthc case verify"
                : "case \(caseId) is damaged in the store \(store): the snapshot does not match its events (\(difference)); run tthc case verify"
        case .serviceNotInstalled:
            language == .vi
                ? "tthc serve cần tthc-serve, chương trình của dịch vụ, đặt cạnh tthc hoặc trong PATH: dựng bằng `swift build -c release --product tthc-serve` rồi chép .build/release/tthc-serve vào cạnh tthc (docs/server.md)"
                : "tthc serve needs tthc-serve, the service's executable, beside tthc or on the PATH: build it with `swift build -c release --product tthc-serve` and copy .build/release/tthc-serve beside tthc (docs/server.md)"
        case .simulationPastCalendar(let start, let error):
            language == .vi
                ? "mô phỏng từ --start \(start) vượt quá lịch: \(error.vietnameseDescription); hãy bắt đầu sớm hơn"
                : "the simulation from --start \(start) runs past the calendar: \(error); start earlier"
        case .periodOrProcedure:
            language == .vi
                ? "cần thời hạn (add) hoặc mã thủ tục (procedure)"
                : "give either a period (add) or a procedure"
        case .periodAndProcedure:
            language == .vi
                ? "chỉ ghi thời hạn (add) hoặc mã thủ tục (procedure), không ghi cả hai"
                : "give a period (add) or a procedure, not both"
        case .procedureHasErrors(let code, let catalog):
            language == .vi
                ? "thủ tục \(code) có lỗi nên không dùng được; hãy chạy `tthc check \(catalog) --lang vi` và sửa"
                : "procedure \(code) has errors and cannot be used; run `tthc check \(catalog)` and fix them"
        case .notInForceAtReceipt(let code, let period):
            language == .vi
                ? "thủ tục \(code) không có hiệu lực vào ngày tiếp nhận (có hiệu lực \(period.textVi))"
                : "procedure \(code) is not in force on the day of receipt (it is in force \(period.text))"
        case .unknownChannel(let channel):
            language == .vi
                ? "kênh \"\(channel)\" không hợp lệ; dùng in-person, online hoặc postal"
                : "unknown channel \"\(channel)\"; use in-person, online or postal"
        case .unknownCondition(let code, let fact, let list):
            language == .vi
                ? "thủ tục \(code) không có điều kiện \"\(fact)\"; các điều kiện của thủ tục: \(list)"
                : "procedure \(code) has no condition \"\(fact)\"; its conditions: \(list)"
        case .channelNotOffered(let code, let channel):
            language == .vi
                ? "thủ tục \(code) không được cung cấp qua kênh \(channel)"
                : "procedure \(code) is not offered on the \(channel) channel"
        case .restsOnEstimatedYear(let year):
            restsOnEstimated("\(year)", language)
        case .emptyBatch(let name):
            language == .vi
                ? "\(name) trống: cần dòng tiêu đề (received, add hoặc procedure)"
                : "\(name) is empty: it needs a header line (received, and add or procedure)"
        case .headerTooLong(let limit):
            language == .vi
                ? "dòng tiêu đề dài quá \(limit) byte"
                : "the header line is longer than \(limit) bytes"
        case .lineTooLong(let number, let limit):
            language == .vi
                ? "dòng \(number) dài quá \(limit) byte: bỏ qua"
                : "line \(number) is longer than \(limit) bytes: skipped"
        case .headerUnreadable:
            language == .vi
                ? "dòng tiêu đề không phải UTF-8 hợp lệ hoặc có dấu ngoặc kép chưa đóng"
                : "the header line is not valid UTF-8 or has an unclosed quote"
        case .lineNotUTF8(let number):
            language == .vi
                ? "dòng \(number) không phải UTF-8 hợp lệ (byte lỗi hiện là U+FFFD)"
                : "line \(number) is not valid UTF-8 (bad bytes shown as U+FFFD)"
        case .lineUnclosedQuote(let number):
            language == .vi
                ? "dòng \(number) có dấu ngoặc kép chưa đóng"
                : "line \(number) has an unclosed quote"
        case .lineFieldCount(let number, let fields, let header, let extra):
            language == .vi
                ? "dòng \(number) có \(fields) trường, dòng tiêu đề có \(header)"
                    + (extra.isEmpty ? "" : " (thừa: \(extra))")
                : "line \(number) has \(English.count(fields, "field")), the header \(header)"
                    + (extra.isEmpty ? "" : " (extra: \(extra))")
        case .columnTwice(let name):
            language == .vi
                ? "cột \"\(name)\" xuất hiện hai lần trong dòng tiêu đề"
                : "the header names the column \"\(name)\" twice"
        case .outputColumnInInput(let name):
            language == .vi
                ? "cột \"\(name)\" là cột kết quả, không được có trong tệp đầu vào"
                : "the column \"\(name)\" is an output column; rename it in the input"
        case .noReceivedColumn(let names):
            language == .vi
                ? "dòng tiêu đề thiếu cột received (các cột: \(names))"
                : "the header has no received column (it has: \(names))"
        case .noPeriodColumn:
            language == .vi
                ? "dòng tiêu đề cần cột add (thời hạn) hoặc procedure (mã thủ tục)"
                : "the header needs an add column (a period) or a procedure column"
        case .yearOutsideCalendar(let year):
            language == .vi
                ? "năm \(year) nằm ngoài khoảng 1900–2100 mà lịch bao gồm"
                : "year \(year) is outside 1900–2100, the range of the calendar"
        case .statusTakesNoYear:
            language == .vi
                ? "--status liệt kê mọi năm; không ghi NĂM kèm theo" : "--status lists every year; give no YEAR with it"
        case .needsYearOrStatus:
            language == .vi ? "cần NĂM (1900–2100), hoặc --status" : "give a YEAR (1900–2100), or --status"
        case .draftTakesNoFormat:
            language == .vi ? "--draft in ra YAML; bỏ --format" : "--draft prints YAML; drop --format"
        case .statusFormat:
            language == .vi ? "--status ghi text hoặc json" : "--status writes text or json"
        case .batchTakesQuestionsFromFile:
            language == .vi
                ? "--batch lấy câu hỏi từ tệp: bỏ --from, --add, --procedure, --channel, --condition, --pause và --explain"
                : "--batch takes its questions from the file: drop --from, --add, --procedure, --channel, --condition, --pause and --explain"
        case .batchFormat(let format):
            language == .vi
                ? "--batch ghi csv hoặc jsonl, không ghi \(format)" : "--batch writes csv or jsonl, not \(format)"
        case .formatNeedsBatch(let format):
            language == .vi ? "--format \(format) chỉ dùng với --batch" : "--format \(format) goes with --batch"
        case .needsFrom:
            language == .vi
                ? "cần --from (hoặc --received) THỜI ĐIỂM, hoặc --batch TỆP"
                : "give --from (or --received) TIME, or --batch FILE"
        case .needsAddOrProcedure:
            language == .vi
                ? "cần --add THỜI HẠN hoặc --procedure MÃ (một trong hai)"
                : "give either --add PERIOD or --procedure CODE"
        case .dryRunWithoutFix:
            language == .vi ? "--dry-run chỉ dùng với --fix" : "--dry-run only goes with --fix"
        case .malformedToday(let today):
            language == .vi
                ? "--today phải là một ngày dạng YYYY-MM-DD, không phải \(today)"
                : "--today must be a date YYYY-MM-DD, not \(today)"
        case .noOfficialDecision(let year):
            language == .vi
                ? "năm \(year) chưa có quyết định chính thức trong danh mục (--require-official); `tthc holidays \(year) --draft` in ra tệp cần điền"
                : "\(year) has no official decision in the catalog (--require-official); `tthc holidays \(year) --draft` prints a file to fill in"
        case .restsOnEstimatedYears(let years, let first):
            restsOnEstimated(years, language)
                + (language == .vi ? "; bổ sung tệp calendar/\(first).yaml" : "; add calendar/\(first).yaml")
        case .firstWorkflowOnly(let code, let dates):
            language == .vi
                ? "đây là quy trình ban đầu của \(code); quy trình thay đổi từ \(dates); --at NGÀY vẽ quy trình có hiệu lực vào ngày đó"
                : "this is the first workflow of \(code); it changes from \(dates); --at DATE draws the one in force on a date"
        case .catalogHasErrors(let count, let check):
            language == .vi
                ? "danh mục có \(count) lỗi nên không thống kê; hãy chạy `\(check) --lang vi` để xem"
                : "the catalog has \(count) errors; run `\(check)` to see them"
        case .notACatalogFile(let path):
            language == .vi ? "\(path) không phải tệp của danh mục; bỏ qua" : "\(path) is not a catalog file; skipped"
        case .invalidLintConfiguration(let path):
            language == .vi ? "cấu hình lint \(path) không hợp lệ" : "the lint configuration \(path) is invalid"
        case .rowsNotComputed(let count):
            language == .vi
                ? "\(count) dòng không tính được (xem cột error)"
                : "\(English.count(count, "row")) could not be computed (see the error column)"
        case .wroteSchemas(let count, let folder):
            language == .vi ? "Đã ghi \(count) lược đồ vào \(folder)" : "Wrote \(count) schemas to \(folder)"
        case .createdProcedure(let path):
            language == .vi
                ? "Đã tạo \(path); điền các chỗ TODO rồi chạy: tthc lint \(path) (lệnh này chỉ ra các chỗ TODO còn lại)"
                : "Created \(path); fill in each TODO, then run: tthc lint \(path) (it lists the TODOs left)"
        case .compiled(let count, let output, let bytes, let hash, let tight):
            language == .vi
                ? "đã biên dịch \(count) thủ tục vào \(output) (\(bytes) byte, \(hash)); \(tight) thủ tục dư dưới 0,1 ngày làm việc"
                : "compiled \(count) procedures to \(output) (\(bytes) bytes, \(hash)); \(tight) with under 0.1 working day of slack"
        case .fixed(let problems, let files):
            language == .vi
                ? "Đã sửa \(problems) chỗ trong \(files) tệp."
                : "Fixed \(English.count(problems, "problem")) in \(English.count(files, "file"))."
        case .wroteBaseline(let findings, let path):
            language == .vi
                ? "Đã ghi \(findings) phát hiện vào \(path)."
                : "Wrote \(English.count(findings, "finding")) to \(path)."
        }
    }

    /// The answer rests on a year the catalog has no official decision for, only an estimate.
    private func restsOnEstimated(_ years: String, _ language: MessageLanguage) -> String {
        language == .vi
            ? "kết quả dựa trên năm \(years), chưa có quyết định chính thức trong danh mục (--require-official)"
            : "the answer rests on \(years), a year with no official decision in the catalog (--require-official)"
    }
}
