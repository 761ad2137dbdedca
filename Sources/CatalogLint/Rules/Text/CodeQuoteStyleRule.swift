import Diagnostics
import YAMLReader

/// Procedure codes are text (`1.10` is not the number 1.1) whichever way they are written, so
/// quoting is a matter of style; one catalog should pick one way.
public struct CodeQuoteStyleRule: LintRule {
    public static let description = RuleDescription(
        id: "code-quote-style",
        category: .text, severity: .warning,
        options: [.style("plain", "double")],
        fixable: true,
        triggering: [
            .inPerson(changing: ["code": #"↓"1.000001""#])
                .fixed(StandardProcedure.text(changing: [StandardProcedure.inPerson]))
        ],
        nonTriggering: [
            .inPerson(changing: ["code": #""1.000001""#]).with("style", "double")
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        // The values alone: a list that held each value's file too was lint's largest
        // short-lived allocation.
        var codes: [ScalarValue] = []
        for file in context.files
        where file.kind == .procedure
            || {
                if case .template = file.kind { return true }
                return false
            }()
        {
            for scalar in file.scalars where (scalar.key == "code" && file.kind == .procedure) || scalar.key == "call" {
                guard scalar.style == .plain || scalar.style == .doubleQuoted || scalar.style == .singleQuoted else {
                    continue
                }
                codes.append(scalar)
            }
        }
        let plain = codes.count(where: { $0.style == .plain })
        let quoted = context.options.stylePicks("double", ifMajority: codes.count - plain > plain)
        return codes.filter { ($0.style != .plain) != quoted || ($0.style == .singleQuoted && quoted) }.map {
            scalar in
            let replacement = quoted ? "\"\(scalar.text)\"" : scalar.text
            let message =
                quoted
                ? LintMessage.codeInDoubleQuotes(code: replacement)
                : LintMessage.codeWithoutQuotes(code: replacement)
            return context.finding(
                message, at: scalar.range, replacingWith: replacement, LintMessage.write(text: replacement))
        }
    }
}
