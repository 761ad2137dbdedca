import Diagnostics
import WorkCalendar
import YAMLReader

/// What an id names, so that `tthc schema --catalog` can offer the catalog's own ids.
public enum IdentifierKind: String, Sendable, CaseIterable {
    case field, form, legalDocument, template, step, unitReference, procedure
}

/// What a value must be. Decoders read each key as its declared shape; `CatalogSchema` turns the
/// same declaration into JSON Schema, so the two cannot drift apart.
public indirect enum ValueShape: Sendable {
    /// Any single value, not blank.
    case text
    /// A whole number written in decimal digits, optionally within a range.
    case integer(ClosedRange<Int>?)
    /// `true` or `false`.
    case boolean
    /// `YYYY-MM-DD`.
    case date
    /// `HH:MM`, 24-hour.
    case time
    /// `3 working days`, `same day`, `15 ngày`, … (`WorkDuration`).
    case duration
    /// One of these words.
    case choice([String])
    /// Lower-case letters, digits and single dashes (`ho-tich`); what it names, when it names something.
    case identifier(IdentifierKind?)
    /// A case fact or template parameter: like an id, `_` allowed (`needs_verification`).
    case fact
    /// A unit or role: dotted ids (`commune.pasc`).
    case reference
    /// A procedure code: `1.001193`, `2.000635.H11`.
    case code
    /// A list of values of one shape, with at least `minItems` of them.
    case list(ValueShape, minItems: Int)
    /// A mapping declared in `CatalogShapes.mappings` under this name.
    case mapping(String)
    /// A mapping whose keys are ids (roles, conditions, choices, exits), each with a value of one shape.
    case keyed(keys: ValueShape, values: ValueShape, required: [String])
    /// One of several shapes (a channel: a name or a mapping).
    case oneOf([ValueShape])
    /// Any single value (a template argument: the template decides its type).
    case anyScalar
}

/// One key of a mapping: its name, what its value must be, whether it is required, and what it means.
public struct KeyShape: Sendable {
    public let name: String
    public let value: ValueShape
    public let required: Bool
    public let doc: Localized

    public init(_ name: String, _ value: ValueShape, required: Bool = false, _ doc: Localized) {
        self.name = name
        self.value = value
        self.required = required
        self.doc = doc
    }
}

/// One form a mapping can take, decided by the key it holds (a workflow step is a task, wait,
/// choice, parallel, call or end): the keys it then needs and the keys it cannot have.
public struct MappingVariant: Sendable {
    public let key: String
    public let requires: [String]
    public let disallows: [String]
    /// Other variants' keys this one may hold too (an end step may say who returns the result: `by`).
    public let combinesWith: [String]
    public let doc: Localized

    public init(key: String, requires: [String], disallows: [String], combinesWith: [String] = [], doc: Localized) {
        self.key = key
        self.requires = requires
        self.disallows = disallows
        self.combinesWith = combinesWith
        self.doc = doc
    }
}

/// A mapping's keys, in the order files write them: the declaration `MappingView` checks a node
/// against and `CatalogSchema` writes as a JSON Schema object. A class: a decoder passes a shape
/// for every mapping it reads, and a reference is one count where a struct of seven arrays was seven.
public final class MappingShape: Sendable {
    public let name: String
    public let doc: Localized
    public let keys: [KeyShape]
    public let variants: [MappingVariant]
    /// The key names, for `MappingView` (computed once).
    public let allowed: [String]
    /// `allowed` as the decoders match keys against it.
    let keyTable: KeyTable
    public let required: [String]
    /// Where each required key stands in `allowed`.
    let requiredPositions: [Int]

    public init(_ name: String, _ doc: Localized, keys: [KeyShape], variants: [MappingVariant] = []) {
        self.name = name
        self.doc = doc
        self.keys = keys
        self.variants = variants
        self.allowed = keys.map(\.name)
        self.keyTable = KeyTable(allowed)
        self.required = keys.filter(\.required).map(\.name)
        self.requiredPositions = keys.indices.filter { keys[$0].required }
    }

    public func key(_ name: String) -> KeyShape? { keys.first { $0.name == name } }

    public func variant(_ key: String) -> MappingVariant? { variants.first { $0.key == key } }
}

private func doc(_ en: String, _ vi: String) -> Localized { Localized(en, vi: vi) }
private func values<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> ValueShape where E.RawValue == String {
    .choice(type.allCases.map(\.rawValue))
}

