import CatalogModel
import Diagnostics

/// C004: the dossier is received, and its result returned, at a Public Administration Service
/// Center (Decree 118/2025).
enum OneStopCheck {
    static func run(_ context: ProcedureContext, catalog: Catalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard let start = context.graph.step(context.graph.start) else { return [] }
        if start.kind != .task && start.kind != .handOff || !isServiceCenter(context.unit(start.by, in: catalog)) {
            diagnostics.append(
                context.diagnostic(
                    .oneStopShape,
                    CompilerMessage.receiptNotAtServiceCentre(step: start.id, by: start.by),
                    at: context.byRange(start.id)))
        }
        for step in context.graph.steps where step.kind == .end && step.outcome == Outcome.issued.rawValue {
            if !isServiceCenter(context.unit(step.by, in: catalog)) {
                diagnostics.append(
                    context.diagnostic(
                        .oneStopShape,
                        CompilerMessage.resultNotAtServiceCentre(step: step.id, by: step.by),
                        at: context.byRange(step.id)))
            }
        }
        return diagnostics
    }

    static func isServiceCenter(_ unit: Unit?) -> Bool {
        unit?.kind == .serviceCenter
    }

}
