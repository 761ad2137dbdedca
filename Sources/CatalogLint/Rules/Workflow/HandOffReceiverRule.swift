import CatalogModel
import Diagnostics

/// A hand-off sends the dossier to a unit; if no later step is done there, the graph says the
/// dossier arrives somewhere and is then handled by someone else, which is a wrong `to:`.
public struct HandOffReceiverRule: LintRule {
    /// The examples' procedure: a provincial permit.
    private static let permit = StandardProcedure.constructionPermit

    public static let description = RuleDescription(
        id: "hand-off-without-receiver",
        category: .workflow, severity: .warning,
        triggering: [
            .procedure(
                changing: permit,
                [
                    "workflow": """
                      start: receive
                      steps:
                        receive: { by: province.pasc, to: ↓province.construction, takes: 1 working day, next: sign }
                        sign: { by: province.chairman, takes: 5 working days, next: return }
                        return: { by: province.pasc, end: issued }
                    """
                ])
        ],
        nonTriggering: [
            .procedure(
                changing: permit,
                [
                    "workflow": """
                      start: receive
                      steps:
                        receive: { by: province.pasc, to: province.construction, takes: 1 working day, next: appraise }
                        appraise: { by: province.construction.director, takes: 5 working days, next: sign }
                        sign: { by: province.chairman, takes: 5 working days, next: return }
                        return: { by: province.pasc, end: issued }
                    """
                ])
        ])

    /// Who works in a called procedure: its deciding and implementing units and every step's
    /// performer, through the procedures it calls in turn.
    static func performers(of code: String, in context: LintContext) -> Set<String> {
        var result: Set<String> = []
        var pending = [code]
        var seen: Set<String> = []
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, let procedure = context.catalog.procedures[next] else { continue }
            result.insert(procedure.authority.value)
            result.formUnion(procedure.implementedBy.map(\.value))
            for step in context.catalog.workflows[next].map({ Array($0.steps.values) }) ?? [] {
                if let by = step.performer { result.insert(by.value) }
                if case .call(let callee, _) = step.kind { pending.append(callee.value) }
            }
        }
        return result
    }

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            guard let workflow = context.catalog.workflows[procedure.code.value] else { continue }
            for (id, step) in workflow.steps {
                guard case .task(_, let to?, _, _) = step.kind, let receiver = context.catalog.resolve(to.value) else {
                    continue
                }
                // Handed to a role: that person acts next. To a unit: the unit, one of its roles or
                // divisions. A called procedure counts with its own workflow (a sub-case runs there).
                func isReceiver(_ by: String) -> Bool {
                    switch receiver {
                    case .role: return by == to.value
                    case .unit(let unit): return by == unit || by.hasPrefix(unit + ".")
                    }
                }
                let handled = workflow.reaches(from: id) { next in
                    guard let step = workflow.steps[next] else { return false }
                    if case .call(let callee, _) = step.kind {
                        return Self.performers(of: callee.value, in: context).contains(where: isReceiver)
                    }
                    return step.performer.map { isReceiver($0.value) } ?? false
                }
                if handled { continue }
                // In a template, name the parameter as written, so the procedures' copies merge.
                let shown =
                    to.range.file == procedure.file
                    ? to.value : (context.file(to.range.file)?.raw(to.range) ?? to.value)
                findings.append(
                    context.workflowFinding(
                        procedure,
                        LintMessage.handOffNeverReceived(id: id, shown: shown),
                        at: to.range))
            }
        }
        return findings
    }
}
