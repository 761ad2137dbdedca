import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import Foundation
import Testing

/// The simulation: deterministic for a seed, every case ends, the figures add up, the persisted
/// cases replay to their snapshots, and the HTML report carries its charts with text escaped.
@Suite struct SimulationTests {
    static func config(cases: Int = 600, seed: UInt64 = 7) -> SimulationConfig {
        var config = SimulationConfig()
        config.cases = cases
        config.days = 5
        config.seed = seed
        config.minSample = 1
        return config
    }

    @Test func sameSeedSameReport() throws {
        let interpreter = try Fixture.interpreter()
        var a = try Simulator(interpreter: interpreter, config: Self.config()).run()
        var b = try Simulator(interpreter: interpreter, config: Self.config()).run()
        let c = try Simulator(interpreter: interpreter, config: Self.config(seed: 8)).run()
        (a.seconds, a.eventsPerSecond, b.seconds, b.eventsPerSecond) = (0, 0, 0, 0)
        #expect(try a.json() == b.json())
        #expect(c.events != a.events || c.byUnit != a.byUnit)
    }

    @Test func everyCaseEndsAndTheFiguresAddUp() throws {
        let report = try Simulator(interpreter: try Fixture.interpreter(), config: Self.config()).run()
        #expect(report.cases == 600)
        #expect(report.outcomes.values.reduce(0, +) == 600)
        #expect(report.outcomes["open"] == nil)
        // Issued and refused cases are judged against the deadline; withdrawn and rejected are not.
        #expect(report.status.count == (report.outcomes["issued"] ?? 0) + (report.outcomes["refused"] ?? 0))
        #expect(report.channels.values.reduce(0, +) == 600)
        // Steps per concrete unit, not pooled by role: each commune's centre on its own.
        #expect(!report.byUnit.contains { $0.key == "commune.pasc" })
        #expect(report.byUnit.filter { $0.key.hasSuffix(".pasc") }.count > 1)
        for load in report.staffing {
            let unit = report.byUnit.first { $0.key == load.key }
            #expect(unit?.count == load.steps && unit?.overdue == load.overdue, "\(load.key)")
        }
        #expect(report.subcases > 0)
        #expect(report.backlog.last?.open == 0)
        #expect(report.slowest.first.map { $0.meanWorkingDays >= (report.slowest.last?.meanWorkingDays ?? 0) } == true)
    }

    /// A case returned late has had its form 04 (apology and new date) before the result, as a
    /// clerk owes the applicant; the report counts every letter.
    @Test func lateCasesGetTheirApologyBeforeTheResult() throws {
        let interpreter = try Fixture.interpreter()
        var finished: [CaseHistory] = []
        let report = try Simulator(interpreter: interpreter, config: Self.config()).run(sink: { finished += $0 })
        var late = 0
        for f in finished {
            guard let closed = f.state.closedAt, interpreter.status(of: f.state, now: closed) == .overdue else {
                continue
            }
            late += 1
            let apology = f.events.firstIndex { $0.kind == .apologize }
            let result = f.events.firstIndex { $0.kind == .return }
            #expect(
                apology != nil && result != nil && apology! < result!,
                "case \(f.state.id) was returned late without form 04")
        }
        #expect(late > 0, "the simulation has late cases, so the property is exercised")
        #expect(report.apologies == finished.reduce(0) { $0 + $1.state.apologies.count })
        #expect(report.apologies >= late)
    }

    @Test func persistedSimulatedCasesReplayToTheirSnapshots() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let interpreter = try Fixture.interpreter()
        try store.register(interpreter.artifact)
        var written = 0
        let report = try Simulator(interpreter: interpreter, config: Self.config(cases: 150)).run(
            idPrefix: "S\(try store.nextRun())", batchSize: 40,
            sink: { batch in
                written += try store.importCases(batch)
            })
        #expect(written == report.events)
        #expect(try store.eventCount() == report.events)
        let ids = try store.caseIds()
        #expect(ids.count == report.cases + report.subcases)
        for id in ids { #expect(try store.verify(id) == nil, "case \(id)") }
    }

    @Test func htmlReportHasChartsAndEscapesText() throws {
        var report = try Simulator(interpreter: try Fixture.interpreter(), config: Self.config(cases: 200)).run()
        report.slowest[0].name = "<script>alert(1)</script> & co"
        let html = try HTMLReport.render(report)
        #expect(html.components(separatedBy: "<svg").count == 4)
        #expect(html.contains("<title id=\"communes-t\">"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("Xã Thanh Nưa"))
    }
}
