import Foundation
import TTHCRunner
import Testing

@testable import CaseEngine
@testable import CaseStoreSQLite

/// Issue 21, part 6: what the store reads is checked. An artifact edited inside the store and a
/// snapshot that no longer matches its events are reported as damage (exit 1 from `case verify`,
/// exit 2 from `case show`), never printed as data.
@Suite(.serialized) final class StoreVerificationTests {
    /// Each test's own folder (a suite instance is made per test), removed after it.
    let folder: URL

    init() throws { folder = try temporaryFolder("store-verification") }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func session() throws -> CaseTranscript {
        var cli = try CaseTranscript(folder: folder)
        let open = try cli.tthc(
            "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.001193", "--received", "2026-03-02 08:30",
            "--channel", "online", "--commune", "thanh-nua", "--applicant", "CCCD-001234567890")
        #expect(open.status == 0, "\(open.stderr)")
        return cli
    }

    /// A session whose store is then edited behind the store's back by `sql`.
    func session(edited sql: String) throws -> CaseTranscript {
        let cli = try session()
        try CaseStore(path: cli.store).transaction { db in try db.execute(sql: sql) }
        return cli
    }

    @Test func aSoundStoreVerifies() throws {
        let cli = try session()
        let out = TTHCRunner.run(["case", "verify", "--store", cli.store])
        #expect(out.status == 0)
        #expect(
            out.stdout
                == "the store is sound: SQLite's integrity check passes, 1 artifact matches its hash, 1 case matches its events\n"
        )
    }

    /// Damage done behind the store's back, as an edit outside tthc or a failing disk would.
    enum Damage: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// A procedure of the stored artifact edited: it no longer matches its checksum.
        case artifactEdited = "artifact-edited"
        /// A snapshot that no longer matches its case's events.
        case snapshotTampered = "snapshot-tampered"
        /// A byte flipped in the store file, inside an event's text that replays to the same
        /// snapshot (the reason of an acceptance, which the state does not keep): before events had
        /// checksums `case show` printed the altered event and `case verify` called the store sound.
        case eventByteFlipped = "event-byte-flipped"

        var testDescription: String { rawValue }
    }

    func damage(_ damage: Damage, _ cli: inout CaseTranscript) throws {
        switch damage {
        case .artifactEdited:
            try CaseStore(path: cli.store).transaction { db in
                try db.execute(
                    sql:
                        "UPDATE artifact_procedures SET body = CAST(replace(CAST(body AS TEXT), 'commune.pasc', 'commune.chairman') AS BLOB)"
                )
            }
        case .snapshotTampered: try CaseStore(path: cli.store).tamper("C000001") { $0.version += 5 }
        case .eventByteFlipped:
            try cli.tthc("case", "event", "C000001", "accept", "--reason", "marker-QZX", "--at", "2026-03-02 08:40")
            try Self.flipByte(of: "marker-QZX", at: 9, in: cli.store)
        }
    }

    /// `case show` refuses the damaged case in words (exit 2, nothing printed as data) and `case
    /// verify` lists the damage (exit 1): Fixtures/golden/damage/KIND.txt.
    @Test(arguments: Damage.allCases)
    func damageIsRefusedInWordsAndListedByVerify(_ kind: Damage) throws {
        var cli = try session()
        try damage(kind, &cli)
        let show = try cli.tthc("case", "show", "C000001")
        #expect(show.stdout.isEmpty && !show.stderr.contains("marker-QZ"), "nothing of the damaged case is printed")
        let verify = try cli.tthc("case", "verify")
        #expect(verify.stderr.isEmpty, "the damage is listed on stdout")
        try cli.expectGolden("damage/\(kind.rawValue).txt")
    }

    /// Events written before checksums (NULL) still read, and `case verify` says how many there are.
    @Test func eventsWrittenBeforeChecksumsAreCountedNotRefused() throws {
        let cli = try session()
        try CaseStore(path: cli.store).transaction { db in try db.execute(sql: "UPDATE events SET checksum = NULL") }
        #expect(TTHCRunner.run(["case", "show", "C000001", "--store", cli.store]).status == 0)
        let verify = TTHCRunner.run(["case", "verify", "--store", cli.store])
        #expect(verify.status == 0)
        #expect(
            verify.stdout.hasSuffix(
                "note: 1 events and 0 snapshots were written before they carried checksums: they are checked by replay only\n"
            ))
    }

    /// Changes one byte of the only place `marker` is written in the store's file (its write-ahead
    /// log is checkpointed when the last connection closes), as a failing disk would.
    static func flipByte(of marker: String, at offset: Int, in path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let needle = Array(marker.utf8)
        let hits = bytes.indices.filter { i in
            i + needle.count <= bytes.count && bytes[i..<i + needle.count].elementsEqual(needle)
        }
        try #require(hits.count == 1, "\(marker) is written \(hits.count) times in \(path)")
        bytes[hits[0] + offset] ^= 0x03
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func aStoreMadeBeforeChecksumsGetsThemOnceItsArtifactsMatchTheirHashes() throws {
        let cli = try session(
            edited: "DROP TABLE artifact_digests; DELETE FROM grdb_migrations WHERE identifier = 'v2-artifact-digests'")
        let verify = TTHCRunner.run(["case", "verify", "--store", cli.store])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(TTHCRunner.run(["case", "show", "C000001", "--store", cli.store]).status == 0)
    }

    /// Issue 15: a case pinned to an artifact of an earlier format (its header says version 1, its
    /// deadlines are text) is refused in words by every command that would read it, never run.
    @Test func aCasePinnedToAnArtifactOfAnEarlierFormatIsRefusedInWords() throws {
        let cli = try session(
            edited:
                #"UPDATE artifacts SET header = CAST(replace(CAST(header AS TEXT), '"formatVersion":2', '"formatVersion":1') AS BLOB)"#
        )
        let words =
            "is in format version 1, written by an earlier tthc; this tthc reads version 2, so it cannot run or migrate the cases pinned to it"
        // (`case migrate` to the same artifact reads nothing of the old one: "already on this artifact".)
        for command in [
            ["case", "show", "C000001"],
            ["case", "event", "C000001", "accept", "--actor", "thanh-nua.pasc", "--at", "2026-03-02 09:00"],
        ] {
            let out = TTHCRunner.run(command + ["--store", cli.store])
            #expect(out.status == 2, "\(command)")
            #expect(out.stderr.contains(words), "\(command): \(out.stderr)")
        }
        let verify = TTHCRunner.run(["case", "verify", "--store", cli.store])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains(words))
    }
}
