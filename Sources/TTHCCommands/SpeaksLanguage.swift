/// A command with `--lang`: its failures are printed in that language, prefix included.
protocol SpeaksLanguage {
    var lang: LintCommand.Language { get }
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
extension SimulateCommand: SpeaksLanguage {}
