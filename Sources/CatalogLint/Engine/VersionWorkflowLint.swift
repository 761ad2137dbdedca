import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// A version's workflow (`versions[].workflow`) is linted like the procedure's own (issue 18),
/// without each rule knowing about versions: the rules that read a workflow run again over one
/// view per such version, where the catalog holds only that procedure as it stands from the
/// version's date (`Procedure.asOf`, the version's workflow, the budget compiled for that date).
/// What they find there that the procedure's own run did not is reported, saying which version.
enum VersionWorkflowLint {
    /// The rules whose findings follow from a procedure's workflow or its compiled budget. A rule
    /// that starts reading `catalog.workflows`, `workflowFinding`, `workflowsWithoutEnd` or the budget belongs here
    /// (`VersionWorkflowLintTests` holds the list to the rules' sources).
    static let readers: Set<String> = [
        "missing-result", "missing-refusal", "supplement-without-wait", "inter-level-commune-return",
        "hand-off-without-receiver", "unused-condition", "fee-without-payment-step", "step-budget-slack",
    ]

    /// One version that gives a workflow, and the context that sees the procedure as of its date.
    struct View: Sendable {
        var version: ProcedureVersion
        var context: LintContext
    }

    /// A view for every version, of every procedure, whose workflow the catalog expanded.
    static func views(of context: LintContext) -> [View] {
        var views: [View] = []
        for procedure in context.catalog.procedures.values {
            let code = procedure.code.value
            for version in procedure.versions where version.workflow != nil {
                guard let workflow = context.catalog.versionWorkflows[code]?[version.from.value] else { continue }
                var view = context
                var catalog = context.catalog
                catalog.procedures = [code: procedure.asOf(version.from.value)]
                catalog.workflows[code] = workflow
                view.catalog = catalog
                view.budgetsInView[code] = context.budget(of: code).flatMap { $0.from(version.from.value) }
                views.append(View(version: version, context: view))
            }
        }
        return views
    }

    /// What `rule` finds in the views besides what it found in the procedures' own workflows
    /// (`own`): a template both use is reported once, at its line.
    static func findings(
        of rule: any LintRule.Type, id: String, in views: [View], options: RuleOptions, besides own: [Diagnostic]
    ) -> [Diagnostic] {
        guard readers.contains(id), !views.isEmpty else { return [] }
        struct Key: Hashable {
            var range: SourceRange
            var en: String
            var vi: String
        }
        func key(_ d: Diagnostic) -> Key {
            Key(range: d.range, en: d.diagnosticMessage.text(.en), vi: d.diagnosticMessage.text(.vi))
        }
        let seen = Set(own.map(key))
        return views.flatMap { view -> [Diagnostic] in
            var context = view.context
            context.options = options
            context.rule = id
            return rule.check(context)
                .filter { !seen.contains(key($0)) }
                .map { tagged($0, version: view.version) }
        }
    }

    /// The finding saying which version it is about; outside the version's lines (a template, the
    /// procedure's fees), with a note at the version's `from`.
    static func tagged(_ finding: Diagnostic, version: ProcedureVersion) -> Diagnostic {
        let date = version.from.value
        var tagged = finding
        tagged.diagnosticMessage = LintMessage.inVersion(finding.diagnosticMessage, from: date)
        let range = finding.range
        let within = version.range
        let inside =
            range.file == within.file && range.start.offset >= within.start.offset
            && range.end.offset <= within.end.offset
        if !inside {
            tagged.notes.append(
                DiagnosticNote(
                    LintMessage.versionWorkflow(from: date),
                    at: version.from.range))
        }
        return tagged
    }

}
