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
        report.checkCases(of: self)
        return report
    }
}

extension CaseStore.VerifyReport {
    /// Each case of `store`: its snapshot against a replay of its events (every store alike).
    mutating func checkCases(of store: any CaseStoring) {
        for id in (try? store.caseIds()) ?? [] {
            cases += 1
            do {
                if let difference = try store.verify(id) { problems.append("case \(id): the snapshot does not match its events: \(difference)") }
            } catch {
                problems.append("case \(id): \(error)")
            }
        }
    }
}
