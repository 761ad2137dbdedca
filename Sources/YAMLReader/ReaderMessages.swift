import Diagnostics

// What the reader says, one type per message, English and Vietnamese side by side.

struct ByteOrderMark: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM"
        case .vi: "tệp bắt đầu bằng dấu thứ tự byte (BOM); hãy lưu tệp dạng UTF-8 không có BOM"
        }
    }
}

struct RemoveByteOrderMark: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "remove the byte order mark"
        case .vi: "xóa dấu thứ tự byte"
        }
    }
}

struct InvalidUTF8Byte: DiagnosticMessage {
    let byte: UInt8

    func text(_ language: MessageLanguage) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return switch language {
        case .en: "invalid UTF-8 byte 0x\(hex); save the file as UTF-8"
        case .vi: "byte 0x\(hex) không hợp lệ trong UTF-8; hãy lưu tệp dạng UTF-8"
        }
    }
}

struct TabCharacter: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "tab character; use spaces for indentation and inside values"
        case .vi: "ký tự tab; hãy dùng dấu cách để thụt lề và trong giá trị"
        }
    }
}

struct ReplaceTabs: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "replace the tabs with spaces"
        case .vi: "thay các tab bằng dấu cách"
        }
    }
}

struct WindowsLineEnds: DiagnosticMessage {
    let lines: Int

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en:
            "the file uses Windows line ends (CRLF) on \(lines) \(lines == 1 ? "line" : "lines"); save it with LF line ends"
        case .vi: "tệp dùng kiểu xuống dòng Windows (CRLF) ở \(lines) dòng; hãy lưu tệp với kiểu xuống dòng LF"
        }
    }
}

struct RemoveCarriageReturn: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "remove the carriage return"
        case .vi: "xóa ký tự về đầu dòng (CR)"
        }
    }
}

struct TooManyCombiningMarks: DiagnosticMessage {
    let limit: Int

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "more than \(limit) combining marks in a row (Unicode's stream-safe limit); the file is not read"
        case .vi: "hơn \(limit) dấu kết hợp liên tiếp (giới hạn an toàn luồng của Unicode); tệp không được đọc"
        }
    }
}

struct ControlCharacter: DiagnosticMessage {
    /// As Unicode writes it: U+0007.
    let codePoint: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "control character \(codePoint) in the file; YAML does not allow it raw"
        case .vi: "ký tự điều khiển \(codePoint) trong tệp; YAML không cho phép viết trực tiếp"
        }
    }
}

struct FileTooLarge: DiagnosticMessage {
    let bytes: Int
    let limit: Int

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "the file is \(bytes) bytes, larger than the limit of \(limit) bytes; split it"
        case .vi: "tệp có \(bytes) byte, vượt giới hạn \(limit) byte; hãy tách tệp"
        }
    }
}

struct EmptyFile: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "the file is empty: it holds no YAML document"
        case .vi: "tệp trống: không có tài liệu YAML nào"
        }
    }
}

struct TopLevelNotMapping: DiagnosticMessage {
    /// What the node is (a list, a text), in both languages.
    let found: Localized

    init(found node: YAMLNode) {
        found = Localized(node.kindDescription, vi: node.kindDescriptionVi)
    }

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en:
            "the top level of the file is \(found.en); a catalog file is a mapping of keys (for example `code: 1.001193`)"
        case .vi:
            "cấp ngoài cùng của tệp là \(found.vi); một tệp danh mục phải là ánh xạ các khóa (ví dụ `code: 1.001193`)"
        }
    }
}

struct ParserNotAllocated: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "libyaml could not allocate a parser"
        case .vi: "libyaml không cấp phát được bộ đọc"
        }
    }
}

struct SecondDocument: DiagnosticMessage {
    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "a second YAML document starts here; one file holds one document"
        case .vi: "tài liệu YAML thứ hai bắt đầu ở đây; mỗi tệp chỉ chứa một tài liệu"
        }
    }
}

struct RecursiveAlias: DiagnosticMessage {
    let name: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "alias *\(name) refers to a node that contains it; it would expand forever"
        case .vi: "bí danh *\(name) trỏ tới một nút chứa chính nó; nó sẽ được mở rộng mãi mãi"
        }
    }
}

struct AnchorDefinedHere: DiagnosticMessage {
    let name: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "anchor &\(name) is defined here"
        case .vi: "neo &\(name) được định nghĩa ở đây"
        }
    }
}

struct UndefinedAlias: DiagnosticMessage {
    let name: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "alias *\(name) refers to no anchor defined before it"
        case .vi: "bí danh *\(name) không trỏ tới neo nào được định nghĩa trước nó"
        }
    }
}

struct NestingTooDeep: DiagnosticMessage {
    let limit: Int

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "nesting is deeper than \(limit) levels; no catalog entry needs this"
        case .vi: "lồng nhau sâu hơn \(limit) cấp; không mục nào của danh mục cần như vậy"
        }
    }
}

struct AliasBudgetExceeded: DiagnosticMessage {
    let limit: Int

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "anchors and aliases expand to more than \(limit) nodes; the file is rejected without expanding it"
        case .vi: "neo và bí danh mở rộng thành hơn \(limit) nút; tệp bị từ chối mà không mở rộng"
        }
    }
}

struct NonScalarKey: DiagnosticMessage {
    /// What the node is (a list, a text), in both languages.
    let found: Localized

    init(found node: YAMLNode) {
        found = Localized(node.kindDescription, vi: node.kindDescriptionVi)
    }

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "a mapping key must be a plain name, not \(found.en)"
        case .vi: "khóa của ánh xạ phải là một tên đơn giản, không phải \(found.vi)"
        }
    }
}

struct DuplicateKey: DiagnosticMessage {
    let key: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "duplicate key \"\(key)\"; keep only one"
        case .vi: "khóa \"\(key)\" bị trùng; chỉ giữ lại một"
        }
    }
}

struct KeyFirstDefinedHere: DiagnosticMessage {
    let key: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "\"\(key)\" is first defined here"
        case .vi: "\"\(key)\" được định nghĩa lần đầu ở đây"
        }
    }
}

struct UnusedAnchor: DiagnosticMessage {
    let name: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "anchor &\(name) is never used; remove it"
        case .vi: "neo &\(name) không được dùng ở đâu; hãy xóa nó"
        }
    }
}

struct UnsupportedTag: DiagnosticMessage {
    let tag: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "explicit tag \(tag) is not used in the catalog; remove it"
        case .vi: "danh mục không dùng thẻ tường minh \(tag); hãy xóa nó"
        }
    }
}

/// libyaml's own error, with its context and a hint for the two problems authors meet most.
struct YAMLSyntaxError: DiagnosticMessage {
    let problem: String
    /// libyaml's context ("while parsing a block mapping") and where it started.
    let context: (text: String, line: Int, column: Int)?

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en:
            "YAML syntax error: \(problem)"
                + (context.map { " (\($0.text) at line \($0.line), column \($0.column))" } ?? "") + hint(language)
        case .vi:
            "lỗi cú pháp YAML: \(LibYAMLVietnamese.text(problem))"
                + (context.map { " (\(LibYAMLVietnamese.text($0.text)) ở dòng \($0.line), cột \($0.column))" } ?? "")
                + hint(language)
        }
    }

    private func hint(_ language: MessageLanguage) -> String {
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
