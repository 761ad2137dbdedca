import CatalogLint
import Foundation
import TestSupport
import Testing
import WorkCalendar
import WorkflowCompiler

/// Lint reads the values the loader kept while each file was parsed (its nodes are let go); a
/// check loaded without them is read again, so a rule never sees a file as empty.
@Suite struct KeptValuesTests {
    @Test func lintingALoadThatKeptNoValuesFindsTheSame() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        try fixture.write(
            """
            fields:
              - { id: ho-tich, name: "Hộ tịch\u{200B} và hoà giải ", name_en: Civil status }
            """, to: "fields.yaml")
        let linter = Linter(today: try CivilDate(2026, 6, 1))
        let kept = linter.lint(root: fixture.root.path)
        let reread = linter.lint(CatalogCheck.run(root: fixture.root.path))
        let found = kept.diagnostics.filter { $0.range.file.hasSuffix("fields.yaml") }.compactMap(\.rule)
        #expect(found.contains("invisible-space"))
        #expect(found.contains("tone-mark-style"))
        #expect(found.contains("extra-whitespace"))
        #expect(kept.findingLines == reread.findingLines)
    }
}
