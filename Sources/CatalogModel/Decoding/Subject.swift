import Diagnostics

/// What a decoded value is, as the message about it names it ("unit id", "a fee", the key
/// `name_en`), in both languages side by side: a decoder says what it reads where it reads it, so
/// no message looks its Vietnamese up from the English afterwards.
public typealias Subject = Localized

extension Subject {
    /// A key or file name of the catalog, written the same in both languages.
    public static func key(_ name: String) -> Subject { Subject(name, vi: name) }
}

// Entries: the mapping that defines a thing in its file.
extension Subject {
    static let manifest = Subject("the manifest (catalog.yaml)", vi: "tệp khai báo danh mục (catalog.yaml)")
    static let workflowEntry = Subject("a workflow", vi: "quy trình")
    static let templateEntry = Subject("a workflow template", vi: "mẫu quy trình")
    static let procedureEntry = Subject("a procedure", vi: "thủ tục")
    static let calendarFile = Subject("a calendar file", vi: "tệp lịch")
    static let unitsFile = Subject("a units file", vi: "tệp đơn vị")
    static let formsFile = Subject("a forms file", vi: "tệp biểu mẫu")
    static let legalDocumentsFile = Subject("a legal documents file", vi: "tệp văn bản pháp luật")
    static let dayEntry = Subject("a day", vi: "một ngày")
    static let officeSession = Subject("an office session", vi: "buổi làm việc")
    static let channelEntry = Subject("a channel", vi: "kênh")
    static let communeEntry = Subject("a commune", vi: "xã")
    static let decisionEntry = Subject("a decision", vi: "quyết định")
    static let dossierEntry = Subject("a dossier component", vi: "thành phần hồ sơ")
    static let feeEntry = Subject("a fee", vi: "khoản phí")
    static let versionEntry = Subject("a procedure version", vi: "phiên bản thủ tục")
    static let fieldEntry = Subject("a field", vi: "lĩnh vực")
    static let formEntry = Subject("a form", vi: "biểu mẫu")
    static let legalDocumentEntry = Subject("a legal document", vi: "văn bản pháp luật")
    static let unitEntry = Subject("a unit", vi: "đơn vị")
    static let procedureCodeEntry = Subject("a procedure code", vi: "mã thủ tục")
}

// Values and references.
extension Subject {
    static let applicant = Subject("applicant", vi: "đối tượng thực hiện")
    static let calledProcedure = Subject("called procedure", vi: "thủ tục được gọi")
    static let caseFact = Subject("case fact", vi: "dữ kiện của hồ sơ")
    static let choiceTarget = Subject("choice target", vi: "bước đích của lựa chọn")
    static let commune = Subject("commune", vi: "xã")
    static let communeID = Subject("commune id", vi: "id của xã")
    static let communeName = Subject("commune name", vi: "tên xã")
    static let communeType = Subject("commune type", vi: "loại xã")
    static let conditionID = Subject("condition id", vi: "id của điều kiện")
    static let conditionName = Subject("condition name", vi: "tên điều kiện")
    static let coordinatingUnit = Subject("coordinating unit", vi: "đơn vị phối hợp")
    static let deadlineText = Subject("deadline text", vi: "nội dung thời hạn (text)")
    static let deadlineValue = Subject("deadline value", vi: "giá trị thời hạn (value)")
    static let documentID = Subject("document id", vi: "id của văn bản")
    static let documentKind = Subject("document kind", vi: "loại văn bản")
    static let dossierComponentName = Subject("dossier component name", vi: "tên thành phần hồ sơ")
    static let exitStep = Subject("exit step", vi: "bước đích của lối ra")
    static let feeName = Subject("fee name", vi: "tên khoản phí")
    static let field = Subject("field", vi: "lĩnh vực")
    static let fieldID = Subject("field id", vi: "id của lĩnh vực")
    static let fieldName = Subject("field name", vi: "tên lĩnh vực")
    static let form = Subject("form", vi: "biểu mẫu")
    static let formCode = Subject("form code", vi: "mã biểu mẫu")
    static let formID = Subject("form id", vi: "id của biểu mẫu")
    static let formName = Subject("form name", vi: "tên biểu mẫu")
    static let implementingUnit = Subject("implementing unit", vi: "đơn vị thực hiện")
    static let jurisdictionCode = Subject("jurisdiction code", vi: "mã địa phương")
    static let jurisdictionName = Subject("jurisdiction name", vi: "tên địa phương")
    static let jurisdictionNameEn = Subject("jurisdiction name_en", vi: "name_en của địa phương")
    static let legalDocument = Subject("legal document", vi: "văn bản pháp luật")
    static let parallelBranch = Subject("parallel branch", vi: "nhánh song song")
    static let parameter = Subject("parameter", vi: "tham số")
    static let procedureCode = Subject("procedure code", vi: "mã thủ tục")
    static let provenanceKind = Subject("provenance kind", vi: "loại nguồn gốc (provenance)")
    static let provenanceSource = Subject("provenance source", vi: "nguồn của provenance")
    static let replacedDocument = Subject("replaced document", vi: "văn bản bị thay thế")
    static let roleID = Subject("role id", vi: "id của vai trò")
    static let roleName = Subject("role name", vi: "tên vai trò")
    static let stepID = Subject("step id", vi: "id của bước")
    static let stepTitle = Subject("step title", vi: "tiêu đề của bước")
    static let stepTitleEn = Subject("step title_en", vi: "title_en của bước")
    static let templateName = Subject("template name", vi: "tên mẫu quy trình")
    static let templateNameEn = Subject("template name_en", vi: "name_en của mẫu quy trình")
    static let unit = Subject("unit", vi: "đơn vị")
    static let unitID = Subject("unit id", vi: "id của đơn vị")
    static let unitKind = Subject("unit kind", vi: "loại đơn vị")
    static let unitLevel = Subject("unit level", vi: "cấp của đơn vị")
    static let unitName = Subject("unit name", vi: "tên đơn vị")

    /// A fee row or a dossier row, as the checks of dated rows name it.
    public static let fee = Subject("fee", vi: "khoản phí")
    public static let dossierComponent = Subject("dossier component", vi: "thành phần hồ sơ")

    // Joined, not interpolated: a subject is made for every step, role and argument decoded,
    // and read only when a message names it.
    static func step(_ id: String) -> Subject { Subject("step " + id, vi: "bước " + id) }
    static func role(_ id: String) -> Subject { Subject("role " + id, vi: "vai trò " + id) }
    static func condition(_ id: String) -> Subject { Subject("condition " + id, vi: "điều kiện " + id) }
    static func templateArgument(_ key: String) -> Subject {
        Subject("template argument " + key, vi: "đối số " + key + " của mẫu quy trình")
    }
    static func channelDeadline(_ channel: String) -> Subject {
        Subject("the " + channel + " deadline", vi: "thời hạn của kênh " + channel)
    }
}
