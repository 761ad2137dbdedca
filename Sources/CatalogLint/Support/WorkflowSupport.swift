import CatalogModel
import Diagnostics

extension LintContext {
    /// A finding at a place in a procedure's (expanded) workflow. Where the place lies in a
    /// template, a note names the procedure that uses it; the linter merges the copies.
    func workflowFinding(_ procedure: Procedure, _ message: some DiagnosticMessage, at range: SourceRange) -> Diagnostic
    {
        var notes: [DiagnosticNote] = []
        if range.file != procedure.file, case .template(let name, _, _) = procedure.workflow {
            notes.append(
                DiagnosticNote(
                    LintMessage.templateUsedHere(procedure: procedure.code.value, template: name.value),
                    at: name.range))
        }
        return finding(message, at: range, notes: notes)
    }

    /// A finding at the start of every procedure's workflow that has no end with `outcome`
    /// (missing-result, missing-refusal).
    func workflowsWithoutEnd(
        _ outcome: Outcome, _ message: (Procedure) -> some DiagnosticMessage
    ) -> [Diagnostic] {
        catalog.procedures.values.compactMap { procedure in
            guard let workflow = catalog.workflows[procedure.code.value],
                !workflow.steps.values.contains(where: { $0.outcome == outcome })
            else { return nil }
            return workflowFinding(procedure, message(procedure), at: workflow.start.range)
        }
    }

    /// Where a procedure names its workflow: the template name, or the start step.
    func workflowRange(_ procedure: Procedure) -> SourceRange {
        switch procedure.workflow {
        case .template(let name, _, _): name.range
        case .inline(let workflow): workflow.start.range
        }
    }
}

extension Step {
    /// The unit or role that performs the step, with where it is written.
    var performer: Located<String>? {
        switch kind {
        case .task(let by, _, _, _): by
        case .end(let by, _): by
        default: nil
        }
    }

    var outcome: Outcome? {
        if case .end(_, let outcome) = kind { return outcome.value }
        return nil
    }
}

extension Workflow {
    /// Steps on the main flow after `id` (next, then, choices, branches and the join), not
    /// counting the clerk's exits.
    func successors(of id: String) -> [String] {
        guard let step = steps[id] else { return [] }
        switch step.kind {
        case .task(_, _, _, let next): return next.map { [$0.value] } ?? []
        case .wait(_, let then): return [then.value]
        case .choice(let branches, let otherwise):
            return branches.map(\.step.value) + (otherwise.map { [$0.value] } ?? [])
        case .parallel(let branches, let join): return branches.map(\.value) + [join.value]
        case .call(_, let next): return next.map { [$0.value] } ?? []
        case .end: return []
        }
    }

    /// Whether a step reachable from `id` on the main flow (`id` itself only through a loop)
    /// satisfies `found`. The walk stops at the first: a hand-off's receiver usually acts next.
    func reaches(from id: String, where found: (String) -> Bool) -> Bool {
        var seen: Set<String> = []
        var pending = successors(of: id)
        while let next = pending.popLast() {
            guard !seen.contains(next), steps[next] != nil else { continue }
            if found(next) { return true }
            seen.insert(next)
            pending += successors(of: next)
        }
        return false
    }
}
