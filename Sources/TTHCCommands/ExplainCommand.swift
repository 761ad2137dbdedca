import ArgumentParser
import CatalogLint
import Diagnostics

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a lint rule or a check code: why it matters, what to do, and examples.",
        discussion:
            "Takes anything tthc prints in brackets: a rule id (tone-mark-style) or a code (C007, Y004), or a code's name (deadline-budget)."
    )

    @Argument(
        help: "A rule id as `tthc rules` lists it (tone-mark-style), or a code (C007) or its name (deadline-budget).")
    var rule: String

    @Option(help: "Language: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        let language: LintLanguage = lang
        if let found = RuleRegistry.rule(rule) {
            Console.out(RuleDocument.explain(found.description, language: language))
        } else if let code = CheckCodeDocument.code(named: rule) {
            Console.out(CheckCodeDocument.explain(code, language: language))
        } else {
            let nearest = CheckCodeDocument.suggestion(for: rule)
            throw CommandFailure.usage(
                CommandMessage.unknownRule(rule, suggestion: nearest))
        }
    }
}
