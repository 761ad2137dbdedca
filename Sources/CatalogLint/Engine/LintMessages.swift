import CatalogModel
import Diagnostics
import WorkCalendar
import YAMLReader

/// What the linter says: the engine around the rules, then each rule category's findings, notes and
/// fixes, in the order of the folders under Rules/, then the configuration loader's. One case per message, carrying the data it shows,
/// with its English and Vietnamese side by side.
enum LintMessage: DiagnosticMessage {
    // The engine's, around the rules' own.
    /// The note that places a finding in a template in the procedure that uses it.
    case templateUsedHere(procedure: String, template: String)
    /// A rule's message about a version's workflow: the message, then which version.
    case inVersion(any DiagnosticMessage, from: CivilDate)
    /// The note that points at the version whose workflow a finding is about.
    case versionWorkflow(from: CivilDate)
    /// A repair's message when it repairs several places of one value.
    case inPlaces(any DiagnosticMessage, count: Int)
    case tabLeftForHand

    // Channels (Rules/Channels)
    case onlineWithoutService
    case onlineDeadlineLonger(deadline: WorkDuration, procedureDeadline: WorkDuration)
    case fullWithoutOnlineChannel(level: String)

    // Deadlines (Rules/Deadlines)
    case capBelowDeadline(cap: WorkDuration, deadline: WorkDuration)
    case valueDisagreesWithWording(value: WorkDuration.Term, stated: DeadlineWording.Period, text: String)
    case theWording
    case estimatedYear(year: Int, lastReceipt: CivilDate, horizon: CivilDate)
    case unusualCutoff(cutoff: TimeOfDay, expected: TimeOfDay)
    case wordingWithoutCutoff(cutoff: TimeOfDay)
    case littleSlack(used: Int, deadline: Int, percent: Int, minimum: Int)
    case unmodelledExtension(phrase: String)

    // Dossier (Rules/Dossier)
    case noOriginalOrCopy(name: String)
    case emptyDossier(code: String)

    // Fees (Rules/Fees)
    case unroundAmount(name: String, amount: Int, step: Int)
    case feeWithoutPayment(name: String)

    // Identity (Rules/Identity)
    case foreignSuffix(suffix: String, code: String, expected: String)
    case duplicateName(procedureCode: String, firstCode: String, field: String, level: String)
    case namedHere(code: String)
    case likelyDuplicate(procedureCode: String, firstCode: String, authority: String)

    // Legal (Rules/Legal)
    case endsWithoutSuccessor(what: Subject, name: String, until: CivilDate, days: Int)
    case effectiveBeforeCatalog(code: String, effective: CivilDate, start: CivilDate)
    case replaced(documentNumber: String, successorNumber: String, effective: CivilDate, id: String)
    case expired(number: String, expires: CivilDate)
    case expiresSoon(number: String, expires: CivilDate, days: Int)
    case missingAnnouncement(code: String)
    case citesDecree61(code: String, date: CivilDate, number: String)
    case procedureExpired(code: String, expires: CivilDate)

    // Naming (Rules/Naming)
    case englishNameVietnamese(key: String?, text: String)
    case missingEnglishName(code: String)
    case missingEnglishResult(code: String)

    // References (Rules/References)
    case formMissing(name: String)
    case unusedCondition(id: String)
    case unusedForm(id: String)
    case unusedLegalDocument(number: String, id: String)
    case unusedTemplateParameter(parameter: String, id: String)
    case unusedTemplate(id: String)

    // Suppressions (Rules/Suppressions)
    case unknownDirective(directive: String)
    case noRuleNamed
    case unknownSuppressionTarget(id: String, suggestion: String?)
    case noReason
    case unusedSuppression(id: String)

    // Text (Rules/Text)
    case codeInDoubleQuotes(code: String)
    case codeWithoutQuotes(code: String)
    /// A fix that writes `text` as it stands (a code with its quotes).
    case write(text: String)
    /// A fix that writes `text`, quoted in the message.
    case writeQuoted(text: String)
    case controlOrBidiCharacters(found: String)
    case placeholderLeft(key: String?, text: String)
    case startsWithSpace
    case endsWithSpace
    case spacesInARow(count: Int)
    case removeSpace
    case keepOneSpace
    case invisibleCharacter(code: String)
    case nonBreakingSpace(code: String)
    case removeInvisible
    case writeNormalSpace
    case writeNormalSpacesAndRemoveInvisible
    case lookalikeLetter(letter: Character, code: String, vietnamese: String)
    /// The catalog's tone-mark style is `newStyle` (hoà) or the old one (hòa); `written` is not in it.
    case toneMarkStyle(written: String, corrected: String, newStyle: Bool)
    case trailingSpaces(count: Int)
    case removeTrailingSpaces
    case notNFC(text: String)
    case writeInNFC(text: String)

