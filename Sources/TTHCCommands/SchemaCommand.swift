import ArgumentParser
import CatalogLint
import CatalogModel
import Diagnostics
import Foundation

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write JSON Schemas of every catalog file kind and of .tthc-lint.yml, for editors.",
        discussion: """
            One draft-07 schema per file kind (catalog.yaml, fields.yaml, units/, units/communes.yaml, \
            legal/, forms/, templates/, calendar/, procedures/) and one for .tthc-lint.yml, generated \
            from the same declarations tthc checks files with. Every key is described in Vietnamese and \
            English. With --catalog, ids the catalog defines (fields, forms, legal documents, templates, \
            units and roles, procedure codes) are offered as suggestions. The schemas catch structural \
            mistakes as you type; references, workflows and deadlines need `tthc check`. \
            Examples/editors shows how to map them to the catalog's folders in VS Code. \
            Exit status: 0 written, 2 a directory could not be read or written.
            """
    )

    @Option(name: .customLong("out"), help: "The directory to write the schemas to (created if missing).")
    var out: String = "schemas"

    @Option(help: "A catalog whose ids to offer as suggestions.")
    var catalog: String?

    @Option(help: "Language of messages: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        var known = CatalogSchema.KnownIds()
        if let catalog {
            known = CatalogSchema.KnownIds(try CatalogTarget.load(catalog, language: lang).catalog)
        }
        let documents = Self.documents(known: known)
        do {
            try FileManager.default.createDirectory(
                atPath: RunContext.current.path(out), withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.io(
                CommandMessage.cannotWriteTo(out, reason: FileErrorReason.text(error)))
        }
        for (name, text) in documents {
            try SafeFileWriter.write(
                Array(text.utf8), to: (out as NSString).appendingPathComponent(name))
        }
        Console.say(.wroteSchemas(documents.count, to: out), as: .bare, in: lang, toOutput: true)
    }

    /// Every schema file: name and text.
    static func documents(known: CatalogSchema.KnownIds = .init()) -> [(String, String)] {
        CatalogSchema.files.map { ($0.name, CatalogSchema.schema($0, known: known).rendered()) }
            + [(LintConfigurationSchema.fileName, LintConfigurationSchema.schema().rendered())]
    }
}
