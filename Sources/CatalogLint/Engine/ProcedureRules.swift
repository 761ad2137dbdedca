import CatalogModel
import Diagnostics

/// A rule that looks at one procedure at a time and finds at most one thing in it, as SwiftLint's
/// rule protocols do: the rule says what it finds in a procedure, and the walk over the catalog
/// (in its order of procedures, which version views narrow to one) is written once, here. A rule
/// conforms besides LintRule (`struct X: LintRule, ChecksEachProcedure`), and the extension below
/// is its LintRule `check(_:)` (likewise ChecksProcedureParts and ChecksEachValue).
public protocol ChecksEachProcedure {
    static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic?
}

extension ChecksEachProcedure {
    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            if let found = check(procedure, in: context) { findings.append(found) }
        }
        return findings
    }
}

/// A rule that looks at one procedure at a time and may find several things in it: one in each
/// fee, deadline, dossier item or step that is wrong.
public protocol ChecksProcedureParts {
    static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic]
}

extension ChecksProcedureParts {
    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values { findings += check(procedure, in: context) }
        return findings
    }
}
