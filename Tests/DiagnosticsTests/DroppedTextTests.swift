import Diagnostics
import Foundation
import Testing

/// `check` lets a clean file's text go once it is decoded and reads again the files its report
/// quotes: the text comes back only if the file still holds what was checked.
@Suite struct DroppedTextTests {
    func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "dropped-\(UUID().uuidString).yaml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anUnchangedFileIsReadAgain() throws {
        let path = try temporaryFile("code: 1.001193\nname: Đăng ký khai sinh\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = SourceText(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let dropped = source.withoutText()
        #expect(dropped.isWithoutText)
        #expect(dropped.bytes.isEmpty)
        #expect(dropped.fileNumber == source.fileNumber)
        let back = dropped.reread()
        #expect(!back.isWithoutText)
        #expect(back.bytes == source.bytes)
        #expect(back.lineText(2) == "name: Đăng ký khai sinh")
    }

    @Test(arguments: [
        "code: 1.001193\nname: Đăng ký khai sinh!\n",  // longer
        "code: 1.001193\nname: Đăng ký khai tử\n",  // another word
        "code: 1.001194\nname: Đăng ký khai sinh\n",  // one byte changed, same length
    ])
    func aChangedFileIsNotQuoted(_ edited: String) throws {
        let path = try temporaryFile("code: 1.001193\nname: Đăng ký khai sinh\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let dropped = SourceText(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            .withoutText()
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        #expect(dropped.reread().isWithoutText)
        try FileManager.default.removeItem(atPath: path)
        #expect(dropped.reread().isWithoutText)  // gone: still no text, no crash
    }

    @Test func onlyTheQuotedFilesAreReadAgain() throws {
        let quoted = try temporaryFile("a: 1\n")
        let clean = try temporaryFile("b: 2\n")
        defer {
            try? FileManager.default.removeItem(atPath: quoted)
            try? FileManager.default.removeItem(atPath: clean)
        }
        let sources = [
            quoted: SourceText(path: quoted, bytes: Array("a: 1\n".utf8)).withoutText(),
            clean: SourceText(path: clean, bytes: Array("b: 2\n".utf8)).withoutText(),
        ]
        let finding = Diagnostic(.unknownKey, Localized("unknown key", vi: "khóa lạ"), at: .wholeFile(quoted))
        // A report takes the files it quotes, by the names it shows them under.
        let read = PathDisplay(workingDirectory: "/elsewhere").apply(to: sources, quotedBy: [finding])
        #expect(read.count == 1)
        #expect(read[quoted]?.isWithoutText == false)
        #expect(read[quoted]?.lineText(1) == "a: 1")
        #expect(read[clean] == nil)
    }
}
