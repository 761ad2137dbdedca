import CatalogModel
import Diagnostics
import Foundation
import TestSupport
import Testing
import WorkflowCompiler

/// The catalog every command uses by default: it must stay clean and keep the province's figures.
@Suite struct ShippedCatalogTests {
    static let check = CatalogCheck.run(root: FixtureCatalog.packageRoot.appendingPathComponent("Catalog").path)

    @Test func checksClean() {
        let all = Self.check.diagnostics
        #expect(
            all.isEmpty,
            "\(all.prefix(5).map { "\($0.range.file):\($0.range.start.line): [\($0.label)] \($0.message)" })")
        #expect(Self.check.artifact?.procedures.count == 2106)
    }

    @Test func reproducesThePublishedFigures() {
        let stats = CatalogStatistics(Self.check.catalog)
        #expect(stats.total == 2106)
        #expect(stats.provinceLevel == 1802)
        #expect(stats.communeLevel == 409)
        #expect(stats.interLevel == 105)
        #expect(stats.provinceLevel + stats.communeLevel - stats.interLevel == stats.total)
        #expect(stats.announcingDecisions == 111)
        func units(_ kind: String) -> Int { stats.unitsByKind.first { $0.key == kind }?.count ?? 0 }
        #expect(units("specialized-agency") == 14)
        #expect(units("public-service-unit") == 10)
        #expect(Self.check.catalog.communes.count == 45)
        #expect(stats.published >= 30)
        #expect(stats.byField.count >= 40)
    }

    struct Pinned: Sendable, CustomStringConvertible {
        var code: String
        var authority: String
        var deadline: String
        var wordingStartsWith: String
        var description: String { code }
    }

    /// Every hand-written procedure from published data, with its deadline and deciding authority.
    static let published: [Pinned] = [
        Pinned(
            code: "1.001776", authority: "commune.chairman", deadline: "10 working days",
            wordingStartsWith: "10 ngày làm việc"),
        Pinned(
            code: "1.014027", authority: "commune.chairman", deadline: "10 working days",
            wordingStartsWith: "10 ngày làm việc"),
        Pinned(
            code: "1.990010", authority: "commune.chairman", deadline: "5 working days",
            wordingStartsWith: "05 ngày làm việc"),
        Pinned(
            code: "2.000815", authority: "commune.chairman", deadline: "same day",
            wordingStartsWith: "Ngay trong ngày tiếp"),
        Pinned(
            code: "2.990001", authority: "commune.chairman", deadline: "same day",
            wordingStartsWith: "Ngay trong ngày tiếp"),
        Pinned(
            code: "2.990002", authority: "commune.chairman", deadline: "2 working days",
            wordingStartsWith: "02 ngày làm việc"),
        Pinned(
            code: "1.990005", authority: "commune.police", deadline: "7 working days",
            wordingStartsWith: "07 ngày làm việc"),
        Pinned(
            code: "1.990006", authority: "commune.police", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "1.990007", authority: "commune.police", deadline: "1 working day",
            wordingStartsWith: "01 ngày làm việc"),
        Pinned(
            code: "1.990012", authority: "commune.chairman", deadline: "20 working days",
            wordingStartsWith: "20 ngày làm việc"),
        Pinned(
            code: "2.990003", authority: "commune.chairman", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "2.990004", authority: "commune.chairman", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "2.990005", authority: "commune.chairman", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "1.000656", authority: "commune.chairman", deadline: "same day",
            wordingStartsWith: "Ngay trong ngày tiếp"),
        Pinned(
            code: "1.000894", authority: "commune.chairman", deadline: "same day",
            wordingStartsWith: "Ngay trong ngày tiếp"),
        Pinned(
            code: "1.001022", authority: "commune.chairman", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "1.001193", authority: "commune.chairman", deadline: "same day",
            wordingStartsWith: "Ngay trong ngày tiếp"),
        Pinned(
            code: "1.004873", authority: "commune.chairman", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "1.007073", authority: "commune.chairman", deadline: "3 working days",
            wordingStartsWith: "Đăng ký khai tử:"),
        Pinned(
            code: "1.011537", authority: "commune.chairman", deadline: "10 working days",
            wordingStartsWith: "Theo thời hạn của"),
        Pinned(
            code: "1.990001", authority: "commune.chairman", deadline: "5 working days",
            wordingStartsWith: "05 ngày làm việc"),
        Pinned(
            code: "1.990002", authority: "commune.chairman", deadline: "20 working days",
            wordingStartsWith: "Không quá 20 ngày"),
        Pinned(
            code: "2.000635", authority: "commune.chairman", deadline: "same day",
            wordingStartsWith: "Ngay trong ngày tiếp"),
        Pinned(
            code: "1.990011", authority: "commune.chairman", deadline: "15 calendar days",
            wordingStartsWith: "15 ngày kể từ"),
        Pinned(
            code: "1.014137", authority: "social-insurance", deadline: "5 working days",
            wordingStartsWith: "05 ngày làm việc"),
        Pinned(
            code: "1.990008", authority: "police.pc06", deadline: "7 working days",
            wordingStartsWith: "07 ngày làm việc"),
        Pinned(
            code: "1.990009", authority: "police.pc06", deadline: "7 working days",
            wordingStartsWith: "07 ngày làm việc"),
        Pinned(
            code: "2.000200", authority: "police.pc06", deadline: "7 working days",
            wordingStartsWith: "07 ngày làm việc"),
        Pinned(
            code: "2.990006", authority: "province.finance.business-registration", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "2.990008", authority: "province.finance.business-registration", deadline: "3 working days",
            wordingStartsWith: "03 ngày làm việc"),
        Pinned(
            code: "1.990013", authority: "province.home-affairs", deadline: "20 calendar days",
            wordingStartsWith: "20 ngày kể từ"),
        Pinned(
            code: "2.990007", authority: "province.justice", deadline: "10 calendar days",
            wordingStartsWith: "10 ngày kể từ"),
    ]

    @Test(arguments: published)
    func publishedProcedureKeepsItsDeadlineAndAuthority(_ pinned: Pinned) throws {
        let procedure = try #require(Self.check.catalog.procedures[pinned.code])
        #expect(procedure.provenance.kind == .published)
        #expect(procedure.provenance.source?.isEmpty == false)
        #expect(procedure.authority.value == pinned.authority)
        #expect(procedure.deadline.value.value.description == pinned.deadline)
        #expect(procedure.deadline.text.value.hasPrefix(pinned.wordingStartsWith))
    }

    @Test func everyPublishedProcedureIsPinned() {
        let published = Set(
            Self.check.catalog.procedures.values.filter { $0.provenance.kind == .published }.map(\.code.value))
        #expect(published == Set(Self.published.map(\.code)))
    }

    @Test func birthRegistrationIsSameDayWithTheCutOff() throws {
        let birth = try #require(Self.check.catalog.procedures["1.001193"])
        #expect(birth.deadline.cutoff?.value.description == "15:00")
        #expect(birth.level.value == .commune)
        #expect(birth.fees.contains { $0.amount?.value == 8000 && $0.per == .copy })
    }
}
