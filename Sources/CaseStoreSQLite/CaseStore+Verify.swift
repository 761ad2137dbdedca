import CaseEngine
import CaseStorage
import Foundation
import GRDB

/// `tthc case verify`: the whole store checked, every damage named.
extension CaseStore {
    public typealias VerifyReport = StoreVerifyReport

    /// SQLite's integrity check, each artifact against its checksums and its hash, and each case's
    /// events against their checksums and its snapshot against its checksum and a replay of them.
    public func verifyStore() throws(CaseError) -> VerifyReport {
        var report = VerifyReport()
        let integrity = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        if integrity != ["ok"] { report.problems += integrity.map { "SQLite integrity check: \($0)" } }
        for hash in (try? artifactHashes()) ?? [] {
            report.artifacts += 1
            do { _ = try read { db in try fullArtifact(hash, in: db) } } catch {
                report.problems.append("artifact \(hash): \(error)")
            }
        }
        try read { db in
            report.uncheckedEvents =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE checksum IS NULL") ?? 0
            // Formats 1 and 2 and JSON (`SnapshotCodec.hasChecksum`).
            report.uncheckedSnapshots =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM cases WHERE substr(snapshot, 1, 1) IN (x'01', x'02', x'7B')") ?? 0
        }
        report.checkCases(of: self)
        return report
    }
}
