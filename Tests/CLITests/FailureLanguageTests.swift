import TTHCRunner
import Testing

/// A command stops in the language of its run: the message is a typed value rendered only when
/// printed, so a failure raised deep in a helper (pairing --output, reading a baseline, writing a
/// file) speaks Vietnamese under `--lang vi` like the catalog's own messages, prefix included.
@Suite struct FailureLanguageTests {
    /// A one-procedure catalog, so the run reaches its failure quickly.
    static let small = "Tests/CatalogModelTests/Fixtures/base"

    @Test(arguments: [
        (
            ["lint", Self.small, "--lang", "vi", "--output", "/tmp/a", "--output", "/tmp/b"],
            "tthc: lỗi: có nhiều tệp --output nhưng không có --format cho chúng\n"
        ),
        (
            ["lint", Self.small, "--lang", "vi", "--baseline", "/nonexistent/baseline.json"],
            "tthc: lỗi: không đọc được tệp baseline /nonexistent/baseline.json\n"
        ),
        (
            ["graph", Self.small, "--lang", "vi", "--at", "2026-02-30"],
            "tthc: lỗi: --at 2026-02-30: ngày không tồn tại 2026-02-30: tháng 2 năm 2026 có 28 ngày\n"
        ),
        (
            ["compile", Self.small, "--lang", "vi", "-o", "/"],
            "tthc: lỗi: không ghi vào /: đó là một thư mục\n"
        ),
        (
            ["compile", Self.small, "-o", "/"],
            "tthc: error: will not write /: it is a folder\n"
        ),
    ])
    func failsInTheRunsLanguage(arguments: [String], expected: String) {
        let run = TTHCRunner.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr == expected)
    }
}
