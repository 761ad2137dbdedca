import ArgumentParser
import CatalogLint

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a lint rule: why it matters, its options, and examples that do and do not trigger it."
    )

    @Argument(help: "A rule id, as `tthc rules` lists it (for example tone-mark-style).")
    var rule: String

    @Option(help: "Language: en or vi.")
    var lang: LintCommand.Language = .en

    func run() throws {
        guard let found = RuleRegistry.rule(rule) else {
            let hint = RuleRegistry.suggestion(for: rule).map { "; did you mean \"\($0)\"?" } ?? ""
            throw CommandFailure.usage("no rule \"\(rule)\"\(hint); `tthc rules` lists them")
        }
        Console.out(RuleDocument.explain(found.description, language: lang == .vi ? .vi : .en))
    }
}
