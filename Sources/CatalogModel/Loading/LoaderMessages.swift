import Diagnostics
import WorkCalendar
import YAMLReader

/// What the loader says (decoding every file, resolving references, checking the calendar): one case
/// per message, carrying the data it shows, with its English and Vietnamese side by side.
enum LoaderMessage: DiagnosticMessage {
    case unsupportedSchemaVersion(version: Int)
    case unsupportedTimeZone(zone: String)
    case sessionEndsBeforeStart(to: TimeOfDay, from: TimeOfDay)
    case overlappingSessions(from: TimeOfDay)
    case noOfficeSession
    case unknownClockStart(value: String)
    case notSingleValue(what: Subject, node: YAMLNode.Kind)
    case noValue(what: Subject)
    case blank(what: Subject)
    case octalLookingNumber(what: Subject, text: String, digits: String)
    case digitSeparators(what: Subject, text: String)
    case notWholeNumber(what: Subject, text: String, suggestion: String?)
    case yamlVersionsDisagree(what: Subject, value: String, meant: String)
    case writeInstead(meant: String)
    case notBoolean(what: Subject, value: String)
    case notDate(what: Subject, value: String, error: any Error)
    case notTimeOfDay(what: Subject, value: String, error: any Error)
    case notDuration(what: Subject, value: String, error: any Error)
    case valueNotAllowed(what: Subject, value: String, suggestion: String?, allowed: [String])
    case districtLevelAbolished(what: Subject, value: String)
    case invalidID(what: Subject, value: String)
    case invalidFactID(what: Subject, value: String)
    case notDottedID(what: Subject, value: String)
    case notProcedureCode(what: Subject, value: String)
    case notList(what: Subject, node: YAMLNode.Kind)
    case dateOutsideFileYear(key: String, date: CivilDate, year: Int)
    case workedDayNotSaturday(date: CivilDate)
    case unpairedSwap(offCount: Int, workCount: Int)
    case holidaySwappedAway(date: CivilDate, name: String)
    case swappedDayOffNotWeekday(date: CivilDate)
    case swappedDayOffAlreadyHoliday(date: CivilDate, name: String)
    case tetDayTooFar(date: CivilDate, tet: CivilDate)
    case workflowNotMapping(node: YAMLNode.Kind)
    case withNotMapping(with: YAMLNode.Kind)
    case stepsNotMapping(stepsNode: YAMLNode.Kind)
    case stepMixesKinds(id: String, shapes: [String])
    case stepWithoutKind(id: String)
    case mayNotMapping
    case keyNotInStepKind(key: String, shape: String)
    case parallelWithoutJoin(id: String)
    case parallelWithOneBranch(id: String)
    case choiceNotMapping
    case choiceWithoutOtherwise(id: String)
    case waitWithoutThen(id: String)
    case taskWithoutTakes(id: String)
    case notMapping(what: Subject, node: YAMLNode.Kind)
    case unknownKey(key: String, what: Subject, suggestion: String?, allowed: [String])
    case missingRequiredKey(what: Subject, key: String)
    case interLevelNotBothLevels
    case noChannel
    case noLegalBasis
    case sameDayWithoutCutoff
    case conditionsNotMapping
    case negativeAmount
    case feeWithoutAmount(name: String)
    case negativeCopies
    case publishedWithoutSource
    case roleShadowsChildUnit(id: String, fullId: String)
    case rolesNotMapping(node: YAMLNode.Kind)
    case negativeDistance
    case effectiveBeforeIssued(effective: CivilDate, issued: CivilDate)
    case expiresBeforeEffective(expires: CivilDate, effective: CivilDate)
    case untilBeforeFrom(until: CivilDate, from: CivilDate)
    case yearOutOfRange(year: Int)
    case unknownLegalDocument(id: String, suggestion: String?)
    case unknownField(field: String, suggestion: String?)
    case unknownForm(form: String, suggestion: String?)
    case unknownTemplate(name: String, suggestion: String?)
    case missingTemplateArgument(name: String, param: String)
    case templateDeclaresParameterHere
    case unknownTemplateArgument(name: String, key: String, suggestion: String?, declared: [String])
    case unknownUnit(reference: String, suggestion: String?)
    case unknownCalledProcedure(code: String, suggestion: String?)
    case unknownStep(ref: String, suggestion: String?)
    case unknownCaseFact(fact: String, suggestion: String?)
    case undeclaredTemplateParameter(use: String)
    case templateArgumentNotDuration(parameter: String, argument: String, error: any Error)
    case templateUsesAsBudgetHere(templateName: String)
    case usedByTemplateHere(templateName: String)
    case templateCaseFactUndeclared(templateName: String, fact: String, code: String)
    case templateBranchesOnItHere
    case unknownFile
    case misplacedProcedureFile(code: String, expected: String)
    case specialFile
    case cannotReadFile
    case cannotReadCatalogDirectory(error: any Error)
    case missingManifest
    case definedTwice(what: Subject, id: String)
    case firstDefinedHere
    case contradictoryDecisions(error: CalendarError)
    case calendarNotBuilt(error: any Error)
    case linkOutsideCatalog(target: String)
    case danglingLink(target: String)
    case folderLink(target: String)

