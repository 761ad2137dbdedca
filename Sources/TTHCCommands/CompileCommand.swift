import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkflowCompiler

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile the catalog into one checked, deterministic artifact (JSON) for the interpreter and exporters.",
        discussion: """
        The artifact holds every procedure's checked workflow graph, its deadline in working minutes
        and its budget slack, the units, and the calendar decisions. The same catalog always gives the
        same bytes; the SHA-256 of the content is recorded inside ("contentHash").
        Nothing is written when the catalog has errors; they are reported as `tthc check` reports them
        (--lang vi: in Vietnamese). Exit status: 0 written, 1 errors, 2 bad path.
        """
    )

    @Argument(help: "The catalog (its folder, or any path inside it). Default: the catalog around the working directory, else Catalog.")
    var path: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the artifact (- for standard output).")
    var output: String

    @OptionGroup var reporting: OutputOptions

    @Option(help: "Compile the catalog as it stands on this date (YYYY-MM-DD) instead of with all its dated versions.")
    var at: AtDate?

    @Option(help: "Language of messages: en or vi.")
    var lang: LintCommand.Language = .en

    var language: MessageLanguage { lang == .vi ? .vi : .en }

    func run() throws {
        let loaded = try CatalogTarget.load(path, compile: true, language: language, at: at)
        let diagnostics = loaded.diagnostics.localized(language)
        guard let artifact = loaded.artifact, !diagnostics.hasErrors else {
            reporting.emit(diagnostics, sources: loaded.sources, files: loaded.fileCount, language: language)
            throw ExitCode(CatalogTarget.exitStatus(for: diagnostics))
        }
        let bytes = try ArtifactCodec.encode(artifact)
        if output == "-" {
            Console.write(bytes)
        } else {
            try SafeFileWriter.write(bytes, to: output, language: language)
            let hash = (try? ArtifactCodec.decode(bytes).contentHash) ?? ""
            let slack = artifact.procedures.compactMap(\.slackMinutes)
            let tight = slack.filter { $0 * 10 < artifact.workingTime.minutesPerWorkingDay }.count
            let count = artifact.procedures.count
            Console.err(lang == .vi
                ? "đã biên dịch \(count) thủ tục vào \(output) (\(bytes.count) byte, \(hash)); \(tight) thủ tục dư dưới 0,1 ngày làm việc\n"
                : "compiled \(count) procedures to \(output) (\(bytes.count) bytes, \(hash)); \(tight) with under 0.1 working day of slack\n")
            if diagnostics.warningCount > 0 {
                reporting.emit(diagnostics, sources: loaded.sources, files: loaded.fileCount, language: language)
            }
        }
    }
}
