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
        let params = context.list(m["params"], what: .key("params")).compactMap {
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
    /// `parseDuration` reads a `$budget` argument (nil when it is not a duration).
    static func expand(
        _ workflow: Workflow, with arguments: OrderedDictionary<String, Located<String>>,
        parseDuration: (String) -> WorkDuration? = { try? WorkDuration(parsing: $0) }
    ) -> Workflow {
        func sub(_ value: Located<String>) -> Located<String> {
            guard value.value.hasPrefix("$"), let argument = arguments[String(value.value.dropFirst())] else {
                return value
            }
            return Located(argument.value, at: value.range)
        }
        func sub(_ value: Located<String>?) -> Located<String>? { value.map(sub) }
        var result = workflow
        // Each step is replaced by position: setting it by id hashes the id again and copies the
        // ids' hash table too (the template's workflow shares it); by position only the values
        // are copied, once.
        for index in result.steps.values.indices {
            var step = result.steps.values[index]
            switch step.kind {
            case .task(let by, let to, var takes, let next):
                // A `$budget` becomes the procedure's duration (checked by the resolver).
                if let parameter = step.takesParameter, let argument = arguments[String(parameter.value.dropFirst())],
                    let duration = parseDuration(argument.value)
                {
                    takes = Located(duration, at: argument.range)
                }
                step.kind = .task(by: sub(by), to: sub(to), takes: takes, next: next)
                step.takesParameter = nil
            case .call(let code, let next):
                step.kind = .call(sub(code), next: next)
            case .end(let by, let outcome):
                step.kind = .end(by: sub(by), outcome)
            case .wait, .choice, .parallel:
                break
            }
            result.steps.values[index] = step
        }
        return result
    }

    /// Every `$param` a workflow uses, with where.
    static func parameters(in workflow: Workflow) -> [Located<String>] {
        var found: [Located<String>] = []
        func note(_ value: Located<String>?) {
            if let value, value.value.hasPrefix("$") { found.append(value) }
        }
        for step in workflow.steps.values {
            note(step.takesParameter)
            switch step.kind {
            case .task(let by, let to, _, _):
                note(by)
                note(to)
            case .call(let code, _): note(code)
            case .end(let by, _): note(by)
            case .wait, .choice, .parallel: break
            }
        }
        return found
    }
}