    func text(_ language: MessageLanguage) -> String {
        switch self {
        case .unsupportedSchemaVersion(let version):
            switch language {
            case .en: "schema_version \(version) is not supported; this tthc reads schema_version 1"
            case .vi: "schema_version \(version) không được hỗ trợ; phiên bản tthc này đọc schema_version 1"
            }
        case .unsupportedTimeZone(let zone):
            switch language {
            case .en: "time_zone \"\(zone)\" is not supported; Vietnamese deadlines run in Asia/Ho_Chi_Minh"
            case .vi: "time_zone \"\(zone)\" không được hỗ trợ; thời hạn ở Việt Nam tính theo múi giờ Asia/Ho_Chi_Minh"
            }
        case .sessionEndsBeforeStart(let to, let from):
            switch language {
            case .en: "office session ends at \(to) before it starts at \(from)"
            case .vi: "buổi làm việc kết thúc lúc \(to), trước giờ bắt đầu \(from)"
            }
        case .overlappingSessions(let from):
            switch language {
            case .en: "office session starting at \(from) overlaps the one before it"
            case .vi: "buổi làm việc bắt đầu lúc \(from) trùng với buổi trước nó"
            }
        case .noOfficeSession:
            switch language {
            case .en: "office_hours needs at least one session such as { from: \"07:00\", to: \"11:30\" }"
            case .vi: "office_hours cần ít nhất một buổi làm việc, ví dụ { from: \"07:00\", to: \"11:30\" }"
            }
        case .unknownClockStart(let value):
            switch language {
            case .en: "clock_start \"\(value)\" is not allowed; use receipt or next-working-day"
            case .vi: "clock_start không nhận giá trị \"\(value)\"; hãy dùng receipt hoặc next-working-day"
            }
        case .notSingleValue(let what, let node):
            node.wrongKind(what, mustBe: YAMLNode.Kind.scalar.described, language)
        case .noValue(let what):
            switch language {
            case .en: "\(what.en) has no value; give it one or remove the key"
            case .vi: "\(what.vi) chưa có giá trị; hãy điền giá trị hoặc xóa khóa này"
            }
        case .blank(let what):
            switch language {
            case .en: "\(what.en) is blank"
            case .vi: "\(what.vi) để trống"
            }
        case .octalLookingNumber(let what, let text, let digits):
            switch language {
            case .en:
                "\(what.en) \(text) has a leading zero, which YAML 1.1 reads as an octal number; write \(Int(digits) ?? 0)"
            case .vi: "\(what.vi) \(text) có số 0 ở đầu, YAML 1.1 đọc là số bát phân; hãy viết \(Int(digits) ?? 0)"
            }
        case .digitSeparators(let what, let text):
            switch language {
            case .en:
                "\(what.en) \(text) uses \"_\" digit separators, which YAML 1.1 and 1.2 read differently; write the digits only"
            case .vi:
                "\(what.vi) \(text) dùng dấu \"_\" để phân cách chữ số, YAML 1.1 và 1.2 đọc khác nhau; chỉ viết các chữ số"
            }
        case .notWholeNumber(let what, let text, let suggestion):
            switch language {
            case .en:
                "\(what.en) must be a whole number (for example 8000), not \"\(text)\"\(language.didYouMean(suggestion))"
            case .vi:
                "\(what.vi) phải là một số nguyên (ví dụ 8000), không phải \"\(text)\"\(language.didYouMean(suggestion))"
            }
        case .yamlVersionsDisagree(let what, let value, let meant):
            switch language {
            case .en: "\(what.en) \"\(value)\" means different things in YAML 1.1 and 1.2; write \(meant)"
            case .vi: "\(what.vi) \"\(value)\" có nghĩa khác nhau trong YAML 1.1 và 1.2; hãy viết \(meant)"
            }
        case .writeInstead(let meant):
            switch language {
            case .en: "write \(meant)"
            case .vi: "viết \(meant)"
            }
        case .notBoolean(let what, let value):
            switch language {
            case .en: "\(what.en) must be true or false, not \"\(value)\""
            case .vi: "\(what.vi) phải là true hoặc false, không phải \"\(value)\""
            }
        case .notDate(let what, let value, let error):
            switch language {
            // A malformed date's own message already asks for YYYY-MM-DD (and says what was meant).
            case .en:
                "\(what.en) \"\(value)\" is not a date: \(error)\(Self.isMalformedDate(error) ? "" : "; write YYYY-MM-DD")"
            case .vi:
                "\(what.vi) \"\(value)\" không phải là ngày: \(LoadContext.vietnamese(error))"
                    + (Self.isMalformedDate(error) ? "" : "; hãy viết YYYY-MM-DD")
            }
        case .notTimeOfDay(let what, let value, let error):
            switch language {
            case .en: "\(what.en) \"\(value)\" is not a time of day: \(error); write HH:MM, for example \"15:00\""
            case .vi:
                "\(what.vi) \"\(value)\" không phải là giờ trong ngày: \(LoadContext.vietnamese(error)); hãy viết HH:MM, ví dụ \"15:00\""
            }
        case .notDuration(let what, let value, let error):
            switch language {
            case .en: "\(what.en) \"\(value)\" is not a duration: \(error)"
            case .vi: "\(what.vi) \"\(value)\" không phải là thời hạn: \(LoadContext.vietnamese(error))"
            }
        case .valueNotAllowed(let what, let value, let suggestion, let allowed):
            switch language {
            case .en:
                "\(what.en) \"\(value)\" is not allowed\(didYouMean(suggestion, language, then: "use one of: \(allowed.joined(separator: ", "))"))"
            case .vi:
                "\(what.vi) không nhận giá trị \"\(value)\"\(didYouMean(suggestion, language, then: "hãy dùng một trong: \(allowed.joined(separator: ", "))"))"
            }
        case .districtLevelAbolished(let what, let value):
            switch language {
            case .en:
                "\(what.en) \"\(value)\": the district level was abolished on 2025-07-01; its powers moved to the commune (xã, phường) or the province — write commune or province"
            case .vi:
                "\(what.vi) \"\(value)\": cấp huyện đã bỏ từ 2025-07-01; thẩm quyền chuyển về cấp xã (xã, phường) hoặc cấp tỉnh — hãy viết commune hoặc province"
            }
        case .invalidID(let what, let value):
            switch language {
            case .en: "\(what.en) \"\(value)\" must use lower-case letters, digits and dashes (for example ho-tich)"
            case .vi:
                "\(what.vi) \"\(value)\" chỉ được dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ho-tich)"
            }
        case .invalidFactID(let what, let value):
            switch language {
            case .en:
                "\(what.en) \"\(value)\" must use lower-case letters, digits, _ and - (for example needs_verification)"
            case .vi:
                "\(what.vi) \"\(value)\" chỉ được dùng chữ thường không dấu, chữ số, _ và - (ví dụ needs_verification)"
            }
        case .notDottedID(let what, let value):
            switch language {
            case .en: "\(what.en) \"\(value)\" must be a dotted unit or role id such as commune.pasc"
            case .vi:
                "\(what.vi) \"\(value)\" phải là id của đơn vị hoặc vai trò, các phần cách nhau bằng dấu chấm, như commune.pasc"
            }
        case .notProcedureCode(let what, let value):
            switch language {
            case .en:
                "\(what.en) \"\(value)\" is not a procedure code: write a digit, a dot and six digits, such as 1.001193"
            case .vi:
                "\(what.vi) \"\(value)\" không phải là mã thủ tục: hãy viết một chữ số, dấu chấm và sáu chữ số, như 1.001193"
            }
        case .notList(let what, let node):
            node.wrongKind(
                what,
                mustBe: Localized(
                    "a list (- item lines, or [a, b])", vi: "một danh sách (các dòng - mục, hoặc [a, b])"),
                language)
        case .dateOutsideFileYear(let key, let date, let year):
            switch language {
            case .en: "\(key): \(date) is not in \(year), the year of this file; put it in calendar/\(date.year).yaml"
            case .vi: "\(key): \(date) không thuộc năm \(year) của tệp này; ghi vào calendar/\(date.year).yaml"
            }
        case .workedDayNotSaturday(let date):
            switch language {
            case .en:
                "\(date) is a \(Self.englishName(of: date.weekday)) — a worked day in exchange (làm bù) must be a Saturday"
            case .vi: "\(date) là \(date.weekday.vietnameseName) — ngày làm bù phải là Thứ Bảy"
            }
        case .unpairedSwap(let offCount, let workCount):
            switch language {
            case .en:
                "this decision has \(English.count(offCount, "day")) off and \(English.count(workCount, "worked day")): a swap pairs each day off (days_off) with a Saturday worked for it (working_days)"
            case .vi:
                "quyết định này có \(offCount) ngày nghỉ hoán đổi và \(workCount) ngày làm bù: mỗi ngày nghỉ (days_off) phải đi với một Thứ Bảy làm bù (working_days)"
            }
        case .holidaySwappedAway(let date, let name):
            switch language {
            case .en: "\(date) is a holiday (\(name)): a holiday cannot be swapped away into a working day"
            case .vi: "\(date) là ngày lễ (\(name)): không được hoán đổi ngày lễ thành ngày làm việc"
            }
        case .swappedDayOffNotWeekday(let date):
            switch language {
            case .en: "\(date) is a \(Self.englishName(of: date.weekday)): a swapped day off must be a working weekday"
            case .vi: "\(date) là \(date.weekday.vietnameseName): ngày nghỉ hoán đổi phải là ngày làm việc trong tuần"
            }
        case .swappedDayOffAlreadyHoliday(let date, let name):
            switch language {
            case .en:
                "\(date) is already a holiday (\(name)): a swapped day off must be a working day, or the swap gains nothing"
            case .vi:
                "\(date) đã là ngày lễ (\(name)): ngày nghỉ hoán đổi phải là ngày làm việc, nếu không việc hoán đổi là vô ích"
            }
        case .tetDayTooFar(let date, let tet):
            switch language {
            case .en:
                "\(date) is \(abs(tet.days(to: date))) days from Tết (\(tet)): tet_days lists the days off around lunar 1/1"
            case .vi:
                "\(date) cách Tết (\(tet.vietnameseText)) \(abs(tet.days(to: date))) ngày: tet_days là các ngày nghỉ quanh mùng 1 tháng Giêng"
            }
        case .workflowNotMapping(let node):
            switch language {
            case .en:
                "workflow must be a mapping with start and steps, or template and with; not \(node.kindDescription)"
            case .vi:
                "workflow phải là một ánh xạ có start và steps, hoặc có template và with; không phải \(node.kindDescriptionVi)"
            }
        case .withNotMapping(let with):
            with.wrongKind(
                .key("with"),
                mustBe: Localized(
                    "a mapping of template parameters to values",
                    vi: "một ánh xạ từ tham số của mẫu quy trình tới giá trị"),
                language)
        case .stepsNotMapping(let stepsNode):
            stepsNode.wrongKind(
                .key("steps"),
                mustBe: Localized("a mapping of step ids to steps", vi: "một ánh xạ từ id của bước tới bước"),
                language)
        case .stepMixesKinds(let id, let shapes):
            switch language {
            case .en:
                "step \(id) mixes \(shapes.joined(separator: " and ")); a step is one of: a task (by), wait, choice, parallel, call or end"
            case .vi:
                "bước \(id) trộn lẫn \(shapes.joined(separator: " và ")); mỗi bước chỉ là một trong: công việc (by), wait, choice, parallel, call hoặc end"
            }
        case .stepWithoutKind(let id):
            switch language {
            case .en: "step \(id) needs one of by, wait, choice, parallel, call or end"
            case .vi: "bước \(id) cần một trong các khóa by, wait, choice, parallel, call hoặc end"
            }
        case .mayNotMapping:
            switch language {
            case .en: "may must be a mapping such as { supplement: wait-applicant, refuse: refused }"
            case .vi: "may phải là một ánh xạ, ví dụ { supplement: wait-applicant, refuse: refused }"
            }
        case .keyNotInStepKind(let key, let shape):
            switch language {
            case .en: "\(key) does not belong in a \(shape) step"
            case .vi: "\(key) không dùng được trong bước kiểu \(shape)"
            }
        case .parallelWithoutJoin(let id):
            switch language {
            case .en: "parallel step \(id) needs join: the step that follows when every branch ends"
            case .vi: "bước song song \(id) cần có join: bước tiếp theo khi mọi nhánh đã kết thúc"
            }
        case .parallelWithOneBranch(let id):
            switch language {
            case .en: "parallel step \(id) needs at least two branches"
            case .vi: "bước song song \(id) cần ít nhất hai nhánh"
            }
        case .choiceNotMapping:
            switch language {
            case .en: "choice must be a mapping of case facts to steps, with otherwise"
            case .vi: "choice phải là một ánh xạ từ dữ kiện của hồ sơ tới bước, có nhánh otherwise"
            }
        case .choiceWithoutOtherwise(let id):
            switch language {
            case .en: "choice in step \(id) needs an otherwise branch"
            case .vi: "choice trong bước \(id) cần có nhánh otherwise"
            }
        case .waitWithoutThen(let id):
            switch language {
            case .en: "wait step \(id) needs then: the step that resumes"
            case .vi: "bước chờ \(id) cần có then: bước tiếp tục sau khi chờ"
            }
        case .taskWithoutTakes(let id):
            switch language {
            case .en: "task \(id) needs takes: its time budget, such as 1 working day"
            case .vi: "công việc \(id) cần có takes: thời gian dành cho nó, ví dụ 1 working day"
            }
        case .notMapping(let what, let node):
            node.wrongKind(what, mustBe: YAMLNode.Kind.mapping.described, language)
        case .unknownKey(let key, let what, let suggestion, let allowed):
            switch language {
            case .en:
                "unknown key \"\(key)\" in \(what.en)\(didYouMean(suggestion, language, then: "allowed keys: \(allowed.joined(separator: ", "))"))"
            case .vi:
                "khóa \"\(key)\" không được dùng trong \(what.vi)\(didYouMean(suggestion, language, then: "các khóa được phép: \(allowed.joined(separator: ", "))"))"
            }
        case .missingRequiredKey(let what, let key):
            switch language {
            case .en: "\(what.en) is missing the required key \"\(key)\""
            case .vi: "\(what.vi) thiếu khóa bắt buộc \"\(key)\""
            }
        case .interLevelNotBothLevels:
            switch language {
            case .en: "inter_level must list both levels it spans, [commune, province]"
            case .vi: "inter_level phải liệt kê cả hai cấp liên quan, [commune, province]"
            }
        case .noChannel:
            switch language {
            case .en: "channels lists no channel; add in-person, online or postal"
            case .vi: "channels chưa có kênh nào; hãy thêm in-person, online hoặc postal"
            }
        case .noLegalBasis:
            switch language {
            case .en: "legal_basis lists no document; cite at least one"
            case .vi: "legal_basis chưa có văn bản nào; hãy dẫn ít nhất một văn bản pháp luật"
            }
        case .sameDayWithoutCutoff:
            switch language {
            case .en:
                "a same-day deadline needs cutoff: the receipt time after which the result is due the next working day (usually \"15:00\")"
            case .vi:
                "thời hạn trong ngày cần có cutoff: giờ tiếp nhận mà sau đó kết quả được trả vào ngày làm việc tiếp theo (thường là \"15:00\")"
            }
        case .conditionsNotMapping:
            switch language {
            case .en: "conditions must be a mapping of case facts, such as needs_verification: { name: ... }"
            case .vi: "conditions phải là một ánh xạ các dữ kiện của hồ sơ, ví dụ needs_verification: { name: ... }"
            }
        case .negativeAmount:
            switch language {
            case .en: "amount cannot be negative (a fee is whole VND from 0)"
            case .vi: "amount không được là số âm (phí là số đồng nguyên từ 0)"
            }
        case .feeWithoutAmount(let name):
            switch language {
            case .en: "fee \"\(name)\" needs amount (whole VND) or schedule (the resolution that sets it)"
            case .vi: "khoản phí \"\(name)\" cần có amount (số đồng nguyên) hoặc schedule (nghị quyết quy định mức phí)"
            }
        case .negativeCopies:
            switch language {
            case .en: "originals and copies cannot be negative"
            case .vi: "originals và copies không được là số âm"
            }
        case .publishedWithoutSource:
            switch language {
            case .en: "a published procedure needs source: where its data was published"
            case .vi: "thủ tục đã công bố cần có source: nơi công bố dữ liệu của thủ tục"
            }
        case .roleShadowsChildUnit(let id, let fullId):
            switch language {
            case .en: "role \"\(id)\" has the same id as a child unit of \(fullId); references would be ambiguous"
            case .vi:
                "vai trò \"\(id)\" có id trùng với một đơn vị con của \(fullId); các tham chiếu sẽ không rõ trỏ tới đâu"
            }
        case .rolesNotMapping(let node):
            node.wrongKind(
                .key("roles"),
                mustBe: Localized(
                    "a mapping of role ids to { name: ..., name_en: ... }",
                    vi: "một ánh xạ từ id của vai trò tới { name: ..., name_en: ... }"),
                language)
        case .negativeDistance:
            switch language {
            case .en: "distance_km cannot be negative"
            case .vi: "distance_km không được là số âm"
            }
        case .effectiveBeforeIssued(let effective, let issued):
            switch language {
            case .en: "effective date \(effective) is before the issue date \(issued)"
            case .vi: "ngày có hiệu lực \(effective) trước ngày ban hành \(issued)"
            }
        case .expiresBeforeEffective(let expires, let effective):
            switch language {
            case .en: "expiry date \(expires) is before the effective date \(effective)"
            case .vi: "ngày hết hiệu lực \(expires) trước ngày có hiệu lực \(effective)"
            }
        case .untilBeforeFrom(let until, let from):
            switch language {
            case .en: "until \(until) is before from \(from): the value would never apply; swap or correct the dates"
            case .vi:
                "until \(until.vietnameseText) trước from \(from.vietnameseText): giá trị sẽ không bao giờ được áp dụng; hãy đổi chỗ hoặc sửa lại ngày"
            }
        case .yearOutOfRange(let year):
            switch language {
            case .en: "year \(year) is outside 1900–2100, the range of the calendar"
            case .vi: "năm \(year) nằm ngoài khoảng 1900–2100 mà lịch bao gồm"
            }
        case .unknownLegalDocument(let id, let suggestion):
            notDeclared(
                Localized("legal document", vi: "văn bản pháp luật"), id, Localized("in legal/", vi: "trong legal/"),
                suggestion, language)
        case .unknownField(let field, let suggestion):
            notDeclared(
                Localized("field", vi: "lĩnh vực"), field, Localized("in fields.yaml", vi: "trong fields.yaml"),
                suggestion, language)
        case .unknownForm(let form, let suggestion):
            notDeclared(
                Localized("form", vi: "biểu mẫu"), form, Localized("in forms/", vi: "trong forms/"), suggestion,
                language)
        case .unknownTemplate(let name, let suggestion):
            switch language {
            case .en:
                "workflow template \"\(name)\" has no file templates/\(name).yaml\(language.didYouMean(suggestion))"
            case .vi: "mẫu quy trình \"\(name)\" không có tệp templates/\(name).yaml\(language.didYouMean(suggestion))"
            }
        case .missingTemplateArgument(let name, let param):
            switch language {
            case .en: "template \(name) needs the parameter \"\(param)\" in with"
            case .vi: "mẫu quy trình \(name) cần tham số \"\(param)\" trong with"
            }
        case .templateDeclaresParameterHere:
            switch language {
            case .en: "the template declares it here"
            case .vi: "mẫu quy trình khai báo tham số này ở đây"
            }
        case .unknownTemplateArgument(let name, let key, let suggestion, let declared):
            switch language {
            case .en:
                "template \(name) has no parameter \"\(key)\"\(language.didYouMean(suggestion)); its parameters: \(declared.joined(separator: ", "))"
            case .vi:
                "mẫu quy trình \(name) không có tham số \"\(key)\"\(language.didYouMean(suggestion)); các tham số của nó: \(declared.joined(separator: ", "))"
            }
        case .unknownUnit(let reference, let suggestion):
            notDeclared(
                Localized("unit or role", vi: "đơn vị hoặc vai trò"), reference,
                Localized("in units/", vi: "trong units/"), suggestion, language)
        case .unknownCalledProcedure(let code, let suggestion):
            switch language {
            case .en: "called procedure \(code) is not in the catalog\(language.didYouMean(suggestion))"
            case .vi: "thủ tục được gọi \(code) không có trong danh mục\(language.didYouMean(suggestion))"
            }
        case .unknownStep(let ref, let suggestion):
            switch language {
            case .en: "step \"\(ref)\" is not defined in this workflow\(language.didYouMean(suggestion))"
            case .vi: "bước \"\(ref)\" không được định nghĩa trong quy trình này\(language.didYouMean(suggestion))"
            }
        case .unknownCaseFact(let fact, let suggestion):
            notDeclared(
                Localized("case fact", vi: "dữ kiện của hồ sơ"), fact,
                Localized("under conditions", vi: "trong conditions"), suggestion, language)
        case .undeclaredTemplateParameter(let use):
            switch language {
            case .en: "\(use) is not a parameter of this template; declare it under params"
            case .vi: "\(use) không phải là tham số của mẫu quy trình này; hãy khai báo nó trong params"
            }
        case .templateArgumentNotDuration(let parameter, let argument, let error):
            switch language {
            case .en: "\(parameter.dropFirst()) \"\(argument)\" is not a duration: \(error)"
            case .vi:
                "\(parameter.dropFirst()) \"\(argument)\" không phải là thời hạn: \(LoadContext.vietnamese(error))"
            }
        case .templateUsesAsBudgetHere(let templateName):
            switch language {
            case .en: "template \(templateName) uses it as a step budget here"
            case .vi: "mẫu quy trình \(templateName) dùng nó làm thời gian của một bước ở đây"
            }
        case .usedByTemplateHere(let templateName):
            switch language {
            case .en: "used by template \(templateName) here"
            case .vi: "được mẫu quy trình \(templateName) dùng ở đây"
            }
        case .templateCaseFactUndeclared(let templateName, let fact, let code):
            switch language {
            case .en:
                "template \(templateName) branches on the case fact \"\(fact)\", which procedure \(code) does not declare under conditions"
            case .vi:
                "mẫu quy trình \(templateName) rẽ nhánh theo dữ kiện của hồ sơ \"\(fact)\", nhưng thủ tục \(code) không khai báo dữ kiện này trong conditions"
            }
        case .templateBranchesOnItHere:
            switch language {
            case .en: "the template branches on it here"
            case .vi: "mẫu quy trình rẽ nhánh theo dữ kiện này ở đây"
            }
        case .unknownFile:
            switch language {
            case .en:
                "tthc does not read YAML files here (see the layout in docs/catalog-format.md); this file is ignored"
            case .vi:
                "tthc không đọc tệp YAML ở vị trí này (xem cách bố trí trong docs/catalog-format.md); tệp này bị bỏ qua"
            }
        case .misplacedProcedureFile(let code, let expected):
            switch language {
            case .en: "procedure \(code) belongs in \(expected) (its level, field and code say so)"
            case .vi: "thủ tục \(code) phải nằm ở \(expected) (theo cấp, lĩnh vực và mã của nó)"
            }
        case .specialFile:
            switch language {
            case .en: "not a regular file (a named pipe, device or socket); it is not read"
            case .vi: "không phải tệp thông thường (ống dẫn có tên, thiết bị hoặc socket); không được đọc"
            }
        case .cannotReadFile:
            switch language {
            case .en: "cannot read the file"
            case .vi: "không đọc được tệp"
            }
        case .cannotReadCatalogDirectory(let error):
            switch language {
            case .en: "cannot read the catalog directory: \(error)"
            case .vi: "không đọc được thư mục danh mục: \(LoadContext.vietnamese(error))"
            }
        case .missingManifest:
            switch language {
            case .en: "the catalog has no catalog.yaml manifest (jurisdiction, time zone, office hours, cut-off)"
            case .vi:
                "danh mục không có tệp khai báo catalog.yaml (địa phương, múi giờ, giờ làm việc, giờ chốt tiếp nhận)"
            }
        case .definedTwice(let what, let id):
            switch language {
            case .en: "\(what.en) \"\(id)\" is defined twice"
            case .vi: "\(what.vi) \"\(id)\" được định nghĩa hai lần"
            }
        case .firstDefinedHere:
            switch language {
            case .en: "first defined here"
            case .vi: "được định nghĩa lần đầu ở đây"
            }
        case .contradictoryDecisions(let error):
            switch language {
            case .en: "the calendar decisions contradict each other: \(error)"
            case .vi: "các quyết định về lịch mâu thuẫn nhau: \(LoadContext.vietnamese(error))"
            }
        case .calendarNotBuilt(let error):
            switch language {
            case .en: "the calendar cannot be built: \(error)"
            case .vi: "không lập được lịch: \(LoadContext.vietnamese(error))"
            }
        case .linkOutsideCatalog(let target):
            switch language {
            case .en: "this link points outside the catalog (to \(target)); it is not followed"
            case .vi: "liên kết này trỏ ra ngoài danh mục (tới \(target)); không được đi theo"
            }
        case .danglingLink(let target):
            switch language {
            case .en: "this link points to nothing (\(target)); what it stands for is missing from the catalog"
            case .vi: "liên kết này không trỏ tới tệp nào (\(target)); thứ nó đại diện bị thiếu trong danh mục"
            }
        case .folderLink(let target):
            switch language {
            case .en:
                "this link points to a folder (\(target)); links to folders are not followed (a loop, or the same files read twice)"
            case .vi:
                "liên kết này trỏ tới một thư mục (\(target)); liên kết tới thư mục không được đi theo (vòng lặp, hoặc cùng các tệp bị đọc hai lần)"
            }
        }
    }

    /// "<what> "<name>" is not declared <where>; did you mean …?": one sentence for every reference
    /// to something the catalog does not declare.
    private func notDeclared(
        _ what: Localized, _ name: String, _ place: Localized, _ suggestion: String?, _ language: MessageLanguage
    ) -> String {
        switch language {
        case .en: "\(what.en) \"\(name)\" is not declared \(place.en)\(language.didYouMean(suggestion))"
        case .vi: "\(what.vi) \"\(name)\" chưa được khai báo \(place.vi)\(language.didYouMean(suggestion))"
        }
    }

    /// The hint, then a sentence (the allowed values): "; did you mean "x"? Use one of: …", or "; use one of: …".
    private func didYouMean(_ suggestion: String?, _ language: MessageLanguage, then list: String) -> String {
        let hint = language.didYouMean(suggestion)
        guard let first = list.first else { return hint }
        return hint.isEmpty ? "; " + list : hint + " " + first.uppercased() + list.dropFirst()
    }

    private static func isMalformedDate(_ error: any Error) -> Bool {
        if case CalendarError.malformedDate = error { return true }
        return false
    }

    private static func englishName(of weekday: Weekday) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday.rawValue - 1]
    }
}
