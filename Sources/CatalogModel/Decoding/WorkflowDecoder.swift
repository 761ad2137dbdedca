import Diagnostics
import OrderedCollections
import WorkCalendar
import YAMLReader

/// Decodes `workflow:` blocks: the step shapes of docs/catalog-format.md.
enum WorkflowDecoder {
    /// The key that decides a step's shape, in the order they are tested (`CatalogShapes.step`'s variants).
    static let shapeKeys = CatalogShapes.step.variants.map(\.key)

    static func decodeSource(_ node: YAMLNode, in context: LoadContext) -> WorkflowSource? {
        guard let pairs = context.mapping(node, else: .workflowNotMapping(node: node.kind)) else { return nil }
        if pairs.firstIndex(ofKey: "template") != nil {
            guard let m = MappingView(node, shape: CatalogShapes.templateUse, what: .workflowEntry, in: context),
                let name = context.identifier(m["template"], what: .key("template"))
            else { return nil }
            var arguments = TemplateArguments()
            if let with = m["with"] {
                if let withPairs = with.mapping {
                    arguments.reserveCapacity(withPairs.count)
                    for pair in withPairs {
                        guard let key = pair.key.scalar,
                            let value = context.scalar(pair.value, what: .templateArgument(key))
                        else { continue }
                        arguments.set(key, to: value)
                    }
                } else {
                    context.report(
                        .wrongNodeType,
                        LoaderMessage.withNotMapping(with: with.kind), at: with.range)
                }
            }
            return .template(name: name, arguments: arguments, range: node.range)
        }
        return decode(node, in: context).map(WorkflowSource.inline)
    }

    static func decode(_ node: YAMLNode, in context: LoadContext) -> Workflow? {
        guard let m = MappingView(node, shape: CatalogShapes.workflow, what: .workflowEntry, in: context),
            let start = context.identifier(m["start"], what: .key("start"))
        else { return nil }
        guard let stepsNode = m["steps"] else { return nil }
        guard let pairs = context.mapping(stepsNode, else: .stepsNotMapping(stepsNode: stepsNode.kind)) else {
            return nil
        }
        var steps: OrderedDictionary<String, Step> = [:]
        steps.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let id = context.identifier(pair.key, what: .stepID),
                let step = decodeStep(id: id, pair.value, in: context)
            else { continue }
            if steps[id.value] == nil { steps[id.value] = step }
        }
        return Workflow(start: start, steps: steps, range: node.range)
    }

    static func decodeStep(id: Located<String>, _ node: YAMLNode, in context: LoadContext) -> Step? {
        guard let m = MappingView(node, shape: CatalogShapes.step, what: .step(id.value), in: context) else {
            return nil
        }
        let shapes = shapeKeys.filter { m[$0] != nil }
        let mainShapes = shapes.filter { $0 != "by" }
        if mainShapes.count > 1
            || (mainShapes.count == 1 && shapes.contains("by")
                && CatalogShapes.step.variant(mainShapes[0])?.combinesWith.contains("by") != true)
        {
            context.report(
                .invalidValue,
                LoaderMessage.stepMixesKinds(id: id.value, shapes: shapes), at: id.range)
            return nil
        }
        guard let shape = mainShapes.first ?? shapes.first else {
            context.report(
                .missingKey,
                LoaderMessage.stepWithoutKind(id: id.value),
                at: id.range)
            return nil
        }
        var may: [(exit: Exit, step: Located<String>)] = []
        if let mayNode = m["may"] {
            if let pairs = mayNode.mapping {
                for pair in pairs {
                    guard let exit = context.choice(pair.key, what: .key("exit"), as: Exit.self),
                        let target = context.identifier(pair.value, what: .exitStep)
                    else { continue }
                    may.append((exit.value, target))
                }
            } else {
                context.report(
                    .wrongNodeType,
                    LoaderMessage.mayNotMapping,
                    at: mayNode.range)
            }
        }
        func stepRef(_ key: String) -> Located<String>? { context.identifier(m[key], what: .key(key)) }
        func disallow() {
            for key in CatalogShapes.step.variant(shape)?.disallows ?? [] where m[key] != nil {
                context.report(
                    .invalidValue,
                    LoaderMessage.keyNotInStepKind(key: key, shape: shape), at: m.keyRange(key) ?? id.range)
            }
        }
        let kind: StepKind
        var takesParameter: Located<String>?
        switch shape {
        case "parallel":
            disallow()
            let branches = context.list(m["parallel"], what: .key("parallel")).compactMapSized {
                context.identifier($0, what: .parallelBranch)
            }
            guard let join = stepRef("join") else {
                if m["join"] == nil {
                    context.report(
                        .missingKey,
                        LoaderMessage.parallelWithoutJoin(id: id.value),
                        at: id.range)
                }
                return nil
            }
            if branches.count < 2 {
                context.report(
                    .invalidValue,
                    LoaderMessage.parallelWithOneBranch(id: id.value), at: m["parallel"]?.range ?? id.range)
            }
            kind = .parallel(branches, join: join)
        case "choice":
            disallow()
            guard let choiceNode = m["choice"], let pairs = choiceNode.mapping else {
                context.report(
                    .wrongNodeType,
                    LoaderMessage.choiceNotMapping,
                    at: m["choice"]?.range ?? id.range)
                return nil
            }
            var branches: [(fact: Located<String>, step: Located<String>)] = []
            var otherwise: Located<String>?
            for pair in pairs {
                guard let fact = context.factIdentifier(pair.key, what: .caseFact),
                    let target = context.identifier(pair.value, what: .choiceTarget)
                else { continue }
                if fact.value == "otherwise" { otherwise = target } else { branches.append((fact, target)) }
            }
            if otherwise == nil {
                context.report(
                    .missingKey,
                    LoaderMessage.choiceWithoutOtherwise(id: id.value), at: choiceNode.range)
            }
            kind = .choice(branches, otherwise: otherwise)
        case "wait":
            disallow()
            guard let waitKind = context.choice(m["wait"], what: .key("wait"), as: WaitKind.self) else { return nil }
            guard let then = stepRef("then") else {
                if m["then"] == nil {
                    context.report(
                        .missingKey,
                        LoaderMessage.waitWithoutThen(id: id.value), at: id.range)
                }
                return nil
            }
            kind = .wait(waitKind, then: then)
        case "call":
            disallow()
            guard let code = context.procedureCode(m["call"], what: .calledProcedure) else { return nil }
            kind = .call(code, next: stepRef("next"))
        case "end":
            disallow()
            guard let outcome = context.choice(m["end"], what: .key("end"), as: Outcome.self) else { return nil }
            kind = .end(by: context.reference(m["by"], what: .key("by")), outcome)
        default:
            disallow()
            guard let by = context.reference(m["by"], what: .key("by")) else { return nil }
            var takes: Located<WorkDuration>?
            if context.allowsParameters, let raw = m["takes"]?.scalar, raw.hasPrefix("$"), let node = m["takes"] {
                takesParameter = Located(raw, at: node.range)
            } else {
                takes = context.duration(m["takes"], what: .key("takes"))
            }
            if m["takes"] == nil {
                context.report(
                    .missingKey,
                    LoaderMessage.taskWithoutTakes(id: id.value),
                    at: id.range)
            }
            kind = .task(by: by, to: context.reference(m["to"], what: .key("to")), takes: takes, next: stepRef("next"))
        }
        var step = Step(id: id, kind: kind, may: may, range: node.range, takesParameter: takesParameter)
        step.title = context.text(m["title"], what: .stepTitle)?.value
        step.titleEn = context.text(m["title_en"], what: .stepTitleEn)?.value
        return step
    }
}
