import CaseEngine
import CaseStorage
import Foundation
import GRDB
import WorkCalendar
import WorkflowCompiler

extension CaseStore {
    /// What adopting `artifact` would do to every open case (not written: a dry run).
    public func migrationReport(to artifact: CompiledCatalog) throws(CaseError) -> [MigrationFinding] {
        try read { db in
            let states = try Data.fetchAll(db, sql: "SELECT snapshot FROM cases WHERE status != 'closed' ORDER BY id")
                .map { try SnapshotCodec.decode([UInt8]($0)) }
            return try MigrationPlan.findings(
                for: states, adopting: artifact, checkFormat: { _ = try header($0, in: db) },
                storedProcedure: { hash, code in
                    try Data.fetchOne(
                        db, sql: "SELECT body FROM artifact_procedures WHERE hash = ? AND code = ?",
                        arguments: [hash, code]
                    ).map { try decoder.decode(CompiledProcedure.self, from: $0) }
                })
        }
    }

    /// Re-pins every open case that `artifact` does not break (a `migrated` event each), in one
    /// transaction; returns the findings, with the broken cases left on their artifact.
    public func adopt(_ artifact: CompiledCatalog, at now: LocalDateTime) throws(CaseError) -> [MigrationFinding] {
        try register(artifact)
        let findings = try migrationReport(to: artifact)
        try transaction { db in
            for finding in findings where finding.verdict != .breaks {
                guard var state = try Self.loadState(finding.caseId, in: db), state.artifactHash != artifact.contentHash
                else { continue }
                let event = try MigrationPlan.migrate(
                    &state, to: artifact, at: now, on: interpreter(state.artifactHash, for: state.procedure, in: db))
                try EventRows.insert(
                    event, caseId: state.id, version: state.version, recordedAt: StoreConventions.now(), in: db)
                try Self.saveState(state, in: db)
            }
        }
        return findings
    }
}
