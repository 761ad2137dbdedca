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
        Nothing is written when the catalog has errors. Exit status: 0 written, 1 errors, 2 bad path.
        """
    )

    @Argument(help: "The catalog directory. Default: Catalog.")
    var path: String = "Catalog"

    @Option(name: [.short, .customLong("output")], help: "Where to write the artifact (- for standard output).")
    var output: String

    @OptionGroup var reporting: OutputOptions

    func run() throws {
        let loaded = try CatalogTarget.load(path, compile: true)
        guard let artifact = loaded.artifact, !loaded.diagnostics.hasErrors else {
            reporting.emit(loaded.diagnostics, sources: loaded.sources, files: loaded.fileCount)
            throw ExitCode(CatalogTarget.exitStatus(for: loaded.diagnostics))
        }
        let bytes = try ArtifactCodec.encode(artifact)
        if output == "-" {
            FileHandle.standardOutput.write(Data(bytes))
        } else {
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure.io("cannot write \(output): \(error.localizedDescription)")
            }
            let hash = (try? ArtifactCodec.decode(bytes).contentHash) ?? ""
            let slack = artifact.procedures.compactMap(\.slackMinutes)
            let tight = slack.filter { $0 * 10 < artifact.workingTime.minutesPerWorkingDay }.count
            Console.err("compiled \(artifact.procedures.count) procedures to \(output) (\(bytes.count) bytes, \(hash)); \(tight) with under 0.1 working day of slack\n")
            if loaded.diagnostics.warningCount > 0 {
                reporting.emit(loaded.diagnostics, sources: loaded.sources, files: loaded.fileCount)
            }
        }
    }
}
