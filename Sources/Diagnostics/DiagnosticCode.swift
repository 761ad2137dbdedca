/// Every diagnostic code tthc can emit. Codes are stable: a code is never reused for a
/// different problem. The letter says the stage: F file I/O, Y YAML reading, L loading the
/// typed model, R resolving references.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable {
    // F — files
    case ioError = "F001"
    case unknownFile = "F002"
    case fileTooLarge = "F003"
    case linkOutsideCatalog = "F004"
    case danglingLink = "F005"
    case specialFile = "F006"
    case folderLink = "F007"

    // Y — reading YAML
    case yamlSyntax = "Y001"
    case invalidUTF8 = "Y002"
    case byteOrderMark = "Y003"
    case tabCharacter = "Y004"
    case crlfLineEnd = "Y005"
    case emptyFile = "Y006"
    case topLevelNotMapping = "Y007"
    case duplicateKey = "Y008"
    case aliasBudgetExceeded = "Y009"
    case recursiveAlias = "Y010"
    case unusedAnchor = "Y011"
    case nestingTooDeep = "Y012"
    case multipleDocuments = "Y013"
    case nonScalarKey = "Y014"
    case undefinedAlias = "Y015"
    case unsupportedTag = "Y016"
    case controlCharacter = "Y017"
    case combiningMarks = "Y018"

    // L — loading the typed catalog
    case unknownKey = "L001"
    case missingKey = "L002"
    case wrongNodeType = "L003"
    case invalidValue = "L004"
    case ambiguousScalar = "L005"
    case invalidDate = "L006"
    case invalidTime = "L007"
    case invalidDuration = "L008"
    case emptyValue = "L009"
    case duplicateDefinition = "L010"
    case districtLevel = "L011"
    case misplacedFile = "L012"
    case invalidCode = "L013"

    // R — references
    case unknownUnit = "R001"
    case unknownField = "R002"
    case unknownLegalDocument = "R003"
    case unknownForm = "R004"
    case unknownTemplate = "R005"
    case unknownProcedure = "R006"
    case unknownStep = "R007"
    case unknownCondition = "R008"
    case templateParameter = "R009"

    // C — compiling workflows
    case unreachableStep = "C001"
    case deadEnd = "C002"
    case forkJoin = "C003"
    case oneStopShape = "C004"
    case levelMismatch = "C005"
    case districtReference = "C006"
    case deadlineBudget = "C007"
    case callCycle = "C008"
    case unboundedBudget = "C009"
    case legalBasisNotInForce = "C010"
    case missingHandOff = "C011"

    // T — time: dated values, versions, replaced documents
    case reversedPeriod = "T001"
    case overlappingPeriod = "T002"
    case replacedByCycle = "T003"
    case dateOutOfRange = "T004"

    /// Everything known about a code besides its letter and number: one row per code, so adding a
    /// code is a `case` above and its row here (the compiler refuses a case without one).
    public var entry: DiagnosticCodeEntry {
        switch self {
        case .ioError:
            DiagnosticCodeEntry(
                "io-error", .error,
                en:
                    "A file or directory could not be read (missing, unreadable, not a directory). Check the path you passed.",
                vi:
                    "Không đọc được tệp hoặc thư mục (không có, không có quyền đọc, không phải thư mục). Kiểm tra đường dẫn đã nhập."
            )
        case .unknownFile:
            DiagnosticCodeEntry(
                "unknown-file", .warning,
                en:
                    "A file sits in a directory whose files tthc does not read (see the layout in docs/catalog-format.md). It is ignored; move it or remove it.",
                vi:
                    "Tệp nằm trong thư mục mà tthc không đọc (xem cấu trúc trong docs/catalog-format.md). Tệp bị bỏ qua; hãy chuyển hoặc xóa tệp."
            )
        case .fileTooLarge:
            DiagnosticCodeEntry(
                "file-too-large", .error,
                en:
                    "A catalog file is larger than 8 MiB. No hand-kept catalog file is this large; split it. The size is checked before the file is read.",
                vi:
                    "Tệp danh mục lớn hơn 8 MiB. Không tệp danh mục soạn tay nào lớn như vậy; hãy tách tệp. Kích thước được kiểm tra trước khi đọc tệp."
            )
        case .linkOutsideCatalog:
            DiagnosticCodeEntry(
                "link-outside-catalog", .error,
                en:
                    "A symbolic link in the catalog points outside the catalog's folder (for example to /proc/self/environ or a file of another project). It is not followed: a pull request must not make the checker read, print or rewrite files elsewhere. Replace the link by the file itself.",
                vi:
                    "Một liên kết tượng trưng trong danh mục trỏ ra ngoài thư mục danh mục (ví dụ tới /proc/self/environ hay tệp của dự án khác). Liên kết không được đi theo: một yêu cầu hợp nhất không được khiến công cụ kiểm tra đọc, in ra hay ghi đè tệp ở nơi khác. Hãy thay liên kết bằng chính tệp."
            )
        case .danglingLink:
            DiagnosticCodeEntry(
                "dangling-link", .error,
                en:
                    "A symbolic link in the catalog points to nothing. What it stands for (a procedure, a registry) is missing from the catalog; restore the file or remove the link.",
                vi:
                    "Một liên kết tượng trưng trong danh mục không trỏ tới đâu. Thứ nó đại diện (một thủ tục, một danh mục đăng ký) bị thiếu trong danh mục; hãy khôi phục tệp hoặc xóa liên kết."
            )
        case .specialFile:
            DiagnosticCodeEntry(
                "special-file", .error,
                en:
                    "A named pipe, device or socket sits in the catalog. It is not read (reading could block or never end); remove it.",
                vi:
                    "Trong danh mục có một ống dẫn có tên, thiết bị hoặc socket. Nó không được đọc (việc đọc có thể bị treo hoặc không bao giờ kết thúc); hãy xóa nó."
            )
        case .folderLink:
            DiagnosticCodeEntry(
                "folder-link", .error,
                en:
                    "A symbolic link to a folder is not followed: inside the catalog it would read the same files twice, or for ever when it points to a folder above it (a loop). Move the files instead.",
                vi:
                    "Liên kết tượng trưng tới một thư mục không được đi theo: trong danh mục nó khiến cùng các tệp bị đọc hai lần, hoặc mãi mãi nếu nó trỏ lên thư mục cha (một vòng lặp). Hãy chuyển các tệp thay vì liên kết."
            )
        case .yamlSyntax:
            DiagnosticCodeEntry(
                "yaml-syntax", .error,
                en:
                    "libyaml could not parse the file. The position is libyaml's problem mark; the message is libyaml's, with its context.",
                vi:
                    "libyaml không phân tích được tệp. Vị trí là chỗ libyaml phát hiện lỗi; thông báo là của libyaml, kèm ngữ cảnh."
            )
        case .invalidUTF8:
            DiagnosticCodeEntry(
                "invalid-utf8", .error,
                en: "The file is not valid UTF-8. Save it as UTF-8 (without BOM).",
                vi: "Tệp không phải UTF-8 hợp lệ. Hãy lưu tệp dạng UTF-8 (không có BOM).")
        case .byteOrderMark:
            DiagnosticCodeEntry(
                "byte-order-mark", .error,
                en:
                    "The file starts with a UTF-8 byte order mark. Save it as UTF-8 without BOM; `tthc lint --fix` removes it.",
                vi:
                    "Tệp bắt đầu bằng dấu BOM của UTF-8. Hãy lưu dạng UTF-8 không BOM; `tthc lint --fix` sẽ xóa dấu này."
            )
        case .tabCharacter:
            DiagnosticCodeEntry(
                "tab-character", .error,
                en:
                    "A tab character. YAML forbids tabs in indentation and they look different in every editor; use spaces. `tthc lint --fix` turns a tab of indentation into two spaces and a tab inside a line into one, but only where the file then means the same whatever width the tab had (2, 4 or 8 columns); otherwise the finding says to replace it by hand.",
                vi:
                    "Có ký tự tab. YAML không cho phép tab khi thụt lề và mỗi trình soạn thảo hiển thị tab khác nhau; hãy dùng dấu cách. `tthc lint --fix` thay tab thụt lề bằng hai dấu cách và tab giữa dòng bằng một dấu cách, nhưng chỉ khi tệp vẫn mang cùng một nghĩa dù tab rộng bao nhiêu (2, 4 hay 8 cột); nếu không, phát hiện sẽ nhắc tự thay bằng tay."
            )
        case .crlfLineEnd:
            DiagnosticCodeEntry(
                "crlf-line-end", .warning,
                en:
                    "The file uses Windows line ends (CRLF). Save it with LF line ends; `tthc lint --fix` removes the carriage returns.",
                vi:
                    "Tệp dùng kiểu xuống dòng của Windows (CRLF). Hãy lưu với kiểu xuống dòng LF; `tthc lint --fix` xóa các ký tự CR."
            )
        case .emptyFile:
            DiagnosticCodeEntry(
                "empty-file", .error,
                en: "The file holds no YAML document. Add its content or delete the file.",
                vi: "Tệp không chứa tài liệu YAML nào. Hãy thêm nội dung hoặc xóa tệp.")
        case .topLevelNotMapping:
            DiagnosticCodeEntry(
                "top-level-not-mapping", .error,
                en:
                    "Every catalog file is a mapping of keys at its top level (for example `code: ...`), not a list or a single value.",
                vi:
                    "Mỗi tệp danh mục ở cấp ngoài cùng là một ánh xạ các khóa (ví dụ `code: ...`), không phải danh sách hay một giá trị đơn."
            )
        case .duplicateKey:
            DiagnosticCodeEntry(
                "duplicate-key", .error,
                en:
                    "The same key appears twice in one mapping; YAML tools disagree on which wins. Keep one. A note points at the first occurrence.",
                vi:
                    "Cùng một khóa xuất hiện hai lần trong một ánh xạ; các công cụ YAML không thống nhất khóa nào được dùng. Hãy giữ một. Ghi chú chỉ ra lần xuất hiện đầu tiên."
            )
        case .aliasBudgetExceeded:
            DiagnosticCodeEntry(
                "alias-budget-exceeded", .error,
                en:
                    "Anchors and aliases expand to more nodes than the budget allows (a 'billion laughs' file). The file is rejected without expanding it.",
                vi:
                    "Các anchor và alias mở rộng ra nhiều nút hơn giới hạn cho phép (tệp kiểu \"billion laughs\"). Tệp bị từ chối mà không cần mở rộng."
            )
        case .recursiveAlias:
            DiagnosticCodeEntry(
                "recursive-alias", .error,
                en: "An alias refers to the node that contains it, which would expand forever.",
                vi: "Một alias trỏ tới chính nút chứa nó, nên sẽ mở rộng vô hạn.")
        case .unusedAnchor:
            DiagnosticCodeEntry(
                "unused-anchor", .warning,
                en: "An anchor (&name) is never used by an alias (*name). Remove it.",
                vi: "Một anchor (&tên) không được alias (*tên) nào dùng. Hãy xóa nó.")
        case .nestingTooDeep:
            DiagnosticCodeEntry(
                "nesting-too-deep", .error,
                en:
                    "Mappings and lists are nested deeper than 64 levels. No catalog needs this; the file is rejected before the parser gets slow.",
                vi:
                    "Các ánh xạ và danh sách lồng nhau sâu hơn 64 mức. Không danh mục nào cần như vậy; tệp bị từ chối trước khi trình phân tích bị chậm."
            )
        case .multipleDocuments:
            DiagnosticCodeEntry(
                "multiple-documents", .error,
                en: "The file holds more than one YAML document (separated by ---). One file holds one document.",
                vi: "Tệp chứa nhiều hơn một tài liệu YAML (ngăn cách bởi ---). Mỗi tệp chỉ chứa một tài liệu.")
        case .nonScalarKey:
            DiagnosticCodeEntry(
                "non-scalar-key", .error,
                en: "A mapping key is a list or mapping. Keys are plain names.",
                vi: "Một khóa của ánh xạ lại là danh sách hoặc ánh xạ. Khóa phải là tên đơn giản.")
        case .undefinedAlias:
            DiagnosticCodeEntry(
                "undefined-alias", .error,
                en: "An alias (*name) refers to an anchor that is not defined before it.",
                vi: "Một alias (*tên) trỏ tới anchor chưa được định nghĩa trước nó.")
        case .unsupportedTag:
            DiagnosticCodeEntry(
                "unsupported-tag", .error,
                en:
                    "Explicit YAML tags (!!str, !custom) are not used in the catalog; each key's type is fixed by the format. Remove the tag.",
                vi:
                    "Danh mục không dùng thẻ YAML tường minh (!!str, !tự-đặt); kiểu của mỗi khóa do định dạng quy định. Hãy xóa thẻ."
            )
        case .controlCharacter:
            DiagnosticCodeEntry(
                "control-character", .error,
                en:
                    "A control character (other than tab, line feed and carriage return) is written raw in the file; YAML does not allow it. The position is the character's. Remove it.",
                vi:
                    "Một ký tự điều khiển (ngoài tab, xuống dòng và về đầu dòng) được viết trực tiếp trong tệp; YAML không cho phép. Vị trí là vị trí của ký tự đó. Hãy xóa nó."
            )
        case .combiningMarks:
            DiagnosticCodeEntry(
                "combining-marks", .error,
                en:
                    "A letter carries more than 30 combining marks in a row (Unicode's stream-safe limit, UAX #15). No Vietnamese text needs more than two; such text only slows every tool that compares it, so the file is not read. Write the letter in NFC.",
                vi:
                    "Một chữ mang hơn 30 dấu kết hợp liên tiếp (giới hạn an toàn luồng của Unicode, UAX #15). Không văn bản tiếng Việt nào cần quá hai dấu; văn bản như vậy chỉ làm chậm mọi công cụ so sánh nó, nên tệp không được đọc. Hãy viết chữ đó theo NFC."
            )
        case .unknownKey:
            DiagnosticCodeEntry(
                "unknown-key", .error,
                en:
                    "A key that this kind of entry does not have. The message lists the allowed keys and suggests the nearest one.",
                vi: "Khóa không có trong loại mục này. Thông báo liệt kê các khóa được phép và gợi ý khóa gần nhất.")
        case .missingKey:
            DiagnosticCodeEntry(
                "missing-key", .error,
                en: "A required key is missing from the entry. The position is the entry's mapping.",
                vi: "Mục thiếu một khóa bắt buộc. Vị trí là ánh xạ của mục đó.")
        case .wrongNodeType:
            DiagnosticCodeEntry(
                "wrong-node-type", .error,
                en:
                    "The value has the wrong shape: a list where a single value is expected, a text where a mapping is expected, and so on.",
                vi: "Giá trị sai dạng: danh sách ở chỗ cần một giá trị đơn, văn bản ở chỗ cần ánh xạ, v.v.")
        case .invalidValue:
            DiagnosticCodeEntry(
                "invalid-value", .error,
                en:
                    "The value is not one of the allowed values or does not have the required form. The message lists what is allowed.",
                vi:
                    "Giá trị không nằm trong các giá trị được phép hoặc không đúng dạng yêu cầu. Thông báo liệt kê các giá trị được phép."
            )
        case .ambiguousScalar:
            DiagnosticCodeEntry(
                "ambiguous-scalar", .error,
                en:
                    "A plain value that YAML 1.1 and YAML 1.2 read differently (yes/no/on/off, 010, 1_000). Write true/false, or quote the text.",
                vi:
                    "Giá trị không đặt trong ngoặc mà YAML 1.1 và YAML 1.2 đọc khác nhau (yes/no/on/off, 010, 1_000). Hãy viết true/false, hoặc đặt văn bản trong ngoặc kép."
            )
        case .invalidDate:
            DiagnosticCodeEntry(
                "invalid-date", .error,
                en: "A date that is not a real calendar date in the form YYYY-MM-DD.",
                vi: "Ngày không có thật theo lịch hoặc không viết theo dạng YYYY-MM-DD.")
        case .invalidTime:
            DiagnosticCodeEntry(
                "invalid-time", .error,
                en: "A time that is not HH:MM on a 24-hour clock.",
                vi: "Giờ không viết theo dạng HH:MM của đồng hồ 24 giờ.")
        case .invalidDuration:
            DiagnosticCodeEntry(
                "invalid-duration", .error,
                en:
                    "A duration that is not `N working days`, `N working hours`, `N days`, or `same day` (or their Vietnamese forms).",
                vi:
                    "Thời hạn không viết theo dạng `N working days`, `N working hours`, `N days` hoặc `same day` (hay dạng tiếng Việt tương ứng)."
            )
        case .emptyValue:
            DiagnosticCodeEntry(
                "empty-value", .error,
                en: "A key with no value (empty, ~ or null). Give it a value or remove the key.",
                vi: "Khóa không có giá trị (để trống, ~ hoặc null). Hãy điền giá trị hoặc xóa khóa.")
        case .duplicateDefinition:
            DiagnosticCodeEntry(
                "duplicate-definition", .error,
                en:
                    "The same id or procedure code is defined twice in the catalog. A note points at the first definition.",
                vi:
                    "Cùng một mã định danh hoặc mã thủ tục được định nghĩa hai lần trong danh mục. Ghi chú chỉ ra định nghĩa đầu tiên."
            )
        case .districtLevel:
            DiagnosticCodeEntry(
                "district-level", .error,
                en:
                    "The district level was abolished on 2025-07-01. Its powers moved to the commune (xã, phường) or the province.",
                vi:
                    "Cấp huyện đã chấm dứt hoạt động từ ngày 01/7/2025. Thẩm quyền đã chuyển về cấp xã (xã, phường) hoặc cấp tỉnh."
            )
        case .misplacedFile:
            DiagnosticCodeEntry(
                "misplaced-file", .error,
                en:
                    "A procedure file is not where its content says it belongs: procedures/<level>/<field>/<code>.yaml.",
                vi: "Tệp thủ tục không nằm đúng chỗ mà nội dung của nó quy định: procedures/<cấp>/<lĩnh vực>/<mã>.yaml."
            )
        case .invalidCode:
            DiagnosticCodeEntry(
                "invalid-code", .error,
                en:
                    "A procedure code must be a digit, a dot and six digits (1.001193), optionally followed by a dot and a suffix (1.001193.H11).",
                vi:
                    "Mã thủ tục phải gồm một chữ số, dấu chấm và sáu chữ số (1.001193), có thể thêm dấu chấm và hậu tố (1.001193.H11)."
            )
        case .unknownUnit:
            DiagnosticCodeEntry(
                "unknown-unit", .error,
                en:
                    "A reference to a unit or role that is not declared in units/. The message suggests the nearest declared one.",
                vi:
                    "Tham chiếu tới đơn vị hoặc chức danh chưa khai báo trong units/. Thông báo gợi ý tên đã khai báo gần nhất."
            )
        case .unknownField:
            DiagnosticCodeEntry(
                "unknown-field", .error,
                en: "A field (lĩnh vực) that is not declared in fields.yaml.",
                vi: "Lĩnh vực chưa được khai báo trong fields.yaml.")
        case .unknownLegalDocument:
            DiagnosticCodeEntry(
                "unknown-legal-document", .error,
                en: "A legal document id that is not declared in legal/.",
                vi: "Mã văn bản pháp luật chưa được khai báo trong legal/.")
        case .unknownForm:
            DiagnosticCodeEntry(
                "unknown-form", .error,
                en: "A form id that is not declared in forms/.",
                vi: "Mã biểu mẫu chưa được khai báo trong forms/.")
        case .unknownTemplate:
            DiagnosticCodeEntry(
                "unknown-template", .error,
                en: "A workflow template that has no file in templates/.",
                vi: "Mẫu quy trình không có tệp tương ứng trong templates/.")
        case .unknownProcedure:
            DiagnosticCodeEntry(
                "unknown-procedure", .error,
                en: "A called procedure code that is not in the catalog.",
                vi: "Mã thủ tục được gọi (liên thông) không có trong danh mục.")
        case .unknownStep:
            DiagnosticCodeEntry(
                "unknown-step", .error,
                en: "A workflow names a step (next, then, join, choice, may) that it does not define.",
                vi: "Quy trình nhắc tới một bước (next, then, join, choice, may) mà nó không định nghĩa.")
        case .unknownCondition:
            DiagnosticCodeEntry(
                "unknown-condition", .error,
                en: "A choice branches on a case fact that the procedure does not declare under conditions.",
                vi: "Một lựa chọn (choice) rẽ nhánh theo tình tiết hồ sơ mà thủ tục không khai báo trong conditions.")
        case .templateParameter:
            DiagnosticCodeEntry(
                "template-parameter", .error,
                en:
                    "A template parameter is missing from `with`, or `with` gives a parameter the template does not declare.",
                vi: "Thiếu một tham số của mẫu quy trình trong `with`, hoặc `with` có tham số mà mẫu không khai báo.")
        case .unreachableStep:
            DiagnosticCodeEntry(
                "unreachable-step", .error,
                en:
                    "No path from the workflow's start leads to this step. Connect it (next, then, a choice or an exit) or remove it.",
                vi:
                    "Không có đường nào từ bước bắt đầu dẫn tới bước này. Hãy nối nó (next, then, choice hoặc lối ra) hoặc xóa nó."
            )
        case .deadEnd:
            DiagnosticCodeEntry(
                "dead-end", .error,
                en:
                    "From this step no path leads to an end (issued, refused, withdrawn): the case would stop or loop for ever without a result.",
                vi:
                    "Từ bước này không có đường tới bước kết thúc (issued, refused, withdrawn): hồ sơ sẽ dừng hoặc quay vòng mãi mà không có kết quả."
            )
        case .forkJoin:
            DiagnosticCodeEntry(
                "fork-join", .error,
                en:
                    "A parallel step is not well formed: each branch must be a chain of tasks, waits and calls that ends (a step with no next, or next: the join) without sharing steps with another branch, so the join always comes.",
                vi:
                    "Bước song song không đúng dạng: mỗi nhánh phải là một chuỗi việc, chờ và gọi thủ tục, kết thúc (bước không có next, hoặc next là bước hợp nhánh) và không dùng chung bước với nhánh khác, để bước hợp nhánh luôn đến."
            )
        case .oneStopShape:
            DiagnosticCodeEntry(
                "one-stop-shape", .error,
                en:
                    "One-stop rule (Decree 118/2025): a dossier is received, and its result returned, at a Public Administration Service Center. The first step and every issuing end must be done by a service centre.",
                vi:
                    "Quy định một cửa (Nghị định 118/2025): hồ sơ được tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công. Bước đầu tiên và mọi bước trả kết quả phải do trung tâm thực hiện."
            )
        case .levelMismatch:
            DiagnosticCodeEntry(
                "level-mismatch", .error,
                en:
                    "A procedure at one level is decided by a unit of the other level. Only an inter-level procedure (inter_level) may be received at one level and decided at the other.",
                vi:
                    "Thủ tục ở một cấp lại do đơn vị của cấp kia quyết định. Chỉ thủ tục liên thông giữa các cấp (inter_level) mới được tiếp nhận ở cấp này và quyết định ở cấp kia."
            )
        case .districtReference:
            DiagnosticCodeEntry(
                "district-reference", .error,
                en:
                    "The district level was abolished on 2025-07-01; its powers moved to the commune (xã, phường) or the province. Name the commune or provincial unit instead.",
                vi:
                    "Cấp huyện đã chấm dứt hoạt động từ ngày 01/7/2025; thẩm quyền đã chuyển về cấp xã (xã, phường) hoặc cấp tỉnh. Hãy ghi đơn vị cấp xã hoặc cấp tỉnh."
            )
        case .deadlineBudget:
            DiagnosticCodeEntry(
                "deadline-budget", .error,
                en:
                    "The longest path of step budgets (parallel branches count as their longest; waits on the applicant are excluded; working days and hours converted soundly) does not fit the statutory deadline. Shorten the budgets or correct the deadline.",
                vi:
                    "Đường dài nhất của thời gian các bước (nhánh song song tính nhánh dài nhất; không tính thời gian chờ người nộp; ngày và giờ làm việc được quy đổi chặt chẽ) vượt thời hạn giải quyết. Hãy rút ngắn thời gian các bước hoặc sửa thời hạn."
            )
        case .callCycle:
            DiagnosticCodeEntry(
                "call-cycle", .error,
                en: "Interconnected procedures call each other in a cycle (A -> B -> A); a case could never finish.",
                vi: "Các thủ tục liên thông gọi nhau thành vòng (A -> B -> A); hồ sơ sẽ không bao giờ kết thúc.")
        case .unboundedBudget:
            DiagnosticCodeEntry(
                "unbounded-budget", .warning,
                en:
                    "The main flow loops (not through a supplement or payment exit), so its time budget has no upper bound and cannot be checked against the deadline.",
                vi:
                    "Luồng chính quay vòng (không phải qua lối bổ sung hồ sơ hay nộp phí), nên không giới hạn được tổng thời gian để so với thời hạn."
            )
        case .legalBasisNotInForce:
            DiagnosticCodeEntry(
                "legal-basis-not-in-force", .error,
                en:
                    "A cited legal document is not in force on the procedure's effective date: not yet effective, expired, or replaced (the message names its successor).",
                vi:
                    "Văn bản được viện dẫn không còn hoặc chưa có hiệu lực vào ngày có hiệu lực của thủ tục: chưa có hiệu lực, hết hiệu lực, hoặc đã bị thay thế (thông báo nêu văn bản thay thế)."
            )
        case .missingHandOff:
            DiagnosticCodeEntry(
                "missing-hand-off", .error,
                en:
                    "An inter-level procedure must really pass between levels: some step hands the dossier (to:) from a unit of one level to a unit of the other.",
                vi:
                    "Thủ tục liên thông giữa các cấp phải thật sự chuyển hồ sơ giữa các cấp: có bước chuyển hồ sơ (to:) từ đơn vị cấp này sang đơn vị cấp kia."
            )
        case .reversedPeriod:
            DiagnosticCodeEntry(
                "reversed-period", .error,
                en:
                    "A dated value ends before it starts: its `until` is earlier than its `from` (or a document's `expires` than its `effective`). Swap or correct the dates.",
                vi:
                    "Giá trị theo thời gian kết thúc trước khi bắt đầu: `until` sớm hơn `from` (hoặc `expires` của văn bản sớm hơn `effective`). Hãy đổi chỗ hoặc sửa lại ngày."
            )
        case .overlappingPeriod:
            DiagnosticCodeEntry(
                "overlapping-period", .error,
                en:
                    "Two rows of the same name (two fees, two dossier components) apply on the same day, or two versions of a procedure start on the same date, or a version starts on or before the procedure's `effective`. On any date one value must hold: end the first (`until`) the day before the second starts (`from`).",
                vi:
                    "Hai dòng cùng tên (hai khoản phí, hai thành phần hồ sơ) cùng áp dụng trong một ngày, hoặc hai phiên bản của thủ tục bắt đầu cùng ngày, hoặc một phiên bản bắt đầu không sau ngày `effective` của thủ tục. Mỗi ngày chỉ được có một giá trị: cho dòng trước kết thúc (`until`) vào ngày liền trước ngày dòng sau bắt đầu (`from`)."
            )
        case .replacedByCycle:
            DiagnosticCodeEntry(
                "replaced-by-cycle", .error,
                en:
                    "Legal documents name each other in `replaced_by` (or `replaces`) in a cycle (A -> B -> A), so no document is ever the one in force. Correct the chain.",
                vi:
                    "Các văn bản pháp luật dẫn nhau trong `replaced_by` (hoặc `replaces`) thành vòng (A -> B -> A), nên không văn bản nào là văn bản đang có hiệu lực. Hãy sửa lại chuỗi thay thế."
            )
        case .dateOutOfRange:
            DiagnosticCodeEntry(
                "date-out-of-range", .error,
                en:
                    "A dated value's `from` or `until`, or a version's `from`, lies outside the catalog's range: before its effective date (catalog.yaml) or after the last year its calendar knows (calendar/), where no deadline can be counted. Correct the date or add the year's calendar.",
                vi:
                    "Ngày `from` hoặc `until` của một giá trị, hoặc `from` của một phiên bản, nằm ngoài phạm vi của danh mục: trước ngày danh mục có hiệu lực (catalog.yaml) hoặc sau năm cuối cùng có lịch (calendar/), khi đó không tính được thời hạn. Hãy sửa ngày hoặc bổ sung lịch của năm đó."
            )
        }
    }

    /// A short, stable name (used in JSON output and docs).
    public var name: String { entry.name }
    public var defaultSeverity: Severity { entry.severity }
    /// What the problem is and what to do about it, for docs/diagnostics.md and `--explain`.
    public var explanation: String { entry.explanation.en }
    /// `explanation` in Vietnamese, for policy staff (`--lang vi`: SARIF rule metadata, docs).
    public var explanationVi: String { entry.explanation.vi }
}

/// A code's row: its name, default severity and explanation in both languages.
public struct DiagnosticCodeEntry: Sendable {
    public var name: String
    public var severity: Severity
    public var explanation: Localized

    init(_ name: String, _ severity: Severity, en: String, vi: String) {
        self.name = name
        self.severity = severity
        self.explanation = Localized(en, vi: vi)
    }
}
