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
            var old: [String: [String: CompiledProcedure]] = [:]
            return try states.map { state in
                if state.artifactHash == artifact.contentHash {
                    return MigrationFinding(
                        caseId: state.id, procedure: state.procedure, activeSteps: state.tokens.map(\.step.text),
                        verdict: .unchanged, reasons: [], notes: ["already on this artifact"])
                }
                // Its format, in words.
                if old[state.artifactHash] == nil { _ = try header(state.artifactHash, in: db) }
                if old[state.artifactHash]?[state.procedure] == nil,
                    let body = try Data.fetchOne(
                        db, sql: "SELECT body FROM artifact_procedures WHERE hash = ? AND code = ?",
                        arguments: [state.artifactHash, state.procedure])
                {
                    old[state.artifactHash, default: [:]][state.procedure] = try decoder.decode(
                        CompiledProcedure.self, from: body)
                }
                return MigrationCheck.check(
                    state, old: old[state.artifactHash]?[state.procedure], new: artifact.procedure(state.procedure))
            }
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
                var event = CaseEvent(.migrated, at: max(now, state.lastEventAt))
                event.artifact = artifact.contentHash
                try interpreter(state.artifactHash, for: state.procedure, in: db).evolve(&state, event)
                try EventRows.insert(
                    event, caseId: state.id, version: state.version, recordedAt: StoreConventions.now(), in: db)
                try Self.saveState(state, in: db)
            }
        }
        return findings
    }
}
