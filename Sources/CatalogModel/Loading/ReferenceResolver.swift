import Diagnostics
import OrderedCollections
import WorkCalendar

/// Checks that every reference names something the catalog declares, and expands templates.
/// Graph-level checks (reachability, fork/join, deadline budget) belong to the compiler.
struct ReferenceResolver {
    let catalog: Catalog
    let context: LoadContext
    /// Each template's parameter uses, by template id (worked out once, in `run`).
    var plans: OrderedDictionary<String, TemplatePlan> = [:]

    func run(expandingInto catalog: inout Catalog, workers: Int) {
        checkLegalDocuments()
        checkForms()
        let known = self.catalog
        let plans = known.templates.mapValues { TemplatePlan($0.workflow) }
        for (template, plan) in zip(known.templates.values, plans.values) {
            checkTemplate(template, plan: plan)
        }
        // Procedures are resolved on all cores, each thread with a context of its own (its
        // table of what it has seen kept); their findings join this context in the catalog's order, as a
        // single-threaded run would report them.
        let resolved = known.procedures.values.parallelMap(
            workers: workers, perWorker: { LoadContext() },
            { context, procedure in
                ReferenceResolver(catalog: known, context: context, plans: plans).resolve(procedure)
            })
        catalog.workflows.reserveCapacity(known.procedures.count)
        for (procedure, outcome) in zip(known.procedures.values, resolved) {
            context.diagnostics += outcome.diagnostics
            if let workflow = outcome.workflow { catalog.workflows[procedure.code.value] = workflow }
            if !outcome.versionWorkflows.isEmpty {
                catalog.versionWorkflows[procedure.code.value] = outcome.versionWorkflows
            }
        }
    }

    /// One procedure's references checked and its workflows expanded.
    struct Resolved: Sendable {
        var workflow: Workflow?
        var versionWorkflows: [CivilDate: Workflow] = [:]
        var diagnostics: [Diagnostic]
    }

    private func resolve(_ procedure: Procedure) -> Resolved {
        let workflow = check(procedure)
        var versionWorkflows: [CivilDate: Workflow] = [:]
        // A version's workflow is checked and expanded like the procedure's own.
        for version in procedure.versions {
            guard let source = version.workflow, let expanded = expand(source, of: procedure) else { continue }
            versionWorkflows[version.from.value] = expanded
        }
        defer { context.diagnostics = [] }
        return Resolved(workflow: workflow, versionWorkflows: versionWorkflows, diagnostics: context.diagnostics)
    }

    // MARK: registries

    private func checkLegalDocuments() {
        for document in catalog.legalDocuments.values {
            for replaced in document.replaces where !knownLegal(replaced.value) {
                reportLegal(replaced)
            }
            if let successor = document.replacedBy, !knownLegal(successor.value) { reportLegal(successor) }
        }
    }

    private func checkForms() {
        for form in catalog.forms.values {
            if let basis = form.legalBasis, !knownLegal(basis.value) { reportLegal(basis) }
        }
    }

    private func knownLegal(_ id: String) -> Bool {
        catalog.legalDocuments.index(forKey: id) != nil || catalog.broken.legalDocuments.contains(id)
    }

    private func reportLegal(_ id: Located<String>) {
        context.report(
            .unknownLegalDocument,
            LoaderMessage.unknownLegalDocument(
                id: id.value, suggestion: Suggestions.nearest(to: id.value, in: catalog.legalDocuments.keys)),
            at: id.range)
    }

    // MARK: procedures

    private func check(_ procedure: Procedure) -> Workflow? {
        if catalog.fields.index(forKey: procedure.field.value) == nil
            && !catalog.broken.fields.contains(procedure.field.value)
        {
            context.report(
                .unknownField,
                LoaderMessage.unknownField(
                    field: procedure.field.value,
                    suggestion: Suggestions.nearest(to: procedure.field.value, in: catalog.fields.keys)),
                at: procedure.field.range)
        }
        checkUnit(procedure.authority)
        for unit in procedure.versions.compactMap(\.authority) + procedure.implementedBy + procedure.coordinating {
            checkUnit(unit)
        }
        let versions = procedure.versions
        for basis in procedure.legalBasis + versions.flatMap({ $0.legalBasis ?? [] }) where !knownLegal(basis.value) {
            reportLegal(basis)
        }
        for announced in [procedure.announcedBy].compactMap({ $0 }) + versions.compactMap(\.announcedBy)
        where !knownLegal(announced.value) { reportLegal(announced) }
        let allFees = procedure.fees + procedure.channels.flatMap { $0.fees ?? [] } + versions.flatMap { $0.fees ?? [] }
        for fee in allFees {
            if let schedule = fee.schedule, !knownLegal(schedule.value) { reportLegal(schedule) }
        }
        for item in procedure.dossier + versions.flatMap({ $0.dossier ?? [] }) {
            if let form = item.form, catalog.forms.index(forKey: form.value) == nil,
                !catalog.broken.forms.contains(form.value)
            {
                context.report(
                    .unknownForm,
                    LoaderMessage.unknownForm(
                        form: form.value, suggestion: Suggestions.nearest(to: form.value, in: catalog.forms.keys)),
                    at: form.range)
            }
        }
        return expand(procedure.workflow, of: procedure)
    }

