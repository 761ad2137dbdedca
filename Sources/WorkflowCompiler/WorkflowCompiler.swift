import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

/// Compiles a resolved catalog into one checked graph per procedure and the compiled artifact.
public struct WorkflowCompiler: Sendable {
    /// Threads that check procedures (the output does not depend on it).
    public var workers: Int

    public init(workers: Int = ProcessorCount.workers) {
        self.workers = max(1, workers)
    }

    public struct Result: Sendable {
        public var artifact: CompiledCatalog
        /// Each compiled procedure's deadline and budget figures, by code (unless `keeping`
        /// was `.diagnostics`).
        public var budgets: [String: CompiledBudget] = [:]
        /// What this compile kept: a reader of `budgets` needs more than `.diagnostics`.
        public var keeping: Keeping = .artifact
        /// Sorted by position; template diagnostics shared by many procedures are merged.
        public var diagnostics: [Diagnostic]
    }

    /// `filesWithErrors`: files the loader already found errors in. A procedure in one (or using a
    /// template in one) is not compiled, so one typo does not cascade into graph errors.
    /// `at`: compile the catalog as it stands on that date (`--at`): procedures not in force then
    /// are left out, the others take their versions and dated values of that date, and legal
    /// documents are checked on it.
    /// `keeping`: what outlives each procedure's check (`Keeping`), so that a caller that needs
    /// less never holds every graph of a large catalog at once.
    public func compile(
        _ catalog: Catalog, filesWithErrors: Set<String> = [], at: CivilDate? = nil, keeping: Keeping = .artifact
    ) -> Result {
        var diagnostics: [Diagnostic] = []
        let calendar = (try? catalog.workCalendar()) ?? WorkCalendar.rulesOnly
        let converter = DurationConverter(calendar: calendar, fromYear: catalog.manifest?.effective.year ?? 2025)
        let successors = catalog.legalSuccessors()
        diagnostics += DistrictCheck.units(catalog)
        diagnostics += DatedValuesCheck.replacementCycles(catalog)

        // Each procedure is checked on its own, on all cores; the results are gathered in the
        // catalog's order, so the report and the artifact are those of a single-threaded run.
        let checked = catalog.procedures.values.parallelMap(workers: workers) { original in
            check(
                original, catalog: catalog, filesWithErrors: filesWithErrors, at: at, keeping: keeping,
                converter: converter, successors: successors)
        }
        var procedures: [CompiledProcedure] = []
        // Sized once: grown by doubling, a large catalog's list held room for up to twice its
        // procedures for as long as the artifact lived.
        if keeping == .artifact { procedures.reserveCapacity(checked.count) }
        var budgets: [String: CompiledBudget] = [:]
        if keeping != .diagnostics { budgets.reserveCapacity(checked.count) }
        var calls: [String: [(String, SourceRange)]] = [:]
        for outcome in checked {
            diagnostics += outcome.diagnostics
            if !outcome.calls.isEmpty { calls[outcome.code, default: []] += outcome.calls }
            if let compiled = outcome.compiled { procedures.append(compiled) }
            if let budget = outcome.budget { budgets[outcome.code] = budget }
        }
        diagnostics += CallCycleCheck.run(calls: calls)
        var artifact = ArtifactBuilder.catalog(catalog, procedures: procedures, minutesPerDay: converter.minutesPerDay)
        artifact.asOf = at
        return Result(
            artifact: artifact, budgets: budgets, keeping: keeping,
            diagnostics: TemplateFindings.merged(diagnostics).sorted())
    }

    /// What checking one procedure gives: its diagnostics, the procedures its workflows call
    /// (for the call-cycle check across the catalog), and its compiled form and budget when kept.
    struct ProcedureOutcome: Sendable {
        var code: String
        var diagnostics: [Diagnostic] = []
        var calls: [(String, SourceRange)] = []
        var compiled: CompiledProcedure?
        var budget: CompiledBudget?
    }

    /// `compile`'s work for one procedure: it reads the catalog and writes nothing shared.
    func check(
        _ original: Procedure, catalog: Catalog, filesWithErrors: Set<String>, at: CivilDate?, keeping: Keeping,
        converter: DurationConverter, successors: LegalSuccessors
    ) -> ProcedureOutcome {
        // Without a date the procedure is checked as it is, passed along rather than copied into
        // a variable (a copy of a Procedure is a reference count for each of its fields).
        guard let at else {
            return check(
                original, as: original, catalog: catalog, filesWithErrors: filesWithErrors, at: nil, keeping: keeping,
                converter: converter, successors: successors)
        }
        guard original.isInForce(on: at) else { return ProcedureOutcome(code: original.code.value) }
        return check(
            original, as: original.asOf(at), catalog: catalog, filesWithErrors: filesWithErrors, at: at,
            keeping: keeping, converter: converter, successors: successors)
    }

