import CaseEngine
import CatalogModel
import Foundation
import TestSupport
import Testing
import WorkCalendar
import WorkflowCompiler

@testable import CaseSimulation

/// Issue 18, part 4: a case is decided under the rules in force at its receipt.
@Suite struct DatedTermsTests {
    static let procedurePath = "procedures/commune/ho-tich/1.001193.yaml"

    /// The base fixture catalog's birth registration with two versions, a time-limited fee cut and
    /// a cheaper online fee that starts later.
    static func catalog() throws -> (Catalog, FixtureCatalog) {
        let fixture = try FixtureCatalog(overlay: nil)
        let base = try String(contentsOf: fixture.root.appendingPathComponent(procedurePath), encoding: .utf8)
        let text =
            base
            .replacingOccurrences(
                of: "channels: [in-person, online, postal]\n",
                with: """
                    channels:
                      - in-person
                      - { channel: online, fees: [{ name: Cấp bản sao (trực tuyến), amount: 3000, per: copy, from: 2026-04-01 }] }
                      - postal

                    """
            )
            .replacingOccurrences(
                of: "  - { name: Cấp bản sao Giấy khai sinh, amount: 8000, per: copy }\n",
                with: """
                      - { name: Cấp bản sao Giấy khai sinh, amount: 4000, per: copy, until: 2026-02-28 }
                      - { name: Cấp bản sao Giấy khai sinh, amount: 8000, per: copy, from: 2026-03-01 }

                    """
            )
            .replacingOccurrences(
                of: "effective: 2025-07-01\n",
                with: """
                    effective: 2025-07-01
                    versions:
                      - from: 2025-11-15
                        deadline: { text: "01 ngày làm việc", value: 1 working day }
                      - from: 2026-09-01
                        deadline: { text: "02 ngày làm việc", value: 2 working days }

                    """)
        try fixture.write(text, to: procedurePath)
        let loaded = fixture.load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        return (loaded.catalog, fixture)
    }

