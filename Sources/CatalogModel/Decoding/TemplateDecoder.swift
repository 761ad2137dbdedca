import Diagnostics
import OrderedCollections
import WorkCalendar
import YAMLReader

/// `templates/<id>.yaml`: `name`, `params`, `workflow` with `$param` placeholders.
enum TemplateDecoder {
    static func decode(_ root: YAMLNode, id: String, in context: LoadContext) -> WorkflowTemplate? {
        guard let m = MappingView(root, shape: CatalogShapes.template, what: .templateEntry, in: context),
            let workflowNode = m["workflow"]
        else { return nil }
        let params = context.list(m["params"], what: .key("params")).compactMapSized {
            context.factIdentifier($0, what: .parameter)
        }
        context.allowsParameters = true
        defer { context.allowsParameters = false }
        guard let workflow = WorkflowDecoder.decode(workflowNode, in: context) else { return nil }
        var template = WorkflowTemplate(
            id: id, name: context.text(m["name"], what: .templateName)?.value, params: params,
            workflow: workflow, range: root.range)
        template.nameEn = context.text(m["name_en"], what: .templateNameEn)?.value
        return template
    }
}

/// Substitutes a procedure's `with` arguments into a template's workflow.
enum TemplateExpansion {
    /// The workflow with each `$param` use replaced by the procedure's argument (`arguments`, by
    /// the plan's slots; a use without an argument stays as written) and each `$budget` by its
    /// duration (`durations`, by slot; nil where the argument is not one). A step that uses no
    /// parameter is kept as it is, shared with the template.
    static func expand(
        _ workflow: Workflow, plan: TemplatePlan, arguments: [Located<String>?], durations: [WorkDuration?]
    ) -> Workflow {
        func sub(_ value: Located<String>, _ slot: Int?) -> Located<String> {
            guard let slot, let argument = arguments[slot] else { return value }
            return Located(argument.value, at: value.range)
        }
        func sub(_ value: Located<String>?, _ slot: Int?) -> Located<String>? { value.map { sub($0, slot) } }
        var result = workflow
        // Each step is replaced by position: setting it by id hashes the id again and copies the
        // ids' hash table too (the template's workflow shares it); by position only the values
        // are copied, once.
        for (index, uses) in plan.steps.enumerated() where uses.takesAny {
            let step = result.steps.values[index]
            let kind: StepKind
            switch step.kind {
            case .task(let by, let to, var takes, let next):
                // A `$budget` becomes the procedure's duration (checked by the resolver).
                if let slot = uses.takes, let argument = arguments[slot], let duration = durations[slot] {
                    takes = Located(duration, at: argument.range)
                }
                kind = .task(by: sub(by, uses.by), to: sub(to, uses.to), takes: takes, next: next)
            case .call(let code, let next):
                kind = .call(sub(code, uses.code), next: next)
            case .end(let by, let outcome):
                kind = .end(by: sub(by, uses.by), outcome)
            case .wait, .choice, .parallel:
                kind = step.kind
            }
            result.steps.values[index] = step.rewritten(kind: kind)
        }
        return result
    }
}
