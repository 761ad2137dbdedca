import Diagnostics

/// A rule that looks at one scalar value of a file at a time (a name, a deadline's wording): the
/// walk over every file's values, in the files' order and each file's document order, is
/// written once, here. The test runs on every value and must be cheap (a trait, a key); the
/// finding is built for the values it flags only. (Returning an optional finding from every
/// value copied each value and destroyed each nil: 50 M instructions on `tthc lint Catalog`.)
public protocol ChecksEachValue {
    /// Whether the value holds what the rule looks for.
    static func flags(_ value: ScalarValue) -> Bool
    /// The finding of a flagged value.
    static func finding(_ value: ScalarValue, in file: LintFile, _ context: LintContext) -> Diagnostic
}

extension ChecksEachValue {
    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in context.files {
            for value in file.scalars where flags(value) { findings.append(finding(value, in: file, context)) }
        }
        return findings
    }
}