    // Units (Rules/Units)
    case missingDistance(id: String, name: String)
    case unitWithoutEnglishName(what: Subject, id: String)

    // Workflow (Rules/Workflow)
    case handOffNeverReceived(id: String, shown: String)
    case resultAtOtherLevel(id: String, by: String)
    case noRefusal
    case noResult(code: String, result: String)
    case supplementWithoutWait(id: String, step: String)

    // The configuration (.tthc-lint.yml)
    case notAMapping(ConfigurationPart, found: YAMLNode.Kind)
    case unknownKey(key: String, part: ConfigurationPart, allowed: [String])
    case unknownRule(id: String, known: [String])
    case invalidSeverity(allowed: [String])
    case invalidRuleSetting
    case enabledNotBoolean
    case invalidOption(rule: String, option: String, problem: String?)
    case overridesNotList(found: YAMLNode.Kind)
    case invalidFilePattern
    case overrideWithoutFiles

    func text(_ language: MessageLanguage) -> String {
        switch self {
        case .templateUsedHere(let procedure, let template):
            switch language {
            case .en: "in procedure \(procedure), which uses template \(template) here"
            case .vi: "trong thủ tục \(procedure), dùng mẫu quy trình \(template) tại đây"
            }
        case .inVersion(let finding, let from):
            switch language {
            case .en: finding.text(.en) + " (in the version from \(from))"
            case .vi: finding.text(.vi) + " (trong phiên bản từ ngày \(from.vietnameseText))"
            }
        case .versionWorkflow(let from):
            switch language {
            case .en: "the version from \(from), whose workflow this is"
            case .vi: "phiên bản từ ngày \(from.vietnameseText), có quy trình này"
            }
        case .inPlaces(let message, let count):
            switch language {
            case .en: message.text(.en) + " (\(count) places)"
            case .vi: message.text(.vi) + " (\(count) chỗ)"
            }
        case .tabLeftForHand:
            switch language {
            case .en:
                "tthc lint --fix leaves this tab: the file would mean something else depending on the tab's width; replace it with spaces by hand"
            case .vi:
                "tthc lint --fix không sửa tab này: tùy độ rộng của tab mà tệp sẽ mang nghĩa khác; hãy tự thay bằng dấu cách"
            }
        case .onlineWithoutService:
            switch language {
            case .en: "the online channel is offered, but online_service is none; say full or partial"
            case .vi: "có kênh online nhưng online_service là none; ghi full hoặc partial"
            }
        case .onlineDeadlineLonger(let deadline, let procedureDeadline):
            switch language {
            case .en: "the online deadline (\(deadline)) is longer than the procedure's deadline (\(procedureDeadline))"
            case .vi:
                "thời hạn trực tuyến (\(deadline.vietnameseDescription)) dài hơn thời hạn chung của thủ tục (\(procedureDeadline.vietnameseDescription))"
            }
        case .fullWithoutOnlineChannel(let level):
            switch language {
            case .en: "online_service is \(level), but channels does not list online"
            case .vi: "online_service là \(level) nhưng channels không có online"
            }
        case .capBelowDeadline(let cap, let deadline):
            switch language {
            case .en: "the cap \(cap) is shorter than the deadline \(deadline)"
            case .vi: "mức trần \(cap.vietnameseDescription) ngắn hơn thời hạn \(deadline.vietnameseDescription)"
            }
        case .valueDisagreesWithWording(let base, let stated, let text):
            switch language {
            case .en: "the deadline value is \(base) but its wording states \(stated.description) (\"\(text)\")"
            case .vi:
                "giá trị thời hạn là \(base.vietnameseDescription) nhưng câu chữ nêu \(stated.unit.vietnamese(stated.amount)) (\"\(text)\")"
            }
        case .theWording:
            switch language {
            case .en: "the wording"
            case .vi: "câu chữ công bố"
            }
        case .estimatedYear(let year, let lastReceipt, let horizon):
            switch language {
            case .en:
                "\(year) has no official decision in the catalog, yet dossiers received by \(lastReceipt) fall due in it (as late as \(horizon)): its Tết and swapped days are estimates; add calendar/\(year).yaml (`tthc holidays \(year) --draft`)"
            case .vi:
                "năm \(year) chưa có quyết định chính thức trong danh mục, nhưng hồ sơ tiếp nhận đến \(lastReceipt.vietnameseText) có hạn rơi vào năm đó (muộn nhất \(horizon.vietnameseText)): ngày nghỉ Tết và ngày hoán đổi đang là ước tính; bổ sung calendar/\(year).yaml (`tthc holidays \(year) --draft`)"
            }
        case .unusualCutoff(let cutoff, let expected):
            switch language {
            case .en: "a same-day deadline with cut-off \(cutoff), not the catalog's receipt cut-off \(expected)"
            case .vi: "thời hạn trong ngày với mốc \(cutoff), không phải mốc tiếp nhận của danh mục \(expected)"
            }
        case .wordingWithoutCutoff(let cutoff):
            switch language {
            case .en:
                "the wording of a same-day deadline does not state the \(cutoff) cut-off (\"…nhận hồ sơ sau \(cutoff.hour) giờ…\")"
            case .vi:
                "câu chữ của thời hạn trong ngày không nêu mốc \(cutoff) (\"…nhận hồ sơ sau \(cutoff.hour) giờ…\")"
            }
        case .littleSlack(let used, let deadline, let percent, let minimum):
            switch language {
            case .en:
                "the steps on the longest path use \(used) of the deadline's \(deadline) working minutes, leaving \(percent)% free (at least \(minimum)% wanted)"
            case .vi:
                "các bước trên đường dài nhất dùng \(used) trong \(deadline) phút làm việc của thời hạn, chỉ còn \(percent)% dự phòng (cần ít nhất \(minimum)%)"
            }
        case .unmodelledExtension(let phrase):
            switch language {
            case .en:
                "the wording mentions \"\(phrase)\", but no condition extends the deadline; declare one with extends:"
            case .vi:
                "câu chữ nhắc tới \"\(phrase)\" nhưng không điều kiện nào kéo dài thời hạn; khai báo một điều kiện có extends:"
            }
        case .noOriginalOrCopy(let name):
            switch language {
            case .en: "dossier item \"\(name)\" asks for no original and no copy; add originals: or copies:"
            case .vi: "thành phần \"\(name)\" không ghi số bản chính hay bản sao; thêm originals: hoặc copies:"
            }
        case .emptyDossier(let code):
            switch language {
            case .en: "procedure \(code) lists no dossier components; add dossier:"
            case .vi: "thủ tục \(code) không liệt kê thành phần hồ sơ; thêm dossier:"
            }
        case .unroundAmount(let name, let amount, let step):
            switch language {
            case .en:
                "fee \"\(name)\" is \(amount) đồng, not a multiple of \(step); check it against the fee resolution"
            case .vi:
                "khoản \"\(name)\" là \(amount) đồng, không phải bội số của \(step); đối chiếu với nghị quyết về phí"
            }
        case .feeWithoutPayment(let name):
            switch language {
            case .en:
                "fee \"\(name)\" is charged per dossier, but the workflow has no payment step (wait: payment or may: pay)"
            case .vi:
                "khoản \"\(name)\" thu theo hồ sơ nhưng quy trình không có bước nộp phí (wait: payment hoặc may: pay)"
            }
        case .foreignSuffix(let suffix, let code, let expected):
            switch language {
            case .en:
                "the suffix .\(suffix) of code \(code) is not this province's (.\(expected), from jurisdiction.code in catalog.yaml)"
            case .vi:
                "hậu tố .\(suffix) của mã \(code) không phải của tỉnh này (.\(expected), theo jurisdiction.code trong catalog.yaml)"
            }
        case .duplicateName(let procedureCode, let firstCode, let field, let level):
            switch language {
            case .en: "procedure \(procedureCode) has the same name as \(firstCode) in field \(field) at \(level) level"
            case .vi:
                "thủ tục \(procedureCode) trùng tên với \(firstCode) trong lĩnh vực \(field), cấp \(level == "commune" ? "xã" : "tỉnh")"
            }
        case .namedHere(let code):
            switch language {
            case .en: "\(code) is named here"
            case .vi: "tên của \(code) ở đây"
            }
        case .likelyDuplicate(let procedureCode, let firstCode, let authority):
            switch language {
            case .en:
                "procedure \(procedureCode) looks like a duplicate of \(firstCode): nearly the same name, the same authority \(authority), the same level"
            case .vi:
                "thủ tục \(procedureCode) có vẻ trùng với \(firstCode): tên gần như giống nhau, cùng cơ quan có thẩm quyền \(authority), cùng cấp"
            }
        case .endsWithoutSuccessor(let what, let name, let until, let days):
            switch language {
            case .en:
                "\(what.en) \"\(name)\" ends on \(until), in \(English.count(days, "day")), and nothing follows it; add the row that applies from the next day"
            case .vi:
                "\(what.vi) \"\(name)\" kết thúc ngày \(until.vietnameseText), còn \(days) ngày, và chưa có dòng nào tiếp theo; hãy thêm dòng áp dụng từ ngày hôm sau"
            }
        case .effectiveBeforeCatalog(let code, let effective, let start):
            switch language {
            case .en: "procedure \(code) takes effect on \(effective), before the catalog's effective date \(start)"
            case .vi:
                "thủ tục \(code) có hiệu lực từ \(effective.vietnameseText), trước ngày hiệu lực của danh mục \(start.vietnameseText)"
            }
        case .replaced(let documentNumber, let successorNumber, let effective, let id):
            switch language {
            case .en: "\(documentNumber) was replaced by \(successorNumber) from \(effective); cite \(id)"
            case .vi:
                "\(documentNumber) đã được thay thế bởi \(successorNumber) từ \(effective.vietnameseText); viện dẫn \(id)"
            }
        case .expired(let number, let expires):
            switch language {
            case .en: "\(number) expired on \(expires); find the document that replaced it"
            case .vi: "\(number) đã hết hiệu lực từ \(expires.vietnameseText); tìm văn bản thay thế"
            }
        case .expiresSoon(let number, let expires, let days):
            switch language {
            case .en: "\(number) expires on \(expires), in \(English.count(days, "day")); prepare the replacement"
            case .vi:
                "\(number) hết hiệu lực ngày \(expires.vietnameseText), còn \(days) ngày; chuẩn bị văn bản thay thế"
            }
        case .missingAnnouncement(let code):
            switch language {
            case .en: "procedure \(code) does not name the decision that announced it; add announced_by"
            case .vi: "thủ tục \(code) không nêu quyết định công bố; thêm announced_by"
            }
        case .citesDecree61(let code, let date, let number):
            switch language {
            case .en:
                "procedure \(code) takes effect on \(date) but cites \(number), replaced by Decree 118/2025/NĐ-CP on 2025-07-01"
            case .vi:
                "thủ tục \(code) có hiệu lực từ \(date.vietnameseText) nhưng viện dẫn \(number), đã được thay bằng Nghị định 118/2025/NĐ-CP từ 01/07/2025"
            }
        case .procedureExpired(let code, let expires):
            switch language {
            case .en: "procedure \(code) expired on \(expires); remove it or correct the date"
            case .vi: "thủ tục \(code) đã hết hiệu lực từ \(expires.vietnameseText); xóa hoặc sửa ngày"
            }
        case .englishNameVietnamese(let key, let text):
            switch language {
            case .en:
                "\(key ?? "name_en") \"\(text)\" contains Vietnamese letters; write the English name without diacritics"
            case .vi: "\(key ?? "name_en") \"\(text)\" chứa chữ tiếng Việt; viết tên tiếng Anh không dấu"
            }
        case .missingEnglishName(let code):
            switch language {
            case .en: "procedure \(code) has no English name; add name_en"
            case .vi: "thủ tục \(code) chưa có tên tiếng Anh; thêm name_en"
            }
        case .missingEnglishResult(let code):
            switch language {
            case .en: "the result of procedure \(code) has no English name; add result_en"
            case .vi: "kết quả của thủ tục \(code) chưa có tên tiếng Anh; thêm result_en"
            }
        case .formMissing(let name):
            switch language {
            case .en:
                "\"\(name)\" is a form the applicant fills in, but names no form; declare it in forms/ and add form: ID"
            case .vi:
                "\"\(name)\" là biểu mẫu người dân điền nhưng không chỉ ra mẫu; khai báo trong forms/ và thêm form: ID"
            }
        case .unusedCondition(let id):
            switch language {
            case .en: "condition \(id) neither extends the deadline nor is used by a choice step"
            case .vi: "điều kiện \(id) không kéo dài thời hạn và không được bước rẽ nhánh nào dùng"
            }
        case .unusedForm(let id):
            switch language {
            case .en: "form \(id) is declared but no dossier item uses it; link it with form: \(id) or remove it"
            case .vi:
                "mẫu \(id) được khai báo nhưng không thành phần hồ sơ nào dùng; liên kết bằng form: \(id) hoặc xóa"
            }
        case .unusedLegalDocument(let number, let id):
            switch language {
            case .en: "\(number) (\(id)) is declared but nothing cites it"
            case .vi: "\(number) (\(id)) được khai báo nhưng không nơi nào viện dẫn"
            }
        case .unusedTemplateParameter(let parameter, let id):
            switch language {
            case .en: "parameter \(parameter) of template \(id) is never used as $\(parameter) in its workflow"
            case .vi: "tham số \(parameter) của mẫu \(id) không được dùng dạng $\(parameter) trong quy trình"
            }
        case .unusedTemplate(let id):
            switch language {
            case .en: "template \(id) is not used by any procedure"
            case .vi: "mẫu quy trình \(id) không được thủ tục nào dùng"
            }
        case .unknownDirective(let directive):
            switch language {
            case .en: "unknown directive \"\(directive)\"; write disable-next-line or disable-line"
            case .vi: "chỉ thị không hợp lệ \"\(directive)\"; viết disable-next-line hoặc disable-line"
            }
        case .noRuleNamed:
            switch language {
            case .en: "the suppression names no rule"
            case .vi: "chú thích không nêu quy tắc nào"
            }
        case .unknownSuppressionTarget(let id, let suggestion):
            switch language {
            case .en:
                "\"\(id)\" is not a rule or a suppressible check\(suggestion.map { "; did you mean \"\($0)\"?" } ?? "")"
            case .vi:
                "\"\(id)\" không phải quy tắc hay kiểm tra có thể tắt\(suggestion.map { "; có phải \"\($0)\"?" } ?? "")"
            }
        case .noReason:
            switch language {
            case .en: "this suppression gives no reason, so it is ignored; add \"-- why the finding is accepted\""
            case .vi: "chú thích tắt kiểm tra không nêu lý do nên bị bỏ qua; thêm \"-- vì sao chấp nhận phát hiện này\""
            }
        case .unusedSuppression(let id):
            switch language {
            case .en: "this suppression of \(id) suppresses nothing: the line has no such finding; remove it"
            case .vi: "chú thích tắt \(id) không có tác dụng: dòng đó không có phát hiện này; hãy xóa"
            }
        case .codeInDoubleQuotes(let code):
            switch language {
            case .en: "write the code in double quotes, as the catalog does: \(code)"
            case .vi: "viết mã trong ngoặc kép như cả danh mục: \(code)"
            }
        case .codeWithoutQuotes(let code):
            switch language {
            case .en: "write the code without quotes, as the catalog does: \(code)"
            case .vi: "viết mã không có ngoặc như cả danh mục: \(code)"
            }
        case .write(let text):
            switch language {
            case .en: "write \(text)"
            case .vi: "viết \(text)"
            }
        case .writeQuoted(let text):
            switch language {
            case .en: "write \"\(text)\""
            case .vi: "viết \"\(text)\""
            }
        case .controlOrBidiCharacters(let found):
            switch language {
            case .en:
                "the value holds control or bidirectional characters (\(found)) that hide or reorder what a reader sees"
            case .vi:
                "giá trị chứa ký tự điều khiển hoặc ký tự định hướng hai chiều (\(found)) làm ẩn hoặc đảo thứ tự những gì người đọc thấy"
            }
        case .placeholderLeft(let key, let text):
            switch language {
            case .en:
                "\(key ?? "the value") still reads \"\(text)\": replace the placeholder with the published data"
            case .vi:
                "\(key ?? "giá trị") vẫn còn \"\(text)\": thay nội dung tạm bằng dữ liệu đã công bố"
            }
        case .startsWithSpace:
            switch language {
            case .en: "the value starts with a space"
            case .vi: "giá trị bắt đầu bằng khoảng trắng"
            }
        case .endsWithSpace:
            switch language {
            case .en: "the value ends with a space"
            case .vi: "giá trị kết thúc bằng khoảng trắng"
            }
        case .spacesInARow(let count):
            switch language {
            case .en: "\(count) spaces in a row inside the value"
            case .vi: "\(count) khoảng trắng liền nhau trong giá trị"
            }
        case .removeSpace:
            switch language {
            case .en: "remove the space"
            case .vi: "xóa khoảng trắng"
            }
        case .keepOneSpace:
            switch language {
            case .en: "keep one space"
            case .vi: "giữ một khoảng trắng"
            }
        case .invisibleCharacter(let code):
            switch language {
            case .en: "an invisible zero-width character (\(code))"
            case .vi: "một ký tự vô hình độ rộng 0 (\(code))"
            }
        case .nonBreakingSpace(let code):
            switch language {
            case .en: "a non-breaking space (\(code)) instead of a normal space"
            case .vi: "khoảng trắng không ngắt (\(code)) thay cho khoảng trắng thường"
            }
        case .removeInvisible:
            switch language {
            case .en: "remove it"
            case .vi: "xóa ký tự đó"
            }
        case .writeNormalSpace:
            switch language {
            case .en: "write a normal space"
            case .vi: "thay bằng khoảng trắng thường"
            }
        case .writeNormalSpacesAndRemoveInvisible:
            switch language {
            case .en: "write normal spaces and remove invisible characters"
            case .vi: "thay bằng khoảng trắng thường và xóa ký tự vô hình"
            }
        case .lookalikeLetter(let letter, let code, let vietnamese):
            switch language {
            case .en: "\"\(letter)\" (\(code)) only looks like the Vietnamese \"\(vietnamese)\""
            case .vi: "\"\(letter)\" (\(code)) chỉ trông giống chữ \"\(vietnamese)\" tiếng Việt"
            }
        case .toneMarkStyle(let written, let corrected, let newStyle):
            switch language {
            case .en:
                "\"\(written)\" places the tone mark differently from the rest of the catalog; write \"\(corrected)\" (\(newStyle ? "the catalog puts the tone mark on the second vowel (new style: hoà, thuỷ)" : "the catalog puts the tone mark on the first vowel (old style: hòa, thủy)"))"
            case .vi:
                "\"\(written)\" đặt dấu thanh khác phần còn lại của danh mục; viết \"\(corrected)\" (\(newStyle ? "danh mục đặt dấu ở nguyên âm thứ hai (kiểu mới: hoà, thuỷ)" : "danh mục đặt dấu ở nguyên âm thứ nhất (kiểu cũ: hòa, thủy)"))"
            }
        case .trailingSpaces(let count):
            switch language {
            case .en: "\(English.count(count, "trailing space")) at the end of the line"
            case .vi: "\(count) khoảng trắng ở cuối dòng"
            }
        case .removeTrailingSpaces:
            switch language {
            case .en: "remove the trailing spaces"
            case .vi: "xóa khoảng trắng cuối dòng"
            }
        case .notNFC(let text):
            switch language {
            case .en: "\"\(text)\" is written with combining accents, not in Unicode NFC"
            case .vi: "\"\(text)\" được viết bằng dấu tổ hợp, không theo Unicode NFC"
            }
        case .writeInNFC(let text):
            switch language {
            case .en: "write \"\(text)\" in NFC"
            case .vi: "viết \"\(text)\" theo NFC"
            }
        case .missingDistance(let id, let name):
            switch language {
            case .en: "commune \(id) (\(name)) has no distance_km"
            case .vi: "xã \(id) (\(name)) không có distance_km"
            }
        case .unitWithoutEnglishName(let what, let id):
            switch language {
            case .en: "\(what.en) \(id) has no English name; add name_en"
            case .vi: "\(what.vi) \(id) chưa có tên tiếng Anh; thêm name_en"
            }
        case .handOffNeverReceived(let id, let shown):
            switch language {
            case .en: "step \(id) hands the dossier to \(shown), but no later step is done there"
            case .vi: "bước \(id) chuyển hồ sơ cho \(shown) nhưng không bước nào sau đó được thực hiện ở đó"
            }
        case .resultAtOtherLevel(let id, let by):
            switch language {
            case .en:
                "the dossier is received at a commune centre, but step \(id) returns the result at \(by); return it at the commune centre"
            case .vi:
                "hồ sơ được tiếp nhận tại trung tâm cấp xã nhưng bước \(id) trả kết quả tại \(by); hãy trả tại trung tâm cấp xã"
            }
        case .noRefusal:
            switch language {
            case .en: "the workflow has no end: refused step, so a dossier that cannot be granted cannot be closed"
            case .vi: "quy trình không có bước end: refused, nên hồ sơ không thể giải quyết không đóng được"
            }
        case .noResult(let code, let result):
            switch language {
            case .en:
                "no step of the workflow of \(code) ends with end: issued, so its result (\(result)) is never issued"
            case .vi:
                "không bước nào trong quy trình của \(code) kết thúc bằng end: issued, nên kết quả (\(result)) không bao giờ được trả"
            }
        case .supplementWithoutWait(let id, let step):
            switch language {
            case .en:
                "the supplement exit of step \(id) goes to \(step), not to a wait: applicant step, so the clock keeps running while the applicant supplements"
            case .vi:
                "lối ra supplement của bước \(id) đi tới \(step), không phải bước wait: applicant, nên thời hạn vẫn chạy trong lúc người dân bổ sung"
            }
        case .notAMapping(let part, let found):
            found.wrongKind(part.name, mustBe: YAMLNode.Kind.mapping.described, language)
        case .unknownKey(let key, let part, let allowed):
            switch language {
            case .en:
                "unknown key \"\(key)\" in \(part.name.en)\(didYouMean(key, in: allowed, language)); allowed keys: \(allowed.joined(separator: ", "))"
            case .vi:
                "khóa \"\(key)\" không được dùng trong \(part.name.vi)\(didYouMean(key, in: allowed, language)); các khóa được phép: \(allowed.joined(separator: ", "))"
            }
        case .unknownRule(let id, let known):
            switch language {
            case .en: "unknown rule \"\(id)\"\(didYouMean(id, in: known, language)); `tthc rules` lists them"
            case .vi:
                "không có quy tắc \"\(id)\"\(didYouMean(id, in: known, language)); `tthc rules` liệt kê các quy tắc"
            }
        case .invalidSeverity(let allowed):
            switch language {
            case .en: "a severity is one of \(allowed.joined(separator: ", "))"
            case .vi: "mức độ phải là một trong: \(allowed.joined(separator: ", "))"
            }
        case .invalidRuleSetting:
            switch language {
            case .en: "a rule is set to on, off, error, warning or note, or to a mapping of its settings"
            case .vi: "một quy tắc được đặt là on, off, error, warning hoặc note, hoặc một ánh xạ các thiết lập của nó"
            }
        case .enabledNotBoolean:
            switch language {
            case .en: "enabled is true or false"
            case .vi: "enabled phải là true hoặc false"
            }
        case .invalidOption(let rule, let option, let problem):
            switch language {
            case .en: "\(rule) option \(option) must be \(problem ?? "a single value")"
            case .vi: "tùy chọn \(option) của \(rule) không hợp lệ: phải là \(problem ?? "một giá trị đơn")"
            }
        case .overridesNotList(let found):
            found.wrongKind(
                .key("overrides"),
                mustBe: Localized(
                    "a list of { files: [...], rules: {...} }", vi: "danh sách các { files: [...], rules: {...} }"),
                language)
        case .invalidFilePattern:
            switch language {
            case .en: "files lists path patterns such as procedures/province/**"
            case .vi: "files liệt kê các mẫu đường dẫn, ví dụ procedures/province/**"
            }
        case .overrideWithoutFiles:
            switch language {
            case .en: "an override needs files: the paths it applies to"
            case .vi: "mỗi mục overrides cần files: các đường dẫn mà nó áp dụng"
            }
        }
    }

    /// "; did you mean …?" after a name that is not known, when one known name is near.
    private func didYouMean(_ name: String, in candidates: [String], _ language: MessageLanguage) -> String {
        language.didYouMean(NearestName.suggestion(for: name, in: candidates))
    }
}

/// What a part of .tthc-lint.yml is called in a message ("the lint configuration", "an override").
enum ConfigurationPart: Sendable {
    case configuration
    case rules
    case override
    case settings(of: String)

    var name: Localized {
        switch self {
        case .configuration: Localized("the lint configuration", vi: "cấu hình lint")
        case .rules: .key("rules")
        case .override: Localized("an override", vi: "một mục overrides")
        case .settings(let rule): Localized("the settings of \(rule)", vi: "phần thiết lập của \(rule)")
        }
    }
}
