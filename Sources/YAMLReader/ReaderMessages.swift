import Diagnostics

/// What the reader says: one case per message, carrying the data it shows, with its English and
/// Vietnamese side by side.
enum ReaderMessage: DiagnosticMessage {
    case byteOrderMark
    case removeByteOrderMark
    case invalidUTF8Byte(byte: UInt8)
    case tabCharacter
    case replaceTabs
    case windowsLineEnds(lines: Int)
    case removeCarriageReturn
    case tooManyCombiningMarks(limit: Int)
    /// `codePoint` as Unicode writes it: U+0007.
    case controlCharacter(codePoint: String)
    case fileTooLarge(bytes: Int, limit: Int)
    case emptyFile
    /// `found`: the node, named by its kind (a list, a text).
    case topLevelNotMapping(found: YAMLNode.Kind)
    case parserNotAllocated
    case secondDocument
    case recursiveAlias(name: String)
    case anchorDefinedHere(name: String)
    case undefinedAlias(name: String)
    case nestingTooDeep(limit: Int)
    case aliasBudgetExceeded(limit: Int)
    case nonScalarKey(found: YAMLNode.Kind)
    case duplicateKey(key: String)
    case keyFirstDefinedHere(key: String)
    case unusedAnchor(name: String)
    case unsupportedTag(tag: String)
    /// libyaml's own error, with its context and a hint for the two problems authors meet most.
    /// `context`: libyaml's context ("while parsing a block mapping") and where it started.
    case yamlSyntaxError(problem: String, context: (text: String, line: Int, column: Int)?)