    /// `check` of `original` as it stands on `at`: `procedure` (`original` itself without `at`).
    private func check(
        _ original: Procedure, as procedure: Procedure, catalog: Catalog, filesWithErrors: Set<String>,
        at: CivilDate?, keeping: Keeping, converter: DurationConverter, successors: LegalSuccessors
    ) -> ProcedureOutcome {
        var outcome = ProcedureOutcome(code: original.code.value)
        let code = procedure.code.value
        if at == nil { outcome.diagnostics += DatedValuesCheck.run(original, catalog: catalog) }
        outcome.diagnostics += LegalBasisCheck.run(procedure, catalog: catalog, successors: successors, at: at)
        outcome.diagnostics += DistrictCheck.procedure(procedure)
        guard let workflow = catalog.workflow(of: code, on: at) else { return outcome }
        if filesWithErrors.contains(procedure.file) { return outcome }
        // The template's file read by position: `templates[name]` copied the whole template.
        if case .template(let name, _, _) = procedure.workflow,
            let template = catalog.templates.index(forKey: name.value),
            filesWithErrors.contains(catalog.templates.values[template].range.file)
        {
            return outcome
        }
        // Budgets as text and titles are for the artifact's graphs only.
        let keepsTexts = keeping == .artifact
        let own = checkedGraph(procedure, workflow, catalog: catalog, converter: converter, keepsTexts: keepsTexts)
        outcome.diagnostics += own.diagnostics
        outcome.calls = own.calls
        var dated: [CompiledProcedure.DatedWorkflow] = []
        if at == nil {
            // From each version's date, the workflow then in force (a version's own or the
            // one before) is checked against the terms then in force: a version that
            // changes the deadline must still hold the workflow's budget, and a version's
            // workflow passes every graph check, reported at its own lines.
            for version in original.versions.sorted(by: { $0.from.value < $1.from.value })
            where version.deadline != nil || version.workflow != nil {
                let date = version.from.value
                guard let inForce = catalog.workflow(of: code, on: date) else { continue }
                let checked = checkedGraph(
                    original.asOf(date), inForce, catalog: catalog, converter: converter, keepsTexts: keepsTexts,
                    budgetOnly: version.workflow == nil)
                outcome.diagnostics += checked.diagnostics
                if version.workflow != nil {
                    dated.append(
                        CompiledProcedure.DatedWorkflow(
                            from: date, graph: checked.graph, budgetMinutes: checked.budget.longestMinutes,
                            slackMinutes: checked.budget.longestMinutes.map { checked.budget.deadlineMinutes - $0 }))
                }
            }
        }
        // The calls of the versions' workflows, after the workflow's own (`own.calls`).
        let versionWorkflows =
            at == nil ? original.versions.compactMap { catalog.versionWorkflows[code]?[$0.from.value] } : []
        for flow in versionWorkflows {
            for step in flow.steps.values {
                if case .call(let callee, _) = step.kind { outcome.calls.append((callee.value, callee.range)) }
            }
        }
        guard keeping != .diagnostics else { return outcome }
        var compiled = ArtifactBuilder.procedure(procedure, graph: own.graph, budget: own.budget, converter: converter)
        if !dated.isEmpty { compiled.workflows = dated }
        outcome.budget = CompiledBudget(compiled)
        if keeping == .artifact { outcome.compiled = compiled }
        return outcome
    }

    /// One workflow of a procedure built and checked (C001–C009) against the procedure's terms;
    /// `keepsTexts`: the graph goes into the artifact (`GraphBuilder.keepsTexts`). `budgetOnly`:
    /// the graph was checked already, only the budget against these terms.
    func checkedGraph(
        _ procedure: Procedure, _ workflow: Workflow, catalog: Catalog, converter: DurationConverter,
        keepsTexts: Bool, budgetOnly: Bool = false
    ) -> CheckedGraph {
        var builderDiagnostics: [Diagnostic] = []
        let built = GraphBuilder(converter: converter, keepsTexts: keepsTexts) { builderDiagnostics.append($0) }.build(
            workflow, catalog: catalog)
        let graph = built.graph
        let context = ProcedureContext(procedure: procedure, workflow: workflow, graph: graph, converter: converter)
        let budget = BudgetCheck.run(context, procedure: procedure)
        if budgetOnly {
            return CheckedGraph(graph: graph, budget: budget, diagnostics: budget.diagnostics, calls: built.calls)
        }
        var diagnostics = builderDiagnostics.map { context.withTemplateNote($0) }
        diagnostics += ReachabilityCheck.run(context)
        diagnostics += OneStopCheck.run(context, catalog: catalog)
        diagnostics += LevelCheck.run(context, procedure: procedure, catalog: catalog)
        diagnostics += budget.diagnostics
        return CheckedGraph(graph: graph, budget: budget, diagnostics: diagnostics, calls: built.calls)
    }

    /// `checkedGraph`'s answer: the graph, its budget, what the checks found, and what its steps
    /// call (`GraphBuilder.Built.calls`).
    struct CheckedGraph {
        var graph: CompiledGraph
        var budget: BudgetCheck.Outcome
        var diagnostics: [Diagnostic]
        var calls: [(String, SourceRange)]
    }
}
