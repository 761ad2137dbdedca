import Foundation
import Testing

/// The one golden-file comparison of the suite (actionlint's `.out` files: a missing one fails).
///
/// `actual` is compared byte for byte with the file (not with String `==`, which takes NFC and
/// decomposed text as equal). A missing or unreadable golden file fails the test; with
/// `TTHC_UPDATE_GOLDEN=1` the file is written instead, for review in the diff.
public enum Golden {
    public static var updating: Bool { ProcessInfo.processInfo.environment["TTHC_UPDATE_GOLDEN"] == "1" }

    /// The golden file `relative` to the folder of the calling test file (the source tree, so
    /// updates land in git).
    public static func url(_ relative: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(relative).standardizedFileURL
    }

    /// Compares with the golden file `relative` to the calling test file's folder.
    public static func expect(
        _ actual: String, matches relative: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expect(actual, matchesFileAt: url(relative, filePath: filePath), sourceLocation: sourceLocation)
    }

    public static func expect(
        _ actual: String, matchesFileAt url: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if updating {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("cannot write the golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "the golden file \(url.path) is missing or unreadable; create it with TTHC_UPDATE_GOLDEN=1 swift test and review it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = [UInt8](data)
        if Array(actual.utf8) != expected {
            Issue.record(
                """
                \(url.lastPathComponent) differs from the output; if the change is intended, rerun with TTHC_UPDATE_GOLDEN=1 and review the diff
                --- expected
                \(String(decoding: expected, as: UTF8.self))
                --- actual
                \(actual)
                """, sourceLocation: sourceLocation)
        }
    }
}
