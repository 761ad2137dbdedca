import CatalogModel
import Testing
import WorkCalendar

/// The Tết rule estimates undecided years; every decided year in the shipped calendar must agree
/// with it, so a decision that breaks the pattern is noticed and the rule revisited (issue 14).
@Suite struct CalendarDecisionTests {
    @Test func theTetRuleReproducesEveryDecisionInTheCatalog() throws {
        let catalog = ShippedCatalogTests.check.catalog
        let rules = try WorkCalendar(officeHours: catalog.manifest?.officeHours ?? .standard)
        let decided = catalog.officialDecisions.filter { !$0.tetDays.isEmpty }
        #expect(Set(decided.map { $0.tetDays[0].year }).isSuperset(of: 2020...2026))
        for decision in decided {
            let year = decision.tetDays[0].year
            #expect(rules.tetDaysOff(inYear: year) == decision.tetDays.sorted(), "\(year): \(decision.source)")
        }
    }

    @Test func yearsWithoutATetDecisionAreEstimated() throws {
        let calendar = try ShippedCatalogTests.check.catalog.workCalendar()
        for year in 2020...2026 { #expect(calendar.status(ofYear: year).status == .official, "\(year)") }
        #expect(calendar.status(ofYear: 2027).isEstimated)
        #expect(calendar.status(ofYear: 2019).isEstimated)
    }
}