    /// A workflow as written, checked: inline as it is, a template with the procedure's arguments.
    private func expand(_ source: WorkflowSource, of procedure: Procedure) -> Workflow? {
        let facts = Set(procedure.conditions.map(\.id))
        switch source {
        case .inline(let workflow):
            checkStructure(workflow)
            checkReferences(workflow, facts: facts)
            return workflow
        case .template(let name, let arguments, _):
            guard let template = catalog.templates[name.value] else {
                if catalog.broken.templates.contains(name.value) { return nil }
                context.report(
                    .unknownTemplate,
                    LoaderMessage.unknownTemplate(
                        name: name.value, suggestion: Suggestions.nearest(to: name.value, in: catalog.templates.keys)),
                    at: name.range)
                return nil
            }
            let declared = template.params.map(\.value)
            for param in declared where arguments[param] == nil {
                context.report(
                    .templateParameter,
                    LoaderMessage.missingTemplateArgument(name: name.value, param: param), at: name.range,
                    notes: [
                        DiagnosticNote(
                            LoaderMessage.templateDeclaresParameterHere,
                            at: template.params.first { $0.value == param }?.range)
                    ])
            }
            for (key, value) in arguments where !declared.contains(key) {
                context.report(
                    .templateParameter,
                    LoaderMessage.unknownTemplateArgument(
                        name: name.value, key: key, suggestion: Suggestions.nearest(to: key, in: declared),
                        declared: declared),
                    at: value.range)
            }
            let plan = plans[name.value] ?? TemplatePlan(template.workflow)
            let values = plan.arguments(from: arguments)
            // Each `$budget` argument is read once: the expansion takes its duration, the check its error.
            var budgets = [Result<WorkDuration, any Error>?](repeating: nil, count: values.count)
            for uses in plan.steps {
                guard let slot = uses.takes, budgets[slot] == nil, let argument = values[slot] else { continue }
                budgets[slot] = Result { try context.parseDuration(argument.value) }
            }
            let expanded = TemplateExpansion.expand(
                template.workflow, plan: plan, arguments: values, durations: budgets.map { try? $0?.get() })
            checkSubstitutedReferences(
                template.workflow, plan: plan, arguments: values, budgets: budgets, procedure: procedure,
                templateName: name, facts: facts)
            return expanded
        }
    }

    private func checkUnit(_ reference: Located<String>, note: DiagnosticNote? = nil, at range: SourceRange? = nil) {
        if isUnknownUnit(reference.value) { reportUnknownUnit(reference, note: note, at: range) }
    }

    private func isUnknownUnit(_ reference: String) -> Bool {
        !reference.hasPrefix("$") && catalog.resolve(reference) == nil && !catalog.broken.containsUnit(of: reference)
    }

    private func reportUnknownUnit(_ reference: Located<String>, note: DiagnosticNote?, at range: SourceRange?) {
        let candidates =
            catalog.units.keys + catalog.units.values.flatMap { unit in unit.roles.map { "\(unit.id).\($0.id)" } }
        context.report(
            .unknownUnit,
            LoaderMessage.unknownUnit(
                reference: reference.value, suggestion: Suggestions.nearest(to: reference.value, in: candidates)),
            at: range ?? reference.range, notes: note.map { [$0] } ?? [])
    }

    private func checkCall(_ code: Located<String>, at range: SourceRange? = nil, note: DiagnosticNote? = nil) {
        if isUnknownProcedure(code.value) { reportUnknownProcedure(code, at: range, note: note) }
    }

    private func isUnknownProcedure(_ code: String) -> Bool {
        !code.hasPrefix("$") && catalog.procedures.index(forKey: code) == nil
            && !catalog.broken.procedures.contains(code)
    }

    private func reportUnknownProcedure(_ code: Located<String>, at range: SourceRange?, note: DiagnosticNote?) {
        context.report(
            .unknownProcedure,
            LoaderMessage.unknownCalledProcedure(
                code: code.value, suggestion: Suggestions.nearest(to: code.value, in: catalog.procedures.keys)),
            at: range ?? code.range, notes: note.map { [$0] } ?? [])
    }

    // MARK: workflows

