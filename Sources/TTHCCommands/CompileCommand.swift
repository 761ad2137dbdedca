import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkflowCompiler

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile the catalog into one checked, deterministic artifact for the interpreter and exporters.",
        discussion: """
            The artifact holds every procedure's checked workflow graph, its deadline in working minutes \
            and its budget slack, the units, and the calendar decisions. The same catalog always gives the \
            same bytes, and the same content hash in either form (SHA-256 of the index of its parts). \
            --format packed (the default) writes the form case commands open by the procedure: an \
            index, then each procedure on its own, each checked by its SHA-256 when read. \
            --format json writes the same content as one canonical JSON document, for people and tools \
            (its hash is recorded as "contentHash"). Every command that reads an artifact takes either. \
            Nothing is written when the catalog has errors; they are reported as `tthc check` reports them \
            (--lang vi: in Vietnamese; as JSON: tthc check --format json). Exit status: 0 written, 1 errors, 2 bad path.
            """
    )

    enum Form: String, ExpressibleByArgument, CaseIterable {
        case packed, json
    }

    @Argument(help: CatalogTarget.help)
    var path: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the artifact (- for standard output).")
    var output: String

    @Option(help: "The artifact's form: packed (read by the procedure) or json (for people and tools).")
    var format: Form = .packed

    @Option(
        name: .long,
        help: "Colour of the diagnostics: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Compile the catalog as it stands on this date (YYYY-MM-DD) instead of with all its dated versions.")
    var at: AtDate?

    @Option(help: "Language of messages: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        let loaded = try CatalogTarget.load(path, compile: true, language: lang, at: at)
        RunContext.current.keepUntilExit(loaded)
        let diagnostics = loaded.diagnostics.localized(lang)
        guard let artifact = loaded.artifact, !diagnostics.hasErrors else {
            emit(diagnostics, loaded)
            throw ExitCode(CatalogTarget.exitStatus(for: diagnostics))
        }
        let bytes = format == .json ? try ArtifactCodec.encode(artifact) : try ArtifactPack.encode(artifact)
        if output == "-" {
            Console.write(bytes)
        } else {
            try SafeFileWriter.write(bytes, to: output)
            let hash = try ArtifactParts(artifact).contentHash
            let slack = artifact.procedures.compactMap(\.slackMinutes)
            let tight = slack.filter { $0 * 10 < artifact.workingTime.minutesPerWorkingDay }.count
            let count = artifact.procedures.count
            Console.say(.compiled(count, to: output, bytes: bytes.count, hash: hash, tight: tight), as: .bare, in: lang)
            if diagnostics.warningCount > 0 {
                emit(diagnostics, loaded)
            }
        }
    }

    private func emit(_ diagnostics: [Diagnostic], _ loaded: CatalogTarget.Loaded) {
        OutputOptions.emit(
            diagnostics, sources: loaded.sources, files: loaded.fileCount, language: lang, format: .text,
            useColor: color.enabled)
    }
}