/// Every mapping of every catalog file kind. The decoders check keys against these shapes and read
/// each value as declared; `tthc schema` writes them as JSON Schemas.
public enum CatalogShapes {
    static let names = doc("Name in Vietnamese, as published.", "Tên bằng tiếng Việt, như đã công bố.")
    static let namesEn = doc("Name in English (optional).", "Tên bằng tiếng Anh (không bắt buộc).")
    /// A unit's or role's name as forms print it.
    static let fullName = KeyShape(
        "full_name", .text,
        doc(
            "The official full name, as forms print it; {commune} stands for the case's commune (Ủy ban nhân dân xã {commune}).",
            "Tên đầy đủ chính thức, như in trên biểu mẫu; {commune} là tên xã của hồ sơ (Ủy ban nhân dân xã {commune})."
        ))
    static let fullNameEn = KeyShape(
        "full_name_en", .text, doc("The official full name in English.", "Tên đầy đủ chính thức bằng tiếng Anh."))

    /// A file that is one list under one key (`fields:`, `documents:`, …), of mappings named `item`.
    static func listFile(
        _ name: String, _ doc: Localized, key: String, of item: String, _ keyDoc: Localized
    ) -> MappingShape {
        MappingShape(name, doc, keys: [KeyShape(key, .list(.mapping(item), minItems: 0), required: true, keyDoc)])
    }

    // MARK: catalog.yaml

    public static let manifest = MappingShape(
        "manifest", doc("The catalog's manifest (catalog.yaml).", "Tệp mô tả danh mục (catalog.yaml)."),
        keys: [
            KeyShape(
                "schema_version", .integer(1...1), required: true,
                doc(
                    "Version of the catalog format; this tthc reads 1.",
                    "Phiên bản định dạng danh mục; phiên bản tthc này đọc 1.")),
            KeyShape(
                "jurisdiction", .mapping("jurisdiction"), required: true,
                doc("The province the catalog belongs to.", "Tỉnh, thành phố sở hữu danh mục.")),
            KeyShape(
                "time_zone", .choice(["Asia/Ho_Chi_Minh"]), required: true,
                doc(
                    "Time zone of every deadline: Asia/Ho_Chi_Minh (UTC+7).",
                    "Múi giờ tính mọi thời hạn: Asia/Ho_Chi_Minh (UTC+7).")),
            KeyShape(
                "effective", .date, required: true,
                doc("Date the catalog takes effect (YYYY-MM-DD).", "Ngày danh mục có hiệu lực (YYYY-MM-DD).")),
            KeyShape(
                "office_hours", .list(.mapping("office-session"), minItems: 1), required: true,
                doc(
                    "Office sessions of a working day, such as { from: \"07:00\", to: \"11:30\" }.",
                    "Các buổi làm việc trong ngày, ví dụ { from: \"07:00\", to: \"11:30\" }.")),
            KeyShape(
                "receipt_cutoff", .time, required: true,
                doc(
                    "Dossiers received after this time count as received the next working day (usually \"15:00\").",
                    "Hồ sơ nhận sau giờ này được tính là nhận vào ngày làm việc tiếp theo (thường là \"15:00\").")),
            KeyShape(
                "clock_start", .choice(["receipt", "next-working-day"]),
                doc(
                    "When deadlines start counting by default: receipt or next-working-day.",
                    "Thời điểm mặc định bắt đầu tính thời hạn: receipt (khi tiếp nhận) hoặc next-working-day (ngày làm việc tiếp theo)."
                )),
        ])

    public static let jurisdiction = MappingShape(
        "jurisdiction", doc("The province.", "Tỉnh, thành phố."),
        keys: [
            KeyShape(
                "code", .text, required: true,
                doc(
                    "Administrative code of the province (quote it: \"11\").",
                    "Mã đơn vị hành chính của tỉnh (đặt trong ngoặc kép: \"11\").")),
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
        ])

    public static let officeSession = MappingShape(
        "office-session", doc("One office session.", "Một buổi làm việc."),
        keys: [
            KeyShape("from", .time, required: true, doc("Start, HH:MM.", "Giờ bắt đầu, HH:MM.")),
            KeyShape("to", .time, required: true, doc("End, HH:MM.", "Giờ kết thúc, HH:MM.")),
        ])

    // MARK: fields.yaml, legal/, forms/

    public static let fieldsFile = listFile(
        "fields-file",
        doc("fields.yaml: the fields (lĩnh vực) procedures belong to.", "fields.yaml: các lĩnh vực của thủ tục."),
        key: "fields", of: "field", doc("The fields.", "Các lĩnh vực."))

    public static let field = MappingShape(
        "field", doc("A field (lĩnh vực).", "Một lĩnh vực."),
        keys: [
            KeyShape(
                "id", .identifier(nil), required: true,
                doc("Id used by procedures' field key (ho-tich).", "Id dùng trong khóa field của thủ tục (ho-tich).")),
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
        ])