    @Test func theDeadlineAndFeesOfACaseAreThoseInForceAtItsReceipt() throws {
        let (catalog, fixture) = try Self.catalog()
        defer { fixture.remove() }
        let compiled = WorkflowCompiler().compile(catalog)
        #expect(compiled.diagnostics.filter { $0.severity == .error }.isEmpty, "\(compiled.diagnostics.map(\.message))")
        let artifact = try ArtifactCodec.decode(try ArtifactCodec.encode(compiled.artifact))
        let interpreter = try CaseInterpreter(artifact: artifact)
        var random = SeededGenerator(seed: 18)
        let first = try CivilDate(parsing: "2025-07-01")
        let last = try CivilDate(parsing: "2026-12-31")
        var seen: Set<String> = []
        for i in 0..<200 {
            let day = try CivilDate(dayNumber: random.int(first.dayNumber...last.dayNumber))
            let received = try LocalDateTime(
                parsing:
                    "\(day) \(String(format: "%02d", random.int(7...16))):\(String(format: "%02d", random.int(0...59)))"
            )
            let channel = ["in-person", "online", "postal"][random.int(0...2)]
            let opening = CaseOpening(
                procedure: "1.001193", received: received, channel: channel, commune: "thanh-nua",
                applicant: "CCCD-001234567890", facts: [])
            let state = interpreter.begin(id: "C\(i)", with: try interpreter.open(opening))
            // The catalog version in force at the receipt, compiled on its own.
            let version = try #require(
                WorkflowCompiler().compile(catalog, at: day).artifact.procedures.first { $0.code == "1.001193" })
            let expectedPeriod = (version.channels.first { $0.channel == channel }?.deadline ?? version.deadline).period
            #expect(
                interpreter.period(of: state)?.description == expectedPeriod.description,
                "received \(received) by \(channel)")
            let expectedFees = version.channels.first { $0.channel == channel }?.fees ?? version.fees
            #expect(interpreter.fees(of: state) == expectedFees, "received \(received) by \(channel)")
            seen.insert("\(version.deadline.period)|\(expectedFees.compactMap(\.amount))")
        }
        // The dates cover every version and fee period.
        #expect(seen.count >= 5, "\(seen.sorted())")
    }

    @Test func aCaseReceivedBeforeAChangeKeepsItsDeadlineAfterIt() throws {
        let (catalog, fixture) = try Self.catalog()
        defer { fixture.remove() }
        let interpreter = try CaseInterpreter(artifact: WorkflowCompiler().compile(catalog).artifact)
        let opening = CaseOpening(
            procedure: "1.001193", received: try LocalDateTime(parsing: "2026-08-31 09:00"), channel: "in-person",
            commune: "thanh-nua", applicant: "CCCD-001234567890", facts: [])
        let state = interpreter.begin(id: "C1", with: try interpreter.open(opening))
        #expect(interpreter.period(of: state)?.description == (try WorkDuration.workingDays(1)).description)
        #expect(interpreter.fees(of: state)?.compactMap(\.amount) == [0, 8000])
    }

    @Test func migrateSaysWhichCasesADatedChangeAffects() throws {
        let (catalog, fixture) = try Self.catalog()
        defer { fixture.remove() }
        // The old artifact: the procedure without its 2026-09-01 version.
        let base = try String(contentsOf: fixture.root.appendingPathComponent(Self.procedurePath), encoding: .utf8)
        let newArtifact = WorkflowCompiler().compile(catalog).artifact
        try fixture.write(
            base.replacingOccurrences(
                of: "  - from: 2026-09-01\n    deadline: { text: \"02 ngày làm việc\", value: 2 working days }\n",
                with: ""), to: Self.procedurePath)
        let oldArtifact = WorkflowCompiler().compile(fixture.load().catalog).artifact
        let interpreter = try CaseInterpreter(artifact: oldArtifact)
        func state(_ received: String) throws -> CaseState {
            interpreter.begin(
                id: "C1",
                with: try interpreter.open(
                    CaseOpening(
                        procedure: "1.001193", received: try LocalDateTime(parsing: received),
                        channel: "in-person", commune: "thanh-nua", applicant: "CCCD-001234567890", facts: [])))
        }
        let old = oldArtifact.procedures.first { $0.code == "1.001193" }
        let new = newArtifact.procedures.first { $0.code == "1.001193" }
        let before = MigrationCheck.check(try state("2026-08-20 09:00"), old: old, new: new)
        #expect(before.verdict == .compatible)
        #expect(
            before.notes.map { $0.text(.en) } == [
                "a change dated 2026-09-01 does not apply: the case was received on 2026-08-20 and keeps the rules in force then"
            ])
        let after = MigrationCheck.check(try state("2026-09-02 09:00"), old: old, new: new)
        #expect(
            after.notes.map { $0.text(.en) } == [
                "deadline in force at the receipt (2026-09-02) changes from 1 working day to 2 working days; the case's due time moves with it"
            ])
        #expect(
            after.notes.map { $0.text(.vi) } == [
                "thời hạn có hiệu lực ngày tiếp nhận (02/09/2026) đổi từ 1 working day thành 2 working days; hạn giải quyết của hồ sơ đổi theo"
            ])
    }

    /// An opening of the base's birth registration received at `received` with `artifact`.
    static func open(_ artifact: CompiledCatalog, received: String) throws -> Result<CaseEvent, CaseError> {
        let interpreter = try CaseInterpreter(artifact: try ArtifactCodec.decode(try ArtifactCodec.encode(artifact)))
        let opening = CaseOpening(
            procedure: "1.001193", received: try LocalDateTime(parsing: received), channel: "in-person",
            commune: "thanh-nua", applicant: "CCCD-001234567890", facts: [])
        return Result { () throws(CaseError) in try interpreter.open(opening) }
    }

    @Test func aProcedureIsNotOpenedAfterItsLastDay() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let base = try String(contentsOf: fixture.root.appendingPathComponent(Self.procedurePath), encoding: .utf8)
        try fixture.write(
            base.replacingOccurrences(
                of: "effective: 2025-07-01\n", with: "effective: 2025-07-01\nexpires: 2026-06-30\n"),
            to: Self.procedurePath)
        let compiled = WorkflowCompiler().compile(fixture.load().catalog)
        #expect(compiled.artifact.procedures.first { $0.code == "1.001193" }?.expires?.description == "2026-06-30")
        #expect(try Self.open(compiled.artifact, received: "2026-06-30 09:00").get().kind == .opened)
        expectCaseError(
            en:
                "procedure 1.001193 is no longer in force on 2026-07-01, the day the dossier was received: it applied until 2026-06-30",
            vi:
                "thủ tục 1.001193 đã hết hiệu lực vào ngày tiếp nhận hồ sơ 01/07/2026: chỉ áp dụng đến hết ngày 30/06/2026"
        ) {
            _ = try Self.open(compiled.artifact, received: "2026-07-01 09:00").get()
        }
    }

    @Test func anArtifactCompiledAtADateOpensOnlyCasesReceivedThatDay() throws {
        let (catalog, fixture) = try Self.catalog()
        defer { fixture.remove() }
        let day = try CivilDate(parsing: "2026-03-02")
        let snapshot = WorkflowCompiler().compile(catalog, at: day).artifact
        #expect(snapshot.asOf == day)
        #expect(WorkflowCompiler().compile(catalog).artifact.asOf == nil)
        #expect(try Self.open(snapshot, received: "2026-03-02 09:00").get().kind == .opened)
        expectCaseError(
            en:
                "the artifact was compiled as of 2026-03-02 (tthc compile --at) and holds only the terms in force that day; compile the catalog without --at to open a case received on 2026-09-01",
            vi:
                "tệp biên dịch chỉ chứa các quy định có hiệu lực ngày 02/03/2026 (tthc compile --at); hãy biên dịch không có --at để mở hồ sơ tiếp nhận ngày 01/09/2026"
        ) {
            _ = try Self.open(snapshot, received: "2026-09-01 09:00").get()
        }
    }

    /// The simulation's slowest procedures name the deadlines in force while it receives dossiers.
    @Test func theSimulationNamesTheDeadlinesOfItsWindow() throws {
        let (catalog, fixture) = try Self.catalog()
        defer { fixture.remove() }
        let procedure = try #require(
            WorkflowCompiler().compile(catalog).artifact.procedures.first { $0.code == "1.001193" })
        let march = try CivilDate(parsing: "2026-03-02")
        #expect(SimulationReport.deadlines(of: procedure, from: march, days: 44) == "1 working day")
        let summer = try CivilDate(parsing: "2026-08-03")
        #expect(
            SimulationReport.deadlines(of: procedure, from: summer, days: 44)
                == "1 working day; 2 working days from 2026-09-01")
    }
}
