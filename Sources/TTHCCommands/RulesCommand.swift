import ArgumentParser
import CatalogLint
import Diagnostics

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the lint rules: id, default severity and what each finds (JSON: the check codes too).",
        discussion:
            "`tthc explain RULE` shows a rule's rationale and examples. Rules marked [fix] are fixed by `tthc lint --fix`. --format json lists every rule and every check code with its name, category, default severity, whether --fix repairs it, and its summary in English and Vietnamese."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Language of the text listing: en or vi (JSON carries both).")
    var lang: MessageLanguage = .en

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text: Console.out(RuleDocument.list(RuleRegistry.descriptions, language: lang))
        case .json: Console.out(RuleListJSON.render(RuleRegistry.descriptions))
        }
    }
}
