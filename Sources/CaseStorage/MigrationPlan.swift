import CaseEngine
import WorkCalendar
import WorkflowCompiler

/// What adopting an artifact would do to each open case, whatever the store: a case already on it
/// is unchanged; any other is checked against the procedure it was opened on. Each store says how
/// it reads an artifact's header (its format, refused in words) and a stored procedure.
public enum MigrationPlan {
    public static func findings(
        for states: [CaseState], adopting artifact: CompiledCatalog,
        checkFormat: (_ hash: String) throws -> Void,
        storedProcedure: (_ hash: String, _ code: String) throws -> CompiledProcedure?
    ) throws -> [MigrationFinding] {
        var old: [String: [String: CompiledProcedure]] = [:]
        return try states.map { state in
            if state.artifactHash == artifact.contentHash {
                return MigrationFinding(
                    caseId: state.id, procedure: state.procedure, activeSteps: state.tokens.map(\.step.text),
                    verdict: .unchanged, reasons: [], notes: [.alreadyOnArtifact])
            }
            if old[state.artifactHash] == nil {
                try checkFormat(state.artifactHash)
                old[state.artifactHash] = [:]
            }
            if old[state.artifactHash]?[state.procedure] == nil,
                let procedure = try storedProcedure(state.artifactHash, state.procedure)
            {
                old[state.artifactHash]?[state.procedure] = procedure
            }
            return MigrationCheck.check(
                state, old: old[state.artifactHash]?[state.procedure], new: artifact.procedure(state.procedure))
        }
    }

    /// Re-pins `state` to `artifact`: a `migrated` event at `now` (not before the case's last
    /// event), evolved by the interpreter the case runs on; returned for the store to write.
    public static func migrate(
        _ state: inout CaseState, to artifact: CompiledCatalog, at now: LocalDateTime, on interpreter: CaseInterpreter
    ) -> CaseEvent {
        var event = CaseEvent(.migrated, at: max(now, state.lastEventAt))
        event.artifact = artifact.contentHash
        interpreter.evolve(&state, event)
        return event
    }
}