    public static let legalFile = listFile(
        "legal-file", doc("legal/*.yaml: legal documents.", "legal/*.yaml: văn bản pháp luật."),
        key: "documents", of: "legal-document", doc("The documents.", "Các văn bản."))

    public static let legalDocument = MappingShape(
        "legal-document", doc("A legal document.", "Một văn bản pháp luật."),
        keys: [
            KeyShape(
                "id", .identifier(nil), required: true,
                doc("Id cited by legal_basis (nd-118-2025).", "Id được dẫn trong legal_basis (nd-118-2025).")),
            KeyShape(
                "number", .text, required: true, doc("Official number (118/2025/NĐ-CP).", "Số hiệu (118/2025/NĐ-CP).")),
            KeyShape("kind", values(LegalDocumentKind.self), required: true, doc("Kind of document.", "Loại văn bản.")),
            KeyShape("title", .text, required: true, doc("Title in Vietnamese.", "Trích yếu bằng tiếng Việt.")),
            KeyShape(
                "title_en", .text, doc("Title in English (optional).", "Trích yếu bằng tiếng Anh (không bắt buộc).")),
            KeyShape(
                "issuer", .text, required: true, doc("Issuing body (Chính phủ).", "Cơ quan ban hành (Chính phủ).")),
            KeyShape(
                "issued", .date,
                doc("Date of issue; leave it out when it is not known.", "Ngày ban hành; bỏ trống khi chưa biết.")),
            KeyShape("effective", .date, required: true, doc("Date it takes effect.", "Ngày có hiệu lực.")),
            KeyShape(
                "expires", .date,
                doc("Date it ceases to have effect (optional).", "Ngày hết hiệu lực (không bắt buộc).")),
            KeyShape(
                "replaces", .list(.identifier(.legalDocument), minItems: 0),
                doc("Documents it replaces.", "Các văn bản được thay thế.")),
            KeyShape(
                "replaced_by", .identifier(.legalDocument),
                doc(
                    "The document that replaces it when it ends (optional).",
                    "Văn bản thay thế khi văn bản này hết hiệu lực (không bắt buộc).")),
            KeyShape(
                "provenance", values(Provenance.self),
                doc(
                    "How sure the data is: confirmed, secondary, unverified or synthetic.",
                    "Độ tin cậy của dữ liệu: confirmed (đã đối chiếu), secondary (nguồn thứ cấp), unverified (chưa kiểm chứng), synthetic (giả lập)."
                )),
        ])

    public static let formsFile = listFile(
        "forms-file", doc("forms/*.yaml: forms and declarations.", "forms/*.yaml: biểu mẫu, tờ khai."),
        key: "forms", of: "form", doc("The forms.", "Các biểu mẫu."))

    public static let form = MappingShape(
        "form", doc("A form or declaration (tờ khai, mẫu đơn).", "Một biểu mẫu hoặc tờ khai."),
        keys: [
            KeyShape(
                "id", .identifier(nil), required: true,
                doc("Id cited by a dossier component's form key.", "Id được dẫn trong khóa form của thành phần hồ sơ.")),
            KeyShape("code", .text, doc("Official code (Mẫu số 01).", "Ký hiệu mẫu (Mẫu số 01).")),
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
            KeyShape(
                "legal_basis", .identifier(.legalDocument),
                doc("The legal document that sets the form.", "Văn bản pháp luật quy định mẫu.")),
        ])

    // MARK: units/

    public static let unitsFile = listFile(
        "units-file", doc("units/*.yaml: units and their roles.", "units/*.yaml: các cơ quan, đơn vị và chức danh."),
        key: "units", of: "unit", doc("Top-level units.", "Các đơn vị cấp trên cùng."))

    public static let unit = MappingShape(
        "unit",
        doc(
            "A unit (agency, division, service centre); its full id is its parents' ids and its own, joined by dots.",
            "Một đơn vị (cơ quan, phòng, trung tâm phục vụ hành chính công); id đầy đủ là id các đơn vị cha và id của nó, nối bằng dấu chấm."
        ),
        keys: [
            KeyShape(
                "id", .identifier(nil), required: true,
                doc("One segment of the unit's id (construction).", "Một phần của id đơn vị (construction).")),
            KeyShape("kind", values(UnitKind.self), required: true, doc("Kind of unit.", "Loại đơn vị.")),
            KeyShape(
                "level", values(Level.self), required: true,
                doc(
                    "province or commune (the district level was abolished on 2025-07-01).",
                    "province (tỉnh) hoặc commune (xã); cấp huyện đã bỏ từ 2025-07-01.")),
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
            fullName,
            fullNameEn,
            KeyShape(
                "roles", .keyed(keys: .identifier(nil), values: .mapping("role"), required: []),
                doc(
                    "Roles inside the unit, by id (director: { name: Giám đốc Sở }).",
                    "Các chức danh trong đơn vị, theo id (director: { name: Giám đốc Sở }).")),
            KeyShape("units", .list(.mapping("unit"), minItems: 0), doc("Child units.", "Các đơn vị trực thuộc.")),
        ])

