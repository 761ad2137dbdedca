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
/// reachability and fork/join soundness. `indirect`: a kind is one boxed reference, so the
/// steps that template expansion, resolution and the compiler copy share it (a task's four
/// located fields were copied field by field, 17 M instructions of `check`, 37 M of `lint`).
public indirect enum StepKind: Sendable {
    case task(by: Located<String>, to: Located<String>?, takes: Located<WorkDuration>?, next: Located<String>?)
    case wait(Located<WaitKind>, then: Located<String>)
    case choice([(fact: Located<String>, step: Located<String>)], otherwise: Located<String>?)
    case parallel([Located<String>], join: Located<String>)
    case call(Located<String>, next: Located<String>?)
    case end(by: Located<String>?, Located<Outcome>)
}

/// One step of a workflow. Its fields live in one shared box: a step is copied wherever a
/// workflow is read or a template expanded (thousands of times per catalog), and a copy of the
/// box is one reference count instead of one per string in it. Writing a field copies the box
/// first when it is shared (copy on write), so a step is still a value.
public struct Step: Sendable {
    private final class Fields: @unchecked Sendable {
        // Only ever mutated through a uniquely referenced box (`mutable`), hence unchecked.
        var id: Located<String>
        var kind: StepKind
        var may: [(exit: Exit, step: Located<String>)]
        var range: SourceRange
        var takesParameter: Located<String>?
        var title: String?
        var titleEn: String?

        init(
            id: Located<String>, kind: StepKind, may: [(exit: Exit, step: Located<String>)], range: SourceRange,
            takesParameter: Located<String>?, title: String?, titleEn: String?
        ) {
            self.id = id
            self.kind = kind
            self.may = may
            self.range = range
            self.takesParameter = takesParameter
            self.title = title
            self.titleEn = titleEn
        }

        func copy() -> Fields {
            Fields(
                id: id, kind: kind, may: may, range: range, takesParameter: takesParameter, title: title,
                titleEn: titleEn)
        }
    }

    /// A template step as a procedure's arguments rewrite it (`rewritten(kind:)`): its kind,
    /// and no budget parameter left. The other fields stay the template's, shared: a catalog
    /// holds a copy of its templates' steps for every procedure that uses one.
    private final class Rewritten: Sendable {
        let kind: StepKind
        init(_ kind: StepKind) { self.kind = kind }
    }

    private var fields: Fields
    private var rewritten: Rewritten?

    public init(
        id: Located<String>, kind: StepKind, may: [(exit: Exit, step: Located<String>)], range: SourceRange,
        takesParameter: Located<String>? = nil, title: String? = nil, titleEn: String? = nil
    ) {
        fields = Fields(
            id: id, kind: kind, may: may, range: range, takesParameter: takesParameter, title: title, titleEn: titleEn)
    }

    /// The box, made unique before a write (a rewritten step's own from then on).
    private var mutable: Fields {
        mutating get {
            if let rewritten {
                let own = fields.copy()
                own.kind = rewritten.kind
                own.takesParameter = nil
                fields = own
                self.rewritten = nil
            } else if !isKnownUniquelyReferenced(&fields) {
                fields = fields.copy()
            }
            return fields
        }
    }

    /// This step with `kind` in place of its own and no budget parameter (`takesParameter`): a
    /// template's step with a procedure's arguments. Its other fields are shared, not copied.
    func rewritten(kind: StepKind) -> Step {
        var step = self
        step.rewritten = Rewritten(kind)
        return step
    }

    public var id: Located<String> {
        get { fields.id }
        set { mutable.id = newValue }
    }
    public var kind: StepKind {
        get { rewritten?.kind ?? fields.kind }
        set { mutable.kind = newValue }
    }
    public var may: [(exit: Exit, step: Located<String>)] {
        get { fields.may }
        set { mutable.may = newValue }
    }
    public var range: SourceRange {
        get { fields.range }
        set { mutable.range = newValue }
    }
    /// In a template, `takes: $name`: the budget each procedure gives in `with`.
    public var takesParameter: Located<String>? {
        get { rewritten == nil ? fields.takesParameter : nil }
        set { mutable.takesParameter = newValue }
    }
    /// What forms and reports call the step (`title`, `title_en`); ids are for machines.
    public var title: String? {
        get { fields.title }
        set { mutable.title = newValue }
    }
    public var titleEn: String? {
        get { fields.titleEn }
        set { mutable.titleEn = newValue }
    }
}

public struct Workflow: Sendable {
    public var start: Located<String>
    public var steps: OrderedDictionary<String, Step>
    public var range: SourceRange
}

/// A procedure's workflow as written: inline, or a template with arguments.
public enum WorkflowSource: Sendable {
    case inline(Workflow)
    case template(name: Located<String>, arguments: TemplateArguments, range: SourceRange)
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
