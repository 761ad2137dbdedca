import CatalogLint
import Foundation
import GoldenFiles
import TestSupport
import Testing
import WorkCalendar

@Suite struct SuppressionAndDiffTests {
    /// A suppression silences only the named rule on the line after it; a `#` inside a quoted
    /// value is not a comment.
    @Test func suppressionsApplyToTheNextContentLineOnly() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        try fixture.write(
            """
            fields:
              # tthc-lint: disable-next-line tone-mark-style -- as spelt in the decision

              - { id: ho-tich, name: Hộ tịch và hoà giải, name_en: Civil status }
              - { id: xay-dung, name: "Xây dựng # tthc-lint: disable-line tone-mark-style -- x", name_en: Construction và thuỷ lợi }
            """, to: "fields.yaml")
        let result = Linter(today: try CivilDate(2026, 6, 1)).lint(root: fixture.root.path)
        let tone = result.diagnostics.filter { $0.rule == "tone-mark-style" && $0.range.file.hasSuffix("fields.yaml") }
        #expect(tone.map(\.range.start.line) == [5])
        #expect(result.suppressed.map(\.range.start.line) == [4])
        #expect(!result.diagnostics.contains { $0.rule?.contains("suppression") == true })
    }

    @Test func unifiedDiffHunks() {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 2\n", with: "line two\n").replacingOccurrences(
            of: "line 11\n", with: "")
        #expect(
            UnifiedDiff.render(old: old, new: new, path: "f.yaml") == """
                --- a/f.yaml
                +++ b/f.yaml
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -8,5 +8,4 @@
                 line 8
                 line 9
                 line 10
                -line 11
                 line 12

                """)
        #expect(UnifiedDiff.render(old: old, new: old, path: "f.yaml").isEmpty)
        // An NFC fix changes bytes that Swift's == calls equal; the diff still shows it.
        #expect(!UnifiedDiff.render(old: "ho\u{0300}a\n", new: "hòa\n", path: "f.yaml").isEmpty)
    }

    @Test func docsRulesIsGeneratedFromTheRules() throws {
        let url = FixtureCatalog.packageRoot.appendingPathComponent("docs/rules.md")
        Golden.expect(RuleDocument.markdown(RuleRegistry.descriptions), matchesFileAt: url)
        #expect(RuleRegistry.descriptions.count >= 30)
    }
}