    public static let role = MappingShape(
        "role", doc("A role in a unit.", "Một chức danh trong đơn vị."),
        keys: [
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
            fullName,
            fullNameEn,
        ])

    public static let communesFile = listFile(
        "communes-file", doc("units/communes.yaml: the communes and wards.", "units/communes.yaml: các xã, phường."),
        key: "communes", of: "commune", doc("The communes and wards of the province.", "Các xã, phường của tỉnh."))

    public static let commune = MappingShape(
        "commune", doc("A commune or ward.", "Một xã hoặc phường."),
        keys: [
            KeyShape(
                "id", .identifier(nil), required: true,
                doc("Id of the commune or ward (thanh-nua).", "Id của xã, phường (thanh-nua).")),
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
            KeyShape(
                "type", values(CommuneType.self), required: true,
                doc("commune (xã) or ward (phường).", "commune (xã) hoặc ward (phường).")),
            KeyShape(
                "distance_km", .integer(0...100_000),
                doc(
                    "Road distance to the provincial centre, in km.",
                    "Khoảng cách đường bộ tới trung tâm tỉnh, tính bằng km.")),
        ])

    // MARK: calendar/

    public static let calendarFile = MappingShape(
        "calendar-file",
        doc(
            "calendar/<year>.yaml: official decisions on days off and worked days.",
            "calendar/<năm>.yaml: các quyết định chính thức về ngày nghỉ và ngày làm bù."),
        keys: [
            KeyShape(
                "year", .integer(1900...2100), required: true,
                doc("The year the decisions are about.", "Năm mà các quyết định quy định.")),
            KeyShape(
                "decisions", .list(.mapping("decision"), minItems: 0), required: true,
                doc("The official decisions of the year.", "Các quyết định chính thức trong năm.")),
        ])

    public static let decision = MappingShape(
        "decision", doc("An official decision.", "Một quyết định chính thức."),
        keys: [
            KeyShape(
                "source", .text, required: true,
                doc(
                    "The decision, in Vietnamese (number and issuer).",
                    "Quyết định, bằng tiếng Việt (số hiệu và cơ quan ban hành).")),
            KeyShape("source_en", .text, doc("The decision, in English.", "Quyết định, bằng tiếng Anh.")),
            KeyShape(
                "provenance", values(OfficialDecision.Provenance.self),
                doc("How sure the data is (default confirmed).", "Độ tin cậy của dữ liệu (mặc định confirmed).")),
            KeyShape(
                "days_off", .list(.mapping("day"), minItems: 0),
                doc("Working days declared days off.", "Các ngày làm việc được quyết định cho nghỉ.")),
            KeyShape(
                "working_days", .list(.mapping("day"), minItems: 0),
                doc("Saturdays or Sundays worked in exchange (làm bù).", "Các ngày Thứ Bảy, Chủ nhật làm bù.")),
            KeyShape("tet_days", .list(.date, minItems: 0), doc("The days of the Tết holiday.", "Các ngày nghỉ Tết.")),
            KeyShape(
                "national_day_days", .list(.date, minItems: 0),
                doc("The days of the National Day holiday.", "Các ngày nghỉ lễ Quốc khánh.")),
        ])

    public static let day = MappingShape(
        "day", doc("A dated line of a decision.", "Một ngày trong quyết định."),
        keys: [
            KeyShape("date", .date, required: true, doc("The date.", "Ngày.")),
            KeyShape(
                "name", .text, required: true,
                doc("What the day is, in Vietnamese.", "Nội dung của ngày, bằng tiếng Việt.")),
            KeyShape("name_en", .text, doc("What the day is, in English.", "Nội dung của ngày, bằng tiếng Anh.")),
        ])

    // MARK: procedures/

