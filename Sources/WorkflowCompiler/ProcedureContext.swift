import CatalogModel
import Diagnostics

/// What every per-procedure check sees: the procedure's code and file, its expanded workflow
/// (with the source ranges of the template where it came from one) and its compiled graph. The
/// catalog and the procedure are passed to the checks that read them, not kept here: a copy of a
/// Catalog or a Procedure is a reference count for each of its fields, taken and dropped for
/// every workflow checked.
struct ProcedureContext {
    let code: String
    /// The file the procedure is written in.
    let file: String
    /// The `template:` line of the procedure, when its workflow comes from a template.
    let templateUse: (name: String, range: SourceRange)?
    let workflow: Workflow
    let graph: CompiledGraph
    let converter: DurationConverter
    /// The graph's steps by position, for the checks that walk it.
    let index: StepIndex

    init(procedure: Procedure, workflow: Workflow, graph: CompiledGraph, converter: DurationConverter) {
        code = procedure.code.value
        file = procedure.file
        if case .template(let name, _, _) = procedure.workflow {
            templateUse = (name.value, name.range)
        } else {
            templateUse = nil
        }
        self.workflow = workflow
        self.graph = graph
        self.converter = converter
        self.index = StepIndex(graph)
    }

    /// A diagnostic at `range`; when the range lies in a template, a note points at the
    /// procedure that uses it.
    func diagnostic(
        _ code: DiagnosticCode, _ message: some DiagnosticMessage, at range: SourceRange, notes: [DiagnosticNote] = [],
        severity: Severity? = nil
    ) -> Diagnostic {
        withTemplateNote(Diagnostic(code, message, at: range, severity: severity, notes: notes))
    }

    /// `diagnostic`, with the note that points at the procedure when it lies in a template.
    func withTemplateNote(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.range.file != file, let use = templateUse else { return diagnostic }
        var d = diagnostic
        d.notes.append(
            DiagnosticNote(CompilerMessage.templateUsedHere(procedure: code, template: use.name), at: use.range))
        return d
    }

    func stepRange(_ id: String) -> SourceRange {
        workflow.steps[id]?.id.range ?? workflow.start.range
    }

    /// The unit a reference names in `catalog` (a role's unit for a role).
    func unit(_ reference: String?, in catalog: Catalog) -> Unit? {
        guard let reference else { return nil }
        // A unit's own id, what most steps name (a service centre), is `resolve`'s first answer:
        // found once here, rather than by `resolve` and then again by the id it gives.
        if let unit = catalog.units.index(forKey: reference) { return catalog.units.values[unit] }
        guard let resolved = catalog.resolve(reference) else { return nil }
        return catalog.units[resolved.unitId]
    }

    /// The range of a step's `by` value, else the step id.
    func byRange(_ id: String) -> SourceRange {
        guard let step = workflow.steps[id] else { return stepRange(id) }
        switch step.kind {
        case .task(let by, _, _, _): return by.range
        case .end(let by, _): return by?.range ?? step.id.range
        default: return step.id.range
        }
    }
}
