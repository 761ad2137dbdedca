import Diagnostics
import Foundation
import GoldenFiles
import Testing

@Suite struct ReporterTests {
    let source = SourceText(path: "p.yaml", bytes: Array("code: 1.001193\nnmae: Đăng ký khai sinh\n".utf8))

    var diagnostic: Diagnostic {
        let start = SourceLocation(line: 2, column: 1, offset: 15)
        let end = SourceLocation(line: 2, column: 5, offset: 19)
        return Diagnostic(
            .unknownKey,
            Localized(
                "unknown key \"nmae\"; did you mean \"name\"?", vi: "unknown key \"nmae\"; did you mean \"name\"?"),
            at: SourceRange(file: "p.yaml", start: start, end: end),
            notes: [
                DiagnosticNote(
                    Localized("the entry starts here", vi: "the entry starts here"),
                    at: SourceRange(
                        file: "p.yaml", start: SourceLocation(line: 1, column: 1, offset: 0),
                        end: SourceLocation(line: 1, column: 5, offset: 4)))
            ])
    }

    @Test func textShowsTheLineAndACaretUnderTheRange() {
        let text = TextReporter(useColor: false).render([diagnostic], sources: ["p.yaml": source])
        #expect(
            text == """
                p.yaml:2:1: error[L001]: unknown key "nmae"; did you mean "name"?
                 2 | nmae: Đăng ký khai sinh
                   | ^~~~
                p.yaml:1:1: note: the entry starts here
                 1 | code: 1.001193
                   | ^~~~

                """)
    }

    @Test func caretIsPlacedByCharactersNotBytes() {
        let s = SourceText(path: "q.yaml", bytes: Array("tên: Hộ tịch x\n".utf8))
        let d = Diagnostic(
            .invalidValue, Localized("bad", vi: "bad"),
            at: SourceRange(
                file: "q.yaml", start: SourceLocation(line: 1, column: 14, offset: 18),
                end: SourceLocation(line: 1, column: 15, offset: 19)))
        let text = TextReporter(useColor: false).render([d], sources: ["q.yaml": s])
        #expect(text.hasSuffix(" 1 | tên: Hộ tịch x\n   |              ^\n"))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextReporter(useColor: false).render([diagnostic], sources: ["p.yaml": source])
        let coloured = TextReporter(useColor: true).render([diagnostic], sources: ["p.yaml": source])
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror[L001]"))
    }

    @Test func jsonHasPositionsOffsetsAndCounts() throws {
        let json = JSONReporter().render([diagnostic], files: 3)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Int]
        #expect(summary == ["files": 3, "errors": 1, "warnings": 0])
        let entry = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(entry?["code"] as? String == "L001")
        #expect(entry?["name"] as? String == "unknown-key")
        #expect(entry?["line"] as? Int == 2)
        #expect(entry?["offset"] as? Int == 15)
    }

    @Test func severitiesOrderForThresholds() {
        #expect(Severity.note < .warning && Severity.warning < .error)
    }

    @Test func docsListEveryCode() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../docs/diagnostics.md"
        ).standardized
        Golden.expect(DiagnosticsCatalogDocument.markdown(), matchesFileAt: url)
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        for code in DiagnosticCode.allCases {
            #expect(onDisk.contains("| \(code.rawValue) | `\(code.name)` |"))
        }
        #expect(Set(DiagnosticCode.allCases.map(\.name)).count == DiagnosticCode.allCases.count)
    }

    @Test func everyCodeIsExplainedInVietnameseToo() {
        for code in DiagnosticCode.allCases {
            #expect(!code.explanationVi.isEmpty)
            #expect(code.explanationVi != code.explanation, "\(code.rawValue) has no Vietnamese explanation")
        }
    }

    @Test func aVeryLongLineIsShownAsAWindowWithTheCaretStillUnderThePlace() {
        let text = String(repeating: "a", count: 1000) + "XYZ" + String(repeating: "b", count: 1000)
        let s = SourceText(path: "long.yaml", bytes: Array(text.utf8))
        let d = Diagnostic(
            .invalidValue, Localized("here", vi: "here"),
            at: SourceRange(
                file: "long.yaml", start: SourceLocation(line: 1, column: 1001, offset: 1000),
                end: SourceLocation(line: 1, column: 1004, offset: 1003)))
        let lines = TextReporter(useColor: false).render([d], sources: ["long.yaml": s]).split(separator: "\n").map(
            String.init)
        #expect(lines[1].count < 200)
        #expect(lines[1].hasPrefix(" 1 | …") && lines[1].hasSuffix("…"))
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let place = lines[1].range(of: "XYZ").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
        #expect(caret != nil && caret == place)
        #expect(lines[2].hasSuffix("^~~"))
    }
}