    public static let procedure = MappingShape(
        "procedure",
        doc(
            "procedures/<level>/<field>/<code>.yaml: one administrative procedure (thủ tục hành chính).",
            "procedures/<cấp>/<lĩnh vực>/<mã>.yaml: một thủ tục hành chính."),
        keys: [
            KeyShape(
                "code", .code, required: true,
                doc(
                    "Procedure code from the national database: a digit, a dot and six digits (1.001193).",
                    "Mã thủ tục trên Cơ sở dữ liệu quốc gia: một chữ số, dấu chấm và sáu chữ số (1.001193).")),
            KeyShape("name", .text, required: true, doc("Name as published.", "Tên thủ tục như đã công bố.")),
            KeyShape("name_en", .text, namesEn),
            KeyShape(
                "field", .identifier(.field), required: true,
                doc("The field (lĩnh vực), an id of fields.yaml.", "Lĩnh vực, một id trong fields.yaml.")),
            KeyShape(
                "level", values(Level.self), required: true,
                doc("Where it is decided: province or commune.", "Cấp quyết định: province (tỉnh) hoặc commune (xã).")),
            KeyShape(
                "inter_level", .list(values(Level.self), minItems: 2),
                doc(
                    "For an inter-level procedure: [commune, province].",
                    "Với thủ tục liên thông giữa các cấp: [commune, province].")),
            KeyShape(
                "authority", .reference, required: true,
                doc(
                    "Deciding authority: a unit or role (commune.chairman).",
                    "Cơ quan, người có thẩm quyền quyết định: đơn vị hoặc chức danh (commune.chairman).")),
            KeyShape(
                "implemented_by", .list(.reference, minItems: 0),
                doc("Units or roles that carry it out.", "Đơn vị, chức danh thực hiện.")),
            KeyShape("coordinating", .list(.reference, minItems: 0), doc("Coordinating units.", "Đơn vị phối hợp.")),
            KeyShape(
                "applicants", .list(values(Applicant.self), minItems: 0), doc("Who may apply.", "Đối tượng thực hiện.")),
            KeyShape(
                "channels", .list(.oneOf([values(Channel.self), .mapping("channel")]), minItems: 1), required: true,
                doc(
                    "How a dossier is submitted: in-person, online, postal; a mapping overrides the deadline or fees of one channel.",
                    "Cách thức nộp hồ sơ: in-person (trực tiếp), online (trực tuyến), postal (bưu chính); một ánh xạ ghi đè thời hạn hoặc phí của một kênh."
                )),
            KeyShape(
                "online_service", values(OnlineServiceLevel.self), required: true,
                doc(
                    "Online service level: full (toàn trình), partial (một phần) or none.",
                    "Mức dịch vụ công trực tuyến: full (toàn trình), partial (một phần) hoặc none (không).")),
            KeyShape(
                "deadline", .mapping("deadline"), required: true,
                doc(
                    "Statutory deadline: its wording and its value.",
                    "Thời hạn giải quyết theo luật định: nguyên văn và giá trị.")),
            KeyShape(
                "conditions", .keyed(keys: .fact, values: .mapping("condition"), required: []),
                doc(
                    "Case facts the workflow and the deadline depend on, by id.",
                    "Các dữ kiện của hồ sơ mà quy trình và thời hạn phụ thuộc, theo id.")),
            KeyShape(
                "fees", .list(.mapping("fee"), minItems: 0), doc("Fees and charges (phí, lệ phí).", "Phí, lệ phí.")),
            KeyShape(
                "dossier", .list(.mapping("dossier-item"), minItems: 0),
                doc("Components of the dossier (thành phần hồ sơ).", "Thành phần hồ sơ.")),
            KeyShape(
                "result", .text, required: true, doc("What the applicant receives.", "Kết quả thực hiện thủ tục.")),
            KeyShape("result_en", .text, doc("The result in English.", "Kết quả bằng tiếng Anh.")),
            KeyShape(
                "legal_basis", .list(.identifier(.legalDocument), minItems: 1), required: true,
                doc("Legal basis: ids of legal documents.", "Căn cứ pháp lý: id các văn bản pháp luật.")),
            KeyShape(
                "announced_by", .identifier(.legalDocument),
                doc("The decision that announced the procedure.", "Quyết định công bố thủ tục.")),
            KeyShape(
                "effective", .date, required: true, doc("Date the procedure takes effect.", "Ngày thủ tục có hiệu lực.")
            ),
            KeyShape(
                "expires", .date, doc("Date it ceases to apply (optional).", "Ngày hết hiệu lực (không bắt buộc).")),
            KeyShape(
                "versions", .list(.mapping("procedure-version"), minItems: 0),
                doc(
                    "Dated changes: from a date, the keys a version gives replace the procedure's.",
                    "Các thay đổi theo ngày: từ ngày của phiên bản, các khóa phiên bản ghi thay cho khóa của thủ tục.")),
            KeyShape(
                "provenance", .mapping("provenance"), required: true,
                doc("Where the data comes from.", "Nguồn của dữ liệu.")),
            KeyShape(
                "workflow", .oneOf([.mapping("template-use"), .mapping("workflow")]), required: true,
                doc(
                    "The workflow: start and steps, or template and with.",
                    "Quy trình: start và steps, hoặc template và with.")),
        ])

