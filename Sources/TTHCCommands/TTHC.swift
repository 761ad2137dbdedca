import ArgumentParser
import Diagnostics
import Foundation

public struct TTHC: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tthc",
        abstract: "Check and compute Vietnam's administrative procedure catalog (thủ tục hành chính).",
        discussion: "Run a command with --help to see what it does. The shipped catalog is in the Catalog directory.",
        version: TTHCVersion.string,
        subcommands: [
            CheckCommand.self, LintCommand.self, RulesCommand.self, ExplainCommand.self, CompileCommand.self,
            GraphCommand.self, StatsCommand.self, DeadlineCommand.self, HolidaysCommand.self, CaseGroupCommand.self,
            SimulateCommand.self, SchemaCommand.self, NewCommand.self, DiffCommand.self, DecisionCommand.self,
            ServeCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line in this process and exits with its status.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        var context = RunContext.process
        if let arguments { context.arguments = [context.arguments.first ?? "tthc"] + arguments }
        Foundation.exit(main(context: context))
    }

    /// Runs `context.arguments` (the program's name first) with `context`'s streams and working
    /// directory, and returns the exit status; I/O failures print `tthc: error: …` (`tthc: lỗi: …`
    /// in a run in Vietnamese) and give 2, as documented. What tests and hosts call instead of
    /// starting a process. A command line ArgumentParser rejects is said in the language it asks
    /// for too (`ParserExit(_:of:arguments:)`).
    public static func main(context: RunContext) -> Int32 {
        let arguments = Array(context.arguments.dropFirst())
        return RunContext.$current.withValue(context) {
            UsageRefusal.$kept.withValue(UsageRefusal.Kept()) { run(arguments) }
        }
    }

    private static func run(_ arguments: [String]) -> Int32 {
        var language = MessageLanguage.en
        do {
            var command = try parseAsRoot(arguments)
            language = (command as? any SpeaksLanguage)?.lang ?? .en
            try command.run()
            return 0
        } catch let failure as CommandFailure {
            Console.err(Console.NoticeKind.error.prefix(language) + failure.message.text(language) + "\n")
            return 2
        } catch {
            let end = ParserExit(error, of: Self.self, arguments: arguments)
            if !end.message.isEmpty {
                end.onStandardOutput ? Console.out(end.message + "\n") : Console.err(end.message + "\n")
            }
            return end.status
        }
    }
}
