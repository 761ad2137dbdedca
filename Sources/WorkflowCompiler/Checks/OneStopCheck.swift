import CatalogModel
import Diagnostics

/// C004: the dossier is received, and its result returned, at a Public Administration Service
/// Center (Decree 118/2025).
enum OneStopCheck {
    static func run(_ context: ProcedureContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard let start = context.graph.step(context.graph.start) else { return [] }
        if start.kind != .task && start.kind != .handOff || !isServiceCenter(context.unit(start.by)) {
            diagnostics.append(
                context.diagnostic(
                    .oneStopShape,
                    Localized(
                        "the first step \(start.id) must be the receipt of the dossier by a service centre (for example commune.pasc or province.pasc)\(performer(start))",
                        vi:
                            "bước đầu tiên \(start.id) phải là bước tiếp nhận hồ sơ tại Bộ phận Một cửa (ví dụ commune.pasc hoặc province.pasc)\(performerVi(start))"
                    ),
                    at: context.byRange(start.id)))
        }
        for step in context.graph.steps where step.kind == .end && step.outcome == Outcome.issued.rawValue {
            if !isServiceCenter(context.unit(step.by)) {
                diagnostics.append(
                    context.diagnostic(
                        .oneStopShape,
                        Localized(
                            "the result is returned at step \(step.id), which must be done by a service centre (by: commune.pasc or province.pasc)\(performer(step))",
                            vi:
                                "kết quả được trả ở bước \(step.id), bước này phải do Bộ phận Một cửa thực hiện (by: commune.pasc hoặc province.pasc)\(performerVi(step))"
                        ),
                        at: context.byRange(step.id)))
            }
        }
        return diagnostics
    }

    static func isServiceCenter(_ unit: Unit?) -> Bool {
        unit?.kind == .serviceCenter
    }

    private static func performer(_ step: CompiledStep) -> String {
        step.by.map { "; it is done by \($0)" } ?? "; it names no unit"
    }

    private static func performerVi(_ step: CompiledStep) -> String {
        step.by.map { "; bước này do \($0) thực hiện" } ?? "; bước này không ghi đơn vị nào"
    }
}
