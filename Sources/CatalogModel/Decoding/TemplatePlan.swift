/// Where a template's workflow uses its `$param`s, worked out once per template: each parameter
/// is a slot, so a procedure's arguments are looked up once per parameter (`arguments(from:)`),
/// not at every use in every step.
struct TemplatePlan: Sendable {
    /// The slots a step's fields use; nil where the field is written literally.
    struct Uses: Sendable {
        var by: Int?
        var to: Int?
        /// `takes: $budget` (`Step.takesParameter`).
        var takes: Int?
        var code: Int?

        var takesAny: Bool { by != nil || to != nil || takes != nil || code != nil }
    }

    /// The parameters the workflow uses, without `$`, by slot.
    private(set) var names: [String] = []
    /// Each step's uses, by the step's position in the workflow.
    private(set) var steps: [Uses] = []
    /// Every `$param` as written, in the steps' order (what `checkTemplate` holds to `params`).
    private(set) var written: [Located<String>] = []

    init(_ workflow: Workflow) {
        var slots: [String: Int] = [:]
        // A field written `$name` takes slot `name` (a `takes` parameter always is: the decoder
        // keeps one only so).
        func slot(_ value: Located<String>?) -> Int? {
            guard let value, value.value.hasPrefix("$") else { return nil }
            written.append(value)
            let name = String(value.value.dropFirst())
            if let known = slots[name] { return known }
            slots[name] = names.count
            names.append(name)
            return names.count - 1
        }
        steps.reserveCapacity(workflow.steps.count)
        for step in workflow.steps.values {
            var uses = Uses()
            uses.takes = slot(step.takesParameter)
            switch step.kind {
            case .task(let by, let to, _, _):
                uses.by = slot(by)
                uses.to = slot(to)
            case .call(let code, _): uses.code = slot(code)
            case .end(let by, _): uses.by = slot(by)
            case .wait, .choice, .parallel: break
            }
            steps.append(uses)
        }
    }

    /// A procedure's `with` argument for each slot; nil where it gives none.
    func arguments(from given: TemplateArguments) -> [Located<String>?] {
        names.map { given[$0] }
    }
}