    public static let deadline = MappingShape(
        "deadline", doc("A statutory deadline.", "Thời hạn giải quyết."),
        keys: [
            KeyShape(
                "text", .text, required: true,
                doc("The legal wording, as published.", "Nguyên văn quy định về thời hạn, như đã công bố.")),
            KeyShape(
                "value", .duration, required: true,
                doc("The value: 3 working days, same day, 15 ngày, …", "Giá trị: 3 working days, same day, 15 ngày, …")),
            KeyShape(
                "cutoff", .time,
                doc(
                    "For a same-day deadline: receipt time after which the result is due the next working day.",
                    "Với thời hạn trong ngày: giờ tiếp nhận mà sau đó kết quả được trả vào ngày làm việc tiếp theo.")),
            KeyShape(
                "clock_start", .choice(["receipt", "next-working-day"]),
                doc("Overrides the manifest's clock_start.", "Ghi đè clock_start của catalog.yaml.")),
            KeyShape(
                "cap", .duration,
                doc("A ceiling however many extensions apply.", "Mức trần, dù có bao nhiêu lần gia hạn.")),
        ])

    public static let channel = MappingShape(
        "channel", doc("A channel with its own deadline or fees.", "Một kênh nộp hồ sơ có thời hạn hoặc phí riêng."),
        keys: [
            KeyShape("channel", values(Channel.self), required: true, doc("The channel.", "Kênh nộp hồ sơ.")),
            KeyShape(
                "deadline", .mapping("deadline"), doc("The deadline by this channel.", "Thời hạn khi nộp qua kênh này.")
            ),
            KeyShape(
                "fees", .list(.mapping("fee"), minItems: 0),
                doc("The fees by this channel.", "Phí, lệ phí khi nộp qua kênh này.")),
        ])

    public static let condition = MappingShape(
        "condition", doc("A case fact.", "Một dữ kiện của hồ sơ."),
        keys: [
            KeyShape("name", .text, required: true, names),
            KeyShape("name_en", .text, namesEn),
            KeyShape(
                "extends", .duration,
                doc(
                    "Added to the deadline when the fact is true.", "Thời gian cộng thêm vào thời hạn khi dữ kiện đúng."
                )),
        ])

    public static let fee = MappingShape(
        "fee", doc("A fee or charge; give amount or schedule.", "Một khoản phí, lệ phí; ghi amount hoặc schedule."),
        keys: [
            KeyShape("name", .text, required: true, doc("What the fee is for.", "Tên khoản phí, lệ phí.")),
            KeyShape(
                "amount", .integer(0...Int(1e15) - 1),
                doc("Amount in whole VND (8000).", "Mức thu, số đồng nguyên (8000).")),
            KeyShape("per", values(FeeUnit.self), doc("What the amount is charged per.", "Đơn vị tính.")),
            KeyShape(
                "schedule", .identifier(.legalDocument),
                doc("The resolution that sets the amount.", "Nghị quyết quy định mức thu.")),
            KeyShape(
                "from", .date,
                doc("First day the fee applies (optional).", "Ngày đầu tiên áp dụng mức thu (không bắt buộc).")),
            KeyShape(
                "until", .date,
                doc("Last day the fee applies (optional).", "Ngày cuối cùng áp dụng mức thu (không bắt buộc).")),
        ])

    public static let dossierItem = MappingShape(
        "dossier-item", doc("A component of the dossier.", "Một thành phần hồ sơ."),
        keys: [
            KeyShape("name", .text, required: true, doc("What the component is.", "Tên thành phần hồ sơ.")),
            KeyShape(
                "form", .identifier(.form),
                doc("The form to fill in, an id of forms/.", "Mẫu đơn, tờ khai, một id trong forms/.")),
            KeyShape("originals", .integer(0...Int(1e15) - 1), doc("Number of originals.", "Số bản chính.")),
            KeyShape("copies", .integer(0...Int(1e15) - 1), doc("Number of copies.", "Số bản sao.")),
            KeyShape(
                "from", .date,
                doc(
                    "First day the component is required (optional).",
                    "Ngày đầu tiên yêu cầu thành phần này (không bắt buộc).")),
            KeyShape(
                "until", .date,
                doc(
                    "Last day the component is required (optional).",
                    "Ngày cuối cùng yêu cầu thành phần này (không bắt buộc).")),
        ])

