import Diagnostics
import YAMLReader

/// Procedure codes are text (`1.10` is not the number 1.1) whichever way they are written, so
/// quoting is a matter of style; one catalog should pick one way.
public struct CodeQuoteStyleRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "code-quote-style",
        category: .text, severity: .warning,
        options: [
            RuleOption("style", .choice(["majority", "plain", "double"]), default: "majority")
        ],
        fixable: true,
        triggering: [
            .procedure(changing: ["code": #"↓"1.000001""#, "channels": "[in-person]", "online_service": "none"]).fixed(
                """
                code: 1.000001
                name: Chứng thực bản sao từ bản chính
                name_en: Certified copy from the original
                field: ho-tich
                level: commune
                authority: commune.chairman
                channels: [in-person]
                online_service: none
                deadline: { text: "03 ngày làm việc", value: 3 working days }
                result: Bản sao có chứng thực
                legal_basis: [nd-118-2025]
                effective: 2025-07-01
                provenance: { kind: synthetic }
                workflow: { template: commune-same-day, with: { reviewer: commune.justice-officer, signer: commune.chairman } }
                """)
        ],
        nonTriggering: [
            .procedure(changing: ["code": #""1.000001""#, "channels": "[in-person]", "online_service": "none"]).with(
                "style", "double")
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var codes: [(LintFile, ScalarValue)] = []
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
                codes.append((file, scalar))
            }
        }
        let plain = codes.filter { $0.1.style == .plain }.count
        let quoted: Bool
        switch context.options.string("style") {
        case "plain": quoted = false
        case "double": quoted = true
        default: quoted = codes.count - plain > plain
        }
        return codes.filter { ($0.1.style != .plain) != quoted || ($0.1.style == .singleQuoted && quoted) }.map {
            file, scalar in
            let replacement = quoted ? "\"\(scalar.text)\"" : scalar.text
            let message =
                quoted
                ? LintMessage.codeInDoubleQuotes(code: replacement)
                : LintMessage.codeWithoutQuotes(code: replacement)
            return context.finding(
                message, at: scalar.node.range,
                fixIts: [
                    context.fix(
                        scalar.node.range, with: replacement,
                        LintMessage.write(text: replacement))
                ])
        }
    }
}
