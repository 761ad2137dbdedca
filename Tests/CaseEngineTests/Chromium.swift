import Foundation

/// Headless Chromium from the distribution's packages (Debian `chromium`), for the tests that
/// print forms to PDF and photograph the report. Tests that need it are skipped, with a message
/// saying so, where it is not installed; CI installs it (`.ci/run`).
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { path != nil }

    static let skipMessage = "headless Chromium is not installed (apt-get install chromium): skipped"

    /// Runs Chromium headless with `arguments` and the page; returns its exit status and stderr.
    @discardableResult
    static func run(_ arguments: [String], page: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=\(page.deletingLastPathComponent().appendingPathComponent("chromium-profile").path)",
            ]
            + arguments + [page.absoluteString]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// Where tests keep what a person should look at (screenshots, PDFs): `.build/test-artifacts`.
    static var artifactsFolder: URL {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent(".build/test-artifacts")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
