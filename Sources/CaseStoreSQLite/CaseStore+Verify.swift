import CaseEngine
import CaseStorage
import Foundation
import GRDB

/// `tthc case verify`: the whole store checked, every damage named.
extension CaseStore {
    public struct VerifyReport: Sendable, Encodable {
        public var artifacts = 0
        public var cases = 0
        /// One line per problem found; empty when the store is sound.
        public var problems: [String] = []
        /// Events and snapshots written before they carried checksums: checked by replay only.
        public var uncheckedEvents = 0
        public var uncheckedSnapshots = 0
    }

    /// SQLite's integrity check, each artifact against its checksums and its hash, and each case's
    /// events against their checksums and its snapshot against its checksum and a replay of them.
    public func verifyStore() throws(CaseError) -> VerifyReport {
        var report = VerifyReport()
        let integrity = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        if integrity != ["ok"] { report.problems += integrity.map { "SQLite integrity check: \($0)" } }
        for hash in (try? artifactHashes()) ?? [] {
            report.artifacts += 1
            do { _ = try read { db in try fullArtifact(hash, in: db) } } catch { report.problems.append("artifact \(hash): \(error)") }
        }
        let ids = (try? read { db in try String.fetchAll(db, sql: "SELECT id FROM cases ORDER BY id") }) ?? []
        try read { db in
            report.uncheckedEvents = try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE checksum IS NULL") ?? 0
            // Formats 1 and 2 and JSON (`SnapshotCodec.hasChecksum`).
            report.uncheckedSnapshots = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE substr(snapshot, 1, 1) IN (x'01', x'02', x'7B')") ?? 0
        }
        for id in ids {
            report.cases += 1
            do {
                if let difference = try verify(id) { report.problems.append("case \(id): the snapshot does not match its events: \(difference)") }
            } catch {
                report.problems.append("case \(id): \(error)")
            }
        }
        return report
    }
}
