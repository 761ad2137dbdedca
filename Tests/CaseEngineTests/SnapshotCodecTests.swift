import Foundation
import Testing
import WorkflowCompiler

@testable import CaseEngine
@testable import CaseStorage

/// The binary snapshot format round-trips every scenario's states, reads older JSON snapshots,
/// and refuses damaged bytes.
@Suite struct SnapshotCodecTests {
    @Test(arguments: Scenario.all)
    func roundTrips(_ scenario: Scenario) throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.run(scenario)
        for state in book.cases.values {
            let bytes = SnapshotCodec.encode(state)
            #expect(try SnapshotCodec.decode(bytes) == state)
            // Format 1 (every string in full), as stores written before format 2 hold it.
            let full = SnapshotCodec.encode(state, format: 1)
            #expect(try SnapshotCodec.decode(full) == state)
            // Names shared (format 2 and later) never take more room than every string in full; format 3
            // adds only its 8-byte checksum.
            #expect(SnapshotCodec.encode(state, format: 2).count <= full.count)
            #expect(bytes.count == SnapshotCodec.encode(state, format: 2).count + 8)
            #expect(throws: (any Error).self) {
                try SnapshotCodec.decode([SnapshotCodec.version + 1] + bytes.dropFirst())
            }
            #expect(try SnapshotCodec.decode([UInt8](try JSONEncoder().encode(state))) == state)
            #expect(throws: (any Error).self) { try SnapshotCodec.decode(Array(bytes.dropLast())) }
            #expect(throws: (any Error).self) { try SnapshotCodec.decode(bytes + [0]) }
            try checksumFindsEveryChangedByte(state, bytes)
        }
    }

    /// Issue 21 part 6: a snapshot carries its checksum; any one byte changed is refused in words,
    /// and a snapshot written before checksums (format 2) still reads, counted as unchecked.
    func checksumFindsEveryChangedByte(_ state: CaseState, _ bytes: [UInt8]) throws {
        #expect(SnapshotCodec.hasChecksum(bytes))
        for i in bytes.indices.dropFirst() {
            var damaged = bytes
            damaged[i] ^= 0x20
            #expect(throws: (any Error).self) { try SnapshotCodec.decode(damaged) }
        }
        var damaged = bytes
        damaged[bytes.count / 2] ^= 1
        do {
            _ = try SnapshotCodec.decode(damaged)
            Issue.record("a damaged snapshot was read")
        } catch {
            #expect("\(error)" == "a snapshot that does not match its checksum: it was changed or damaged outside tthc")
        }
        let older = SnapshotCodec.encode(state, format: 2)
        #expect(!SnapshotCodec.hasChecksum(older))
        #expect(try SnapshotCodec.decode(older) == state)
    }

    /// Every enumeration's code reads back as itself, and codes are distinct.
    @Test func enumerationCodesRoundTrip() throws {
        for kind in CaseEventKind.allCases { #expect(try SnapshotCodec.eventKind(SnapshotCodec.code(kind)) == kind) }
        #expect(Set(CaseEventKind.allCases.map(SnapshotCodec.code)).count == CaseEventKind.allCases.count)
        let steps: [CompiledStep.Kind] = [.task, .handOff, .wait, .choice, .parallel, .call, .end]
        for kind in steps { #expect(try SnapshotCodec.stepKind(SnapshotCodec.code(kind)) == kind) }
        for status in [CaseState.Status.received, .open, .closed] {
            #expect(try SnapshotCodec.status(SnapshotCodec.code(status)) == status)
        }
        #expect(throws: (any Error).self) { try SnapshotCodec.eventKind(0) }
        #expect(throws: (any Error).self) { try SnapshotCodec.stepKind(8) }
    }

    /// Past the shared table's limit, strings are written in full and still read back.
    @Test func aCaseWithManyDistinctTextsRoundTrips() throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.run(Scenario.all[0])
        var state = try #require(book.cases.values.first)
        let visit = try #require(state.visits.first)
        state.visits = (0..<400).map { n in
            var copy = visit
            copy.note = n % 3 == 0 ? "" : "ghi chú số \(n)"
            copy.actor = Name("role-\(n % 150)")
            return copy
        }
        let bytes = SnapshotCodec.encode(state)
        #expect(try SnapshotCodec.decode(bytes) == state)
        #expect(try SnapshotCodec.decode(SnapshotCodec.encode(state, format: 1)) == state)
    }

    /// Events keep their JSON shape (the opening under `opening`) and round-trip, every field.
    @Test(arguments: Scenario.all)
    func eventsRoundTripThroughJSON(_ scenario: Scenario) throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.run(scenario)
        for (_, events) in book.log {
            let data = try JSONEncoder().encode(events)
            #expect(try JSONDecoder().decode([CaseEvent].self, from: data) == events)
            let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(objects.first?["opening"] is [String: Any])
            #expect(objects.dropFirst().allSatisfy { $0["opening"] == nil })
        }
    }
}
