import Diagnostics

/// A rule that looks at one scalar value of a file at a time (a name, a deadline's wording) and
/// finds at most one thing in it: the walk over every file's values, in the files' order and each
/// file's document order, is written once, here (`ChecksEachProcedure` says how a rule conforms).
public protocol ChecksEachValue {
    static func check(_ value: ScalarValue, in file: LintFile, _ context: LintContext) -> Diagnostic?
}

extension ChecksEachValue {
    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.files.flatMap { file in file.scalars.compactMap { check($0, in: file, context) } }
    }
}
