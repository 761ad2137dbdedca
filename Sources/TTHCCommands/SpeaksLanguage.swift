import ArgumentParser
import Diagnostics

/// A command with `--lang`: its failures are printed in that language, prefix included, and so is
/// a usage error ArgumentParser raises on its line (`ParserExit(_:of:arguments:)`). (`simulate` is
/// not one: its `--lang` is the report's language, Vietnamese by default, and its failures are in
/// English.)
protocol SpeaksLanguage {
    var lang: MessageLanguage { get }
}

extension CheckCommand: SpeaksLanguage {}
extension CompileCommand: SpeaksLanguage {}
extension DeadlineCommand: SpeaksLanguage {}
extension DecisionDraftCommand: SpeaksLanguage {}
extension DiffCommand: SpeaksLanguage {}
extension ExplainCommand: SpeaksLanguage {}
extension GraphCommand: SpeaksLanguage {}
extension HolidaysCommand: SpeaksLanguage {}
extension LintCommand: SpeaksLanguage {}
extension NewProcedureCommand: SpeaksLanguage {}
extension RulesCommand: SpeaksLanguage {}
extension SchemaCommand: SpeaksLanguage {}
extension StatsCommand: SpeaksLanguage {}

// `tthc case …`: `--lang` is declared once, in the options every case command shares.
extension CaseOpenCommand: SpeaksLanguage { var lang: MessageLanguage { options.lang } }
extension CaseEventCommand: SpeaksLanguage { var lang: MessageLanguage { options.lang } }
extension CaseShowCommand: SpeaksLanguage { var lang: MessageLanguage { options.lang } }
extension CaseListCommand: SpeaksLanguage { var lang: MessageLanguage { options.lang } }
extension CaseMigrateCommand: SpeaksLanguage { var lang: MessageLanguage { options.lang } }
extension CaseVerifyCommand: SpeaksLanguage { var lang: MessageLanguage { options.lang } }

extension TTHC {
    /// Whether the command `path` names (`["tthc", "case", "open"]`, as ArgumentParser's usage
    /// error names it) says its messages in its --lang. A group (`tthc case`) does not: it has no
    /// --lang of its own.
    static func speaksLanguage(_ path: [String]) -> Bool {
        guard path.first == configuration.commandName else { return false }
        var command: any ParsableCommand.Type = TTHC.self
        for name in path.dropFirst() {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == name })
            else { return false }
            command = next
        }
        return command is any SpeaksLanguage.Type
    }
}
