import Diagnostics

/// What a command says on its way without stopping on a failure: the error behind a verdict
/// (exit 1), a note, what it did. One case per message with the data it shows, English and
/// Vietnamese side by side, as `CommandMessage` does for a command that stops; `Console.say`
/// prints one in the run's language behind the prefix of its kind.
enum CommandNotice: DiagnosticMessage {
    case noOfficialDecision(year: Int)
    case restsOnEstimatedYears(String, first: Int)
    case procedureHasErrors(String, root: String)
    case firstWorkflowOnly(String, changesFrom: String)
    case notACatalogFile(String)
    case invalidLintConfiguration(String)
    case rowsNotComputed(Int)
    case wroteSchemas(Int, to: String)
    case createdProcedure(String)
    case compiled(Int, to: String, bytes: Int, hash: String, tight: Int)
    case fixed(problems: Int, files: Int)
    case wroteBaseline(findings: Int, to: String)

    func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .noOfficialDecision(let year):
            return vi
                ? "năm \(year) chưa có quyết định chính thức trong danh mục (--require-official); `tthc holidays \(year) --draft` in ra tệp cần điền"
                : "\(year) has no official decision in the catalog (--require-official); `tthc holidays \(year) --draft` prints a file to fill in"
        case .restsOnEstimatedYears(let years, let first):
            return vi
                ? "kết quả dựa trên năm \(years), chưa có quyết định chính thức trong danh mục (--require-official); bổ sung tệp calendar/\(first).yaml"
                : "the answer rests on \(years), a year with no official decision in the catalog (--require-official); add calendar/\(first).yaml"
        case .procedureHasErrors(let code, let root):
            return vi
                ? "thủ tục \(code) có lỗi; hãy chạy `tthc check --lang vi \(root)`"
                : "procedure \(code) has errors; run `tthc check \(root)`"
        case .firstWorkflowOnly(let code, let dates):
            return vi
                ? "đây là quy trình ban đầu của \(code); quy trình thay đổi từ \(dates); --at NGÀY vẽ quy trình có hiệu lực vào ngày đó"
                : "this is the first workflow of \(code); it changes from \(dates); --at DATE draws the one in force on a date"
        case .notACatalogFile(let path):
            return vi ? "\(path) không phải tệp của danh mục; bỏ qua" : "\(path) is not a catalog file; skipped"
        case .invalidLintConfiguration(let path):
            return vi ? "cấu hình lint \(path) không hợp lệ" : "the lint configuration \(path) is invalid"
        case .rowsNotComputed(let count):
            return vi
                ? "\(count) dòng không tính được (xem cột error)"
                : "\(count) row\(count == 1 ? "" : "s") could not be computed (see the error column)"
        case .wroteSchemas(let count, let folder):
            return vi ? "Đã ghi \(count) lược đồ vào \(folder)" : "Wrote \(count) schemas to \(folder)"
        case .createdProcedure(let path):
            return vi
                ? "Đã tạo \(path); điền các chỗ TODO rồi chạy: tthc check \(path)"
                : "Created \(path); fill in each TODO, then run: tthc check \(path)"
        case .compiled(let count, let output, let bytes, let hash, let tight):
            return vi
                ? "đã biên dịch \(count) thủ tục vào \(output) (\(bytes) byte, \(hash)); \(tight) thủ tục dư dưới 0,1 ngày làm việc"
                : "compiled \(count) procedures to \(output) (\(bytes) bytes, \(hash)); \(tight) with under 0.1 working day of slack"
        case .fixed(let problems, let files):
            return vi
                ? "Đã sửa \(problems) chỗ trong \(files) tệp."
                : "Fixed \(problems) \(problems == 1 ? "problem" : "problems") in \(files) \(files == 1 ? "file" : "files")."
        case .wroteBaseline(let findings, let path):
            return vi
                ? "Đã ghi \(findings) phát hiện vào \(path)."
                : "Wrote \(findings) \(findings == 1 ? "finding" : "findings") to \(path)."
        }
    }
}

extension Console {
    /// How a notice is introduced: `tthc: error:`, `tthc: note:`, `tthc:`, or not at all.
    enum NoticeKind {
        case error, note, tool, bare

        func prefix(_ language: MessageLanguage) -> String {
            switch (self, language) {
            case (.error, .en): "tthc: error: "
            case (.error, .vi): "tthc: lỗi: "
            case (.note, .en): "tthc: note: "
            case (.note, .vi): "tthc: lưu ý: "
            case (.tool, _): "tthc: "
            case (.bare, _): ""
            }
        }
    }

    /// `notice` in `language` on standard error (standard output with `toOutput`), one line.
    static func say(
        _ notice: CommandNotice, as kind: NoticeKind, in language: MessageLanguage, toOutput: Bool = false
    ) {
        let line = kind.prefix(language) + notice.text(language) + "\n"
        toOutput ? out(line) : err(line)
    }
}
