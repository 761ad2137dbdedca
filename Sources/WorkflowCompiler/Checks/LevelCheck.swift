import CatalogModel
import Diagnostics

/// C005 and C011: a procedure is decided at its own level unless it is inter-level, and an
/// inter-level procedure really hands the dossier between levels.
enum LevelCheck {
    static func run(_ context: ProcedureContext, procedure: Procedure, catalog: Catalog) -> [Diagnostic] {
        // Read once: it builds the set of the procedure's levels.
        let isInterLevel = procedure.isInterLevel
        var diagnostics: [Diagnostic] = []
        if !isInterLevel, let authority = context.unit(procedure.authority.value, in: catalog),
            authority.level != procedure.level.value
        {
            diagnostics.append(
                Diagnostic(
                    .levelMismatch,
                    CompilerMessage.authorityAtOtherLevel(
                        level: procedure.level.value.rawValue, authority: procedure.authority.value,
                        authorityLevel: authority.level.rawValue),
                    at: procedure.authority.range))
        }
        if isInterLevel {
            let crosses = context.graph.steps.contains { step in
                guard step.kind == .handOff, let from = context.unit(step.by, in: catalog),
                    let to = context.unit(step.to, in: catalog)
                else {
                    return false
                }
                return from.level != to.level
            }
            if !crosses {
                let range = procedure.interLevel.first?.range ?? procedure.level.range
                diagnostics.append(
                    Diagnostic(
                        .missingHandOff,
                        CompilerMessage.interLevelWithoutHandOff(code: context.code),
                        at: range))
            }
        }
        return diagnostics
    }
}
