import CatalogModel
import Exporters
import Foundation
import GoldenFiles
import TestSupport
import Testing
import WorkCalendar

/// `tthc decision draft`: the annex of the announcing decision from the diff fixtures of
/// CatalogModelTests (a new inter-level procedure, amended ones, one removed, one given an end date).
@Suite struct DecisionAnnexTests {
    static func annex() throws -> DecisionAnnex {
        let fixtures = FixtureCatalog.base.deletingLastPathComponent()
        let old = try FixtureCatalog(overlay: fixtures.appendingPathComponent("diff/old"))
        let new = try FixtureCatalog(overlay: fixtures.appendingPathComponent("diff/new"))
        defer {
            old.remove()
            new.remove()
        }
        let a = old.load().catalog
        let b = new.load().catalog
        return DecisionAnnex(
            diff: CatalogDiff.compare(old: a, new: b), old: a, new: b, decisionNumber: "123/QĐ-UBND",
            decisionDate: try CivilDate(parsing: "2026-12-15"))
    }

    @Test func theAnnexHasItsThreePartsByLevelAndField() throws {
        let annex = try Self.annex()
        #expect(annex.parts.map(\.numeral) == ["I", "II", "III"])
        #expect(annex.parts[0].levels.map(\.letter) == ["C"])
        #expect(annex.parts[1].levels.first?.fields.first?.rows.map(\.code) == ["1.001193", "1.001196"])
        #expect(annex.parts[2].levels.first?.fields.first?.rows.map(\.code) == ["1.001195", "1.001197"])
        #expect(annex.citations.contains { $0.text.hasPrefix("Nghị định số 5/2026/NĐ-CP") })
        Golden.expect(try annex.html(), matches: "Fixtures/decision/annex.html")
        Golden.expect(annex.csv(), matches: "Fixtures/decision/annex.csv")
        Golden.expect(annex.citationText(), matches: "Fixtures/decision/citations.txt")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() throws {
        let csv = try Self.annex().csv()
        #expect(csv.hasSuffix("\r\n"))
        // A name with commas is quoted; a cell of several lines is quoted with its line breaks inside.
        #expect(csv.contains("\"Thủ tục đăng ký nhận cha, mẹ, con\""))
        #expect(csv.contains("\"Lệ phí đăng ký nhận cha, mẹ, con: 15.000 đồng/hồ sơ\""))
    }

    @Test func htmlEscapesEveryValue() throws {
        var annex = try Self.annex()
        annex.decisionNumber = "<script>alert(1)</script>"
        let html = try annex.html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
