import ArgumentParser
import CatalogLint

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the lint rules: id, default severity and what each finds.",
        discussion: "`tthc explain RULE` shows a rule's rationale and examples. Rules marked [fix] are fixed by `tthc lint --fix`."
    )

    @Option(help: "Language: en or vi.")
    var lang: LintCommand.Language = .en

    func run() throws {
        Console.out(RuleDocument.list(RuleRegistry.descriptions, language: lang == .vi ? .vi : .en))
    }
}
