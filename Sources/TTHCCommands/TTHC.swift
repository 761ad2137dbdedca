import ArgumentParser
import Foundation

public struct TTHC: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tthc",
        abstract: "Check and compute Vietnam's administrative procedure catalog (thủ tục hành chính).",
        discussion: "Run a command with --help to see what it does. The shipped catalog is in the Catalog directory.",
        version: TTHCVersion.string,
        subcommands: [CheckCommand.self, LintCommand.self, RulesCommand.self, ExplainCommand.self, CompileCommand.self, GraphCommand.self, StatsCommand.self, DeadlineCommand.self, HolidaysCommand.self, CaseGroupCommand.self, SimulateCommand.self, SchemaCommand.self, NewCommand.self, DiffCommand.self, DecisionCommand.self, ServeCommand.self]
    )

    public init() {}

    /// Runs the command line; I/O failures print `tthc: error: …` (`tthc: lỗi: …` in a run in
    /// Vietnamese) and exit 2, as documented.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        var language = LintCommand.Language.en
        do {
            var command = try parseAsRoot(arguments)
            language = (command as? any SpeaksLanguage)?.lang ?? .en
            try command.run()
            Foundation.exit(0)
        } catch let failure as CommandFailure {
            Console.err("\(language == .vi ? "tthc: lỗi" : "tthc: error"): \(failure.description)\n")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || code.rawValue == 64 {
                Console.err(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