    /// Step names used by next/then/join/branches/choices/exits exist. Checked once per
    /// workflow (a template's once, not once per procedure that uses it).
    private func checkStructure(_ workflow: Workflow) {
        let ids = Array(workflow.steps.keys)
        func target(_ ref: Located<String>?) {
            guard let ref, workflow.steps[ref.value] == nil else { return }
            context.report(
                .unknownStep,
                LoaderMessage.unknownStep(
                    ref: ref.value, suggestion: Suggestions.nearest(to: ref.value, in: ids)), at: ref.range)
        }
        target(workflow.start)
        for step in workflow.steps.values {
            switch step.kind {
            case .task(_, _, _, let next): target(next)
            case .wait(_, let then): target(then)
            case .choice(let branches, let otherwise):
                for branch in branches { target(branch.step) }
                target(otherwise)
            case .parallel(let branches, let join):
                for branch in branches { target(branch) }
                target(join)
            case .call(_, let next): target(next)
            case .end: break
            }
            for allowed in step.may { target(allowed.step) }
        }
    }

    /// Units, roles and calls that a workflow names literally, and the case facts it branches on.
    private func checkReferences(_ workflow: Workflow, facts: Set<String>?) {
        for step in workflow.steps.values {
            switch step.kind {
            case .task(let by, let to, _, _):
                checkUnit(by)
                if let to { checkUnit(to) }
            case .end(let by, _): if let by { checkUnit(by) }
            case .call(let code, _): checkCall(code)
            case .choice(let branches, _):
                guard let facts else { break }
                for branch in branches where !facts.contains(branch.fact.value) {
                    context.report(
                        .unknownCondition,
                        LoaderMessage.unknownCaseFact(
                            fact: branch.fact.value, suggestion: Suggestions.nearest(to: branch.fact.value, in: facts)),
                        at: branch.fact.range)
                }
            case .wait, .parallel: break
            }
        }
    }

    private func checkTemplate(_ template: WorkflowTemplate, plan: TemplatePlan) {
        checkStructure(template.workflow)
        checkReferences(template.workflow, facts: nil)
        let declared = Set(template.params.map(\.value))
        for use in plan.written where !declared.contains(String(use.value.dropFirst())) {
            context.report(
                .templateParameter,
                LoaderMessage.undeclaredTemplateParameter(use: use.value),
                at: use.range)
        }
    }

    /// After substitution: a bad argument is reported at the procedure's `with` value, with a
    /// note at the template line that uses it; a case fact the template branches on must be
    /// declared by the procedure.
    private func checkSubstitutedReferences(
        _ template: Workflow, plan: TemplatePlan, arguments: [Located<String>?],
        budgets: [Result<WorkDuration, any Error>?], procedure: Procedure, templateName: Located<String>,
        facts: Set<String>
    ) {
        // Whether an argument names an unknown unit or procedure is worked out at its first use;
        // every use of a bad one is reported, with its own note.
        var unknownUnit = [Bool?](repeating: nil, count: arguments.count)
        var unknownCall = [Bool?](repeating: nil, count: arguments.count)
        func checkSubstituted(_ use: Located<String>?, _ slot: Int?, call: Bool = false) {
            guard let use, let slot, let argument = arguments[slot] else { return }
            let unknown: Bool
            if call {
                unknown = unknownCall[slot] ?? isUnknownProcedure(argument.value)
                unknownCall[slot] = unknown
            } else {
                unknown = unknownUnit[slot] ?? isUnknownUnit(argument.value)
                unknownUnit[slot] = unknown
            }
            guard unknown else { return }
            let note = DiagnosticNote(LoaderMessage.usedByTemplateHere(templateName: templateName.value), at: use.range)
            if call {
                reportUnknownProcedure(argument, at: argument.range, note: note)
            } else {
                reportUnknownUnit(argument, note: note, at: argument.range)
            }
        }
        // Uses pair with steps by position (`TemplatePlan`).
        for (step, uses) in zip(template.steps.values, plan.steps) {
            if let slot = uses.takes, let parameter = step.takesParameter, let argument = arguments[slot],
                case .failure(let error) = budgets[slot]
            {
                context.report(
                    .invalidDuration,
                    LoaderMessage.templateArgumentNotDuration(
                        parameter: parameter.value, argument: argument.value, error: error), at: argument.range,
                    notes: [
                        DiagnosticNote(
                            LoaderMessage.templateUsesAsBudgetHere(templateName: templateName.value),
                            at: parameter.range)
                    ])
            }
            switch step.kind {
            case .task(let by, let to, _, _):
                checkSubstituted(by, uses.by)
                checkSubstituted(to, uses.to)
            case .end(let by, _):
                checkSubstituted(by, uses.by)
            case .call(let code, _):
                checkSubstituted(code, uses.code, call: true)
            case .choice(let branches, _):
                for branch in branches where !facts.contains(branch.fact.value) {
                    context.report(
                        .unknownCondition,
                        LoaderMessage.templateCaseFactUndeclared(
                            templateName: templateName.value, fact: branch.fact.value, code: procedure.code.value),
                        at: templateName.range,
                        notes: [
                            DiagnosticNote(
                                LoaderMessage.templateBranchesOnItHere, at: branch.fact.range)
                        ])
                }
            case .wait, .parallel: break
            }
        }
    }
}
