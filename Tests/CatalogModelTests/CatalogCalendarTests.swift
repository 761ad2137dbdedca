import CatalogModel
import TestSupport
import Testing
import WorkCalendar

/// The loader keeps the calendar it built; a catalog changed afterwards gets a calendar of its own.
struct CatalogCalendarTests {
    @Test func aChangedCatalogDoesNotGetTheLoadersCalendar() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        var catalog = fixture.load().catalog
        #expect(!catalog.calendarYears.isEmpty, "the base catalog has yearly decisions")
        let loaded = try catalog.workCalendar()
        #expect(loaded.decisions == catalog.officialDecisions)

        let earlier = try TimeOfDay(14, 0)
        #expect(try catalog.workCalendar(cutoff: earlier).cutoff == earlier)

        catalog.calendarYears = []
        #expect(try catalog.workCalendar().decisions.isEmpty)

        catalog.manifest?.officeHours = try OfficeHours(parsing: "08:00-12:00, 13:00-17:30")
        #expect(try catalog.workCalendar().officeHours == catalog.manifest?.officeHours)
    }
}
