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
    }

    /// SQLite's integrity check, each artifact against its checksums and its hash, and each case's
    /// snapshot against a replay of its events.
    public func verifyStore() throws(CaseError) -> VerifyReport {
        var report = VerifyReport()
        let integrity = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        if integrity != ["ok"] { report.problems += integrity.map { "SQLite integrity check: \($0)" } }
        for hash in (try? artifactHashes()) ?? [] {
            report.artifacts += 1
            do { _ = try read { db in try fullArtifact(hash, in: db) } } catch { report.problems.append("artifact \(hash): \(error)") }
        }
        let ids = (try? read { db in try String.fetchAll(db, sql: "SELECT id FROM cases ORDER BY id") }) ?? []
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
