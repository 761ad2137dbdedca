import CatalogModel
import Diagnostics

/// C005 and C011: a procedure is decided at its own level unless it is inter-level, and an
/// inter-level procedure really hands the dossier between levels.
enum LevelCheck {
    static func run(_ context: ProcedureContext) -> [Diagnostic] {
        let procedure = context.procedure
        var diagnostics: [Diagnostic] = []
        if !procedure.isInterLevel, let authority = context.unit(procedure.authority.value),
            authority.level != procedure.level.value
        {
            diagnostics.append(
                Diagnostic(
                    .levelMismatch,
                    Localized(
                        "a \(procedure.level.value.rawValue)-level procedure is decided by \(procedure.authority.value), a \(authority.level.rawValue)-level unit; decide it at \(procedure.level.value.rawValue) level, or declare inter_level: [commune, province]",
                        vi:
                            "thủ tục cấp \(procedure.level.value.rawValue) lại do \(procedure.authority.value), một đơn vị cấp \(authority.level.rawValue), quyết định; hãy để cấp \(procedure.level.value.rawValue) quyết định, hoặc khai báo inter_level: [commune, province]"
                    ),
                    at: procedure.authority.range))
        }
        if procedure.isInterLevel {
            let crosses = context.graph.steps.contains { step in
                guard step.kind == .handOff, let from = context.unit(step.by), let to = context.unit(step.to) else {
                    return false
                }
                return from.level != to.level
            }
            if !crosses {
                let range = procedure.interLevel.first?.range ?? procedure.level.range
                diagnostics.append(
                    Diagnostic(
                        .missingHandOff,
                        Localized(
                            "procedure \(context.code) is inter-level but no step hands the dossier to a unit of the other level; add a step with by: (one level) and to: (the other)",
                            vi:
                                "thủ tục \(context.code) là thủ tục liên cấp nhưng không bước nào chuyển hồ sơ cho đơn vị của cấp kia; hãy thêm một bước có by: (một cấp) và to: (cấp kia)"
                        ),
                        at: range))
            }
        }
        return diagnostics
    }
}