    public static let procedureVersion = MappingShape(
        "procedure-version",
        doc(
            "A dated version of a procedure: what changes from a date.",
            "Một phiên bản theo ngày của thủ tục: những gì thay đổi từ một ngày."),
        keys: [
            KeyShape(
                "from", .date, required: true, doc("Date the version takes effect.", "Ngày phiên bản có hiệu lực.")),
            KeyShape(
                "deadline", .mapping("deadline"),
                doc("The deadline from this date.", "Thời hạn giải quyết từ ngày này.")),
            KeyShape(
                "authority", .reference,
                doc("The deciding authority from this date.", "Cơ quan có thẩm quyền quyết định từ ngày này.")),
            KeyShape(
                "fees", .list(.mapping("fee"), minItems: 0),
                doc("The fees from this date (the whole list).", "Phí, lệ phí từ ngày này (toàn bộ danh sách).")),
            KeyShape(
                "dossier", .list(.mapping("dossier-item"), minItems: 0),
                doc("The dossier from this date (the whole list).", "Thành phần hồ sơ từ ngày này (toàn bộ danh sách).")
            ),
            KeyShape(
                "legal_basis", .list(.identifier(.legalDocument), minItems: 1),
                doc(
                    "The legal basis from this date (the whole list).",
                    "Căn cứ pháp lý từ ngày này (toàn bộ danh sách).")),
            KeyShape(
                "announced_by", .identifier(.legalDocument),
                doc("The decision that announced this version.", "Quyết định công bố phiên bản này.")),
            KeyShape(
                "workflow", .oneOf([.mapping("template-use"), .mapping("workflow")]),
                doc(
                    "The workflow from this date (the whole workflow): cases received from then follow it, earlier cases keep theirs.",
                    "Quy trình từ ngày này (toàn bộ quy trình): hồ sơ tiếp nhận từ ngày đó theo quy trình này, hồ sơ tiếp nhận trước giữ quy trình cũ."
                )),
            KeyShape(
                "note", .text, doc("What changed and why (optional).", "Nội dung thay đổi và lý do (không bắt buộc).")),
        ])

    public static let provenance = MappingShape(
        "provenance", doc("Where the procedure's data comes from.", "Nguồn dữ liệu của thủ tục."),
        keys: [
            KeyShape(
                "kind", values(ProvenanceKind.self), required: true,
                doc(
                    "published (from published data) or synthetic.",
                    "published (từ dữ liệu đã công bố) hoặc synthetic (giả lập).")),
            KeyShape(
                "source", .text,
                doc("Where it was published (required when published).", "Nơi công bố (bắt buộc khi published).")),
        ])

    // MARK: workflows and templates

    public static let templateUse = MappingShape(
        "template-use", doc("A workflow from a template.", "Quy trình theo một mẫu quy trình."),
        keys: [
            KeyShape(
                "template", .identifier(.template), required: true,
                doc("The template, a file name under templates/.", "Mẫu quy trình, tên tệp trong templates/.")),
            KeyShape(
                "with", .keyed(keys: .fact, values: .anyScalar, required: []),
                doc("Values of the template's parameters.", "Giá trị các tham số của mẫu quy trình.")),
        ])

    public static let workflow = MappingShape(
        "workflow", doc("A workflow: a start step and the steps.", "Một quy trình: bước bắt đầu và các bước."),
        keys: [
            KeyShape("start", .identifier(.step), required: true, doc("The first step's id.", "Id của bước đầu tiên.")),
            KeyShape(
                "steps", .keyed(keys: .identifier(nil), values: .mapping("step"), required: []), required: true,
                doc("The steps, by id.", "Các bước, theo id.")),
        ])