    func text(_ language: MessageLanguage) -> String {
        switch self {
        case .byteOrderMark:
            switch language {
            case .en: "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM"
            case .vi: "tệp bắt đầu bằng dấu thứ tự byte (BOM); hãy lưu tệp dạng UTF-8 không có BOM"
            }
        case .removeByteOrderMark:
            switch language {
            case .en: "remove the byte order mark"
            case .vi: "xóa dấu thứ tự byte"
            }
        case .invalidUTF8Byte(let byte):
            switch language {
            case .en: "invalid UTF-8 byte 0x\(hex(byte)); save the file as UTF-8"
            case .vi: "byte 0x\(hex(byte)) không hợp lệ trong UTF-8; hãy lưu tệp dạng UTF-8"
            }
        case .tabCharacter:
            switch language {
            case .en: "tab character; use spaces for indentation and inside values"
            case .vi: "ký tự tab; hãy dùng dấu cách để thụt lề và trong giá trị"
            }
        case .replaceTabs:
            switch language {
            case .en: "replace the tabs with spaces"
            case .vi: "thay các tab bằng dấu cách"
            }
        case .windowsLineEnds(let lines):
            switch language {
            case .en:
                "the file uses Windows line ends (CRLF) on \(English.count(lines, "line")); save it with LF line ends"
            case .vi: "tệp dùng kiểu xuống dòng Windows (CRLF) ở \(lines) dòng; hãy lưu tệp với kiểu xuống dòng LF"
            }
        case .removeCarriageReturn:
            switch language {
            case .en: "remove the carriage return"
            case .vi: "xóa ký tự về đầu dòng (CR)"
            }
        case .tooManyCombiningMarks(let limit):
            switch language {
            case .en: "more than \(limit) combining marks in a row (Unicode's stream-safe limit); the file is not read"
            case .vi: "hơn \(limit) dấu kết hợp liên tiếp (giới hạn an toàn luồng của Unicode); tệp không được đọc"
            }
        case .controlCharacter(let codePoint):
            switch language {
            case .en: "control character \(codePoint) in the file; YAML does not allow it raw"
            case .vi: "ký tự điều khiển \(codePoint) trong tệp; YAML không cho phép viết trực tiếp"
            }
        case .fileTooLarge(let bytes, let limit):
            switch language {
            case .en: "the file is \(bytes) bytes, larger than the limit of \(limit) bytes; split it"
            case .vi: "tệp có \(bytes) byte, vượt giới hạn \(limit) byte; hãy tách tệp"
            }
        case .emptyFile:
            switch language {
            case .en: "the file is empty: it holds no YAML document"
            case .vi: "tệp trống: không có tài liệu YAML nào"
            }
        case .topLevelNotMapping(let found):
            switch language {
            case .en:
                "the top level of the file is \(found.kindDescription); a catalog file is a mapping of keys (for example `code: 1.001193`)"
            case .vi:
                "cấp ngoài cùng của tệp là \(found.kindDescriptionVi); một tệp danh mục phải là ánh xạ các khóa (ví dụ `code: 1.001193`)"
            }
        case .parserNotAllocated:
            switch language {
            case .en: "libyaml could not allocate a parser"
            case .vi: "libyaml không cấp phát được bộ đọc"
            }
        case .secondDocument:
            switch language {
            case .en: "a second YAML document starts here; one file holds one document"
            case .vi: "tài liệu YAML thứ hai bắt đầu ở đây; mỗi tệp chỉ chứa một tài liệu"
            }
        case .recursiveAlias(let name):
            switch language {
            case .en: "alias *\(name) refers to a node that contains it; it would expand forever"
            case .vi: "bí danh *\(name) trỏ tới một nút chứa chính nó; nó sẽ được mở rộng mãi mãi"
            }
        case .anchorDefinedHere(let name):
            switch language {
            case .en: "anchor &\(name) is defined here"
            case .vi: "neo &\(name) được định nghĩa ở đây"
            }
        case .undefinedAlias(let name):
            switch language {
            case .en: "alias *\(name) refers to no anchor defined before it"
            case .vi: "bí danh *\(name) không trỏ tới neo nào được định nghĩa trước nó"
            }
        case .nestingTooDeep(let limit):
            switch language {
            case .en: "nesting is deeper than \(limit) levels; no catalog entry needs this"
            case .vi: "lồng nhau sâu hơn \(limit) cấp; không mục nào của danh mục cần như vậy"
            }
        case .aliasBudgetExceeded(let limit):
            switch language {
            case .en:
                "anchors and aliases expand to more than \(limit) nodes; the file is rejected without expanding it"
            case .vi: "neo và bí danh mở rộng thành hơn \(limit) nút; tệp bị từ chối mà không mở rộng"
            }
        case .nonScalarKey(let found):
            found.wrongKind(
                Localized("a mapping key", vi: "khóa của ánh xạ"),
                mustBe: Localized("a plain name", vi: "một tên đơn giản"), language)
        case .duplicateKey(let key):
            switch language {
            case .en: "duplicate key \"\(key)\"; keep only one"
            case .vi: "khóa \"\(key)\" bị trùng; chỉ giữ lại một"
            }
        case .keyFirstDefinedHere(let key):
            switch language {
            case .en: "\"\(key)\" is first defined here"
            case .vi: "\"\(key)\" được định nghĩa lần đầu ở đây"
            }
        case .unusedAnchor(let name):
            switch language {
            case .en: "anchor &\(name) is never used; remove it"
            case .vi: "neo &\(name) không được dùng ở đâu; hãy xóa nó"
            }
        case .unsupportedTag(let tag):
            switch language {
            case .en: "explicit tag \(tag) is not used in the catalog; remove it"
            case .vi: "danh mục không dùng thẻ tường minh \(tag); hãy xóa nó"
            }
        case .yamlSyntaxError(let problem, let context):
            switch language {
            case .en:
                "YAML syntax error: \(problem)"
                    + (context.map { " (\($0.text) at line \($0.line), column \($0.column))" } ?? "")
                    + syntaxHint(problem, language)
            case .vi:
                "lỗi cú pháp YAML: \(LibYAMLVietnamese.text(problem))"
                    + (context.map { " (\(LibYAMLVietnamese.text($0.text)) ở dòng \($0.line), cột \($0.column))" } ?? "")
                    + syntaxHint(problem, language)
            }
        }
    }

    private func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true) }

    /// A hint for the two syntax errors authors meet most.
    private func syntaxHint(_ problem: String, _ language: MessageLanguage) -> String {
        if problem.contains("mapping values are not allowed") {
            return language == .vi
                ? "; giá trị có chứa \": \" phải được đặt trong dấu nháy" : "; a value containing \": \" must be quoted"
        }
        if problem.contains("cannot start any token") {
            return language == .vi
                ? "; hãy đặt giá trị trong dấu nháy nếu nó bắt đầu bằng ký tự đặc biệt"
                : "; quote the value if it starts with a special character"
        }
        return ""
    }
}
