import Diagnostics
import OrderedCollections
import WorkCalendar

public enum WaitKind: String, Sendable, CaseIterable {
    case applicant, payment
}

public enum Outcome: String, Sendable, CaseIterable {
    case issued, refused, withdrawn
}

/// Exits a clerk may take from a task besides `next`.
public enum Exit: String, Sendable, CaseIterable {
    case supplement, refuse, pay, withdraw
}

/// What a step does. The shapes are few and structured so the compiler can decide
/// reachability and fork/join soundness.
public enum StepKind: Sendable {
    case task(by: Located<String>, to: Located<String>?, takes: Located<WorkDuration>?, next: Located<String>?)
    case wait(Located<WaitKind>, then: Located<String>)
    case choice([(fact: Located<String>, step: Located<String>)], otherwise: Located<String>?)
    case parallel([Located<String>], join: Located<String>)
    case call(Located<String>, next: Located<String>?)
    case end(by: Located<String>?, Located<Outcome>)
}

public struct Step: Sendable {
    public var id: Located<String>
    public var kind: StepKind
    public var may: [(exit: Exit, step: Located<String>)]
    public var range: SourceRange
    /// In a template, `takes: $name`: the budget each procedure gives in `with`.
    public var takesParameter: Located<String>?
    /// What forms and reports call the step (`title`, `title_en`); ids are for machines.
    public var title: String? = nil
    public var titleEn: String? = nil
}

public struct Workflow: Sendable {
    public var start: Located<String>
    public var steps: OrderedDictionary<String, Step>
    public var range: SourceRange
}

/// A procedure's workflow as written: inline, or a template with arguments.
public enum WorkflowSource: Sendable {
    case inline(Workflow)
    case template(name: Located<String>, arguments: OrderedDictionary<String, Located<String>>, range: SourceRange)
}

/// `templates/<id>.yaml`: a reusable workflow with `$param` placeholders.
public struct WorkflowTemplate: Sendable {
    public var id: String
    public var name: String?
    public var nameEn: String? = nil
    public var params: [Located<String>]
    /// Decoded once; `$param` values are substituted per procedure (`TemplateExpansion`).
    public var workflow: Workflow
    public var range: SourceRange
}