    public static let step = MappingShape(
        "step",
        doc(
            "A step: a task (by), wait, choice, parallel, call or end.",
            "Một bước: công việc (by), wait, choice, parallel, call hoặc end."),
        keys: [
            KeyShape("name", .text, doc("What the step is (optional).", "Tên bước (không bắt buộc).")),
            KeyShape(
                "title", .text,
                doc(
                    "The step in words, as forms 04 and 06 and the graphs show it (Xem xét, thẩm định hồ sơ).",
                    "Tên bước bằng lời, như Mẫu 04, Mẫu 06 và sơ đồ hiển thị (Xem xét, thẩm định hồ sơ).")),
            KeyShape("title_en", .text, doc("The step's title in English.", "Tên bước bằng tiếng Anh.")),
            KeyShape("by", .reference, doc("The unit or role that does the work.", "Đơn vị, chức danh thực hiện.")),
            KeyShape("to", .reference, doc("Where the dossier is handed to.", "Nơi hồ sơ được chuyển tới.")),
            KeyShape(
                "takes", .duration,
                doc("The step's time budget (1 working day).", "Thời gian dành cho bước (1 working day).")),
            KeyShape("next", .identifier(.step), doc("The step that follows.", "Bước tiếp theo.")),
            KeyShape(
                "wait", values(WaitKind.self),
                doc(
                    "Wait on the applicant or a payment; the statutory clock is paused.",
                    "Chờ người nộp hồ sơ hoặc chờ nộp phí; thời hạn tạm dừng.")),
            KeyShape(
                "then", .identifier(.step), doc("The step that resumes after the wait.", "Bước tiếp tục sau khi chờ.")),
            KeyShape(
                "choice", .keyed(keys: .fact, values: .identifier(.step), required: ["otherwise"]),
                doc(
                    "Branches on case facts: { FACT: step, otherwise: step }.",
                    "Rẽ nhánh theo dữ kiện của hồ sơ: { DỮ_KIỆN: bước, otherwise: bước }.")),
            KeyShape(
                "parallel", .list(.identifier(.step), minItems: 2),
                doc("Branches that run at once.", "Các nhánh chạy song song.")),
            KeyShape(
                "join", .identifier(.step),
                doc("The step that follows when every branch ends.", "Bước tiếp theo khi mọi nhánh đã kết thúc.")),
            KeyShape(
                "call", .code,
                doc("An interconnected procedure run as a sub-case.", "Thủ tục liên thông chạy như một hồ sơ con.")),
            KeyShape(
                "end", values(Outcome.self),
                doc(
                    "The result returned: issued, refused or withdrawn.",
                    "Kết quả trả: issued (cấp), refused (từ chối) hoặc withdrawn (rút hồ sơ).")),
            KeyShape(
                "may", .keyed(keys: values(Exit.self), values: .identifier(.step), required: []),
                doc(
                    "Exits a clerk may take: supplement, refuse, pay, withdraw.",
                    "Các lối ra cán bộ có thể chọn: supplement (bổ sung), refuse (từ chối), pay (nộp phí), withdraw (rút hồ sơ)."
                )),
        ],
        variants: [
            MappingVariant(
                key: "parallel", requires: ["join"], disallows: ["by", "to", "takes", "next", "then", "call", "may"],
                doc: doc("Parallel branches.", "Các nhánh song song.")),
            MappingVariant(
                key: "choice", requires: [], disallows: ["by", "to", "takes", "next", "then", "join", "may"],
                doc: doc("A choice on case facts.", "Rẽ nhánh theo dữ kiện.")),
            MappingVariant(
                key: "wait", requires: ["then"], disallows: ["by", "to", "takes", "next", "join", "call", "may"],
                doc: doc("A wait.", "Bước chờ.")),
            MappingVariant(
                key: "call", requires: [], disallows: ["by", "to", "takes", "then", "join"],
                doc: doc("A call of another procedure.", "Gọi thủ tục khác.")),
            MappingVariant(
                key: "end", requires: [], disallows: ["to", "takes", "next", "then", "join", "may"],
                combinesWith: ["by"], doc: doc("An end.", "Bước kết thúc.")),
            MappingVariant(
                key: "by", requires: ["takes"], disallows: ["then", "join"], doc: doc("A task.", "Một công việc.")),
        ])

    public static let template = MappingShape(
        "template",
        doc(
            "templates/<id>.yaml: a reusable workflow with $parameters.",
            "templates/<id>.yaml: mẫu quy trình dùng chung, có $tham_số."),
        keys: [
            KeyShape("name", .text, doc("What the template is.", "Tên mẫu quy trình.")),
            KeyShape("name_en", .text, doc("What the template is, in English.", "Tên mẫu quy trình bằng tiếng Anh.")),
            KeyShape(
                "params", .list(.fact, minItems: 0),
                doc(
                    "Parameter names; $name in by, to, call or takes is replaced by the procedure's with value.",
                    "Tên các tham số; $tên trong by, to, call hoặc takes được thay bằng giá trị with của thủ tục.")),
            KeyShape("workflow", .mapping("workflow"), required: true, doc("The workflow.", "Quy trình.")),
        ])

    /// Every mapping shape, by name.
    public static let mappings: [String: MappingShape] = {
        let all = [
            manifest, jurisdiction, officeSession, fieldsFile, field, legalFile, legalDocument, formsFile, form,
            unitsFile, unit, role, communesFile, commune, calendarFile, decision, day, procedure, deadline, channel,
            condition, fee, dossierItem, procedureVersion, provenance, templateUse, workflow, step, template,
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()

    /// The top-level shape of each file kind.
    public static func root(of kind: CatalogFileKind) -> MappingShape {
        switch kind {
        case .manifest: manifest
        case .fields: fieldsFile
        case .units: unitsFile
        case .communes: communesFile
        case .legal: legalFile
        case .forms: formsFile
        case .template: template
        case .calendar: calendarFile
        case .procedure: procedure
        }
    }
}
