import Foundation
import Testing

@testable import CatalogModel

/// The walk lists a folder's files by their names as written, however many and however long:
/// a `dirent` is only as long as its name, and the last one in readdir's buffer ends with it
/// (AddressSanitizer, in CI, holds the walk to reading no further).
struct DirectoryWalkerTests {
    @Test func manyFilesWithLongNamesAreListedExactly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("procedures")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Up to 250 bytes a name (the limit is 255), Vietnamese letters two and three bytes each.
        let stem = String(repeating: "thủ-tục-đăng-ký-", count: 12)
        var expected: [String] = []
        for i in 0..<3_000 {
            let name = String(decoding: stem.utf8.prefix(230 - i % 40), as: UTF8.self) + "-\(i).yaml"
            guard name.utf8.count <= 250 else { continue }
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
            expected.append("procedures/" + name)
        }
        FileManager.default.createFile(atPath: folder.appendingPathComponent(".hidden.yaml").path, contents: Data())
        let walk = try #require(DirectoryWalker.walk(root: root.path))
        #expect(walk.files.count == expected.count)
        #expect(walk.files == expected.sorted())
        #expect(walk.problems.isEmpty)
    }
}
