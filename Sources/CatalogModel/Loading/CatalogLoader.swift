import Diagnostics
import Foundation
import OrderedCollections
import YAMLReader

/// Reads a catalog directory: every file, every diagnostic, in one run.
public struct CatalogLoader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .catalog) {
        self.limits = limits
    }

    public struct Result: Sendable {
        public var catalog: Catalog
        /// Sorted by file and position.
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
    }

    /// Loads the catalog at `root` (a directory). I/O failures become `F001` diagnostics.
    public func load(root: String) -> Result {
        var catalog = Catalog(root: root)
        let context = LoadContext()
        let files: [String]
        do {
            files = try Self.catalogFiles(in: root)
        } catch {
            context.report(.ioError, "cannot read the catalog directory: \(error)", at: .wholeFile(root))
            return Result(catalog: catalog, diagnostics: context.diagnostics, fileCount: 0)
        }
        var sawManifest = false
        for relative in files {
            let path = Self.join(root, relative)
            guard let kind = CatalogFileKind.classify(relative) else {
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                    context.report(.unknownFile, "tthc does not read YAML files here (see the layout in docs/catalog-format.md); this file is ignored", at: .wholeFile(path))
                }
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                context.report(.ioError, "cannot read the file", at: .wholeFile(path))
                continue
            }
            let source = SourceText(path: path, bytes: [UInt8](data))
            catalog.sources[path] = source
            let read = YAMLReader(limits: limits).read(source)
            context.diagnostics.append(contentsOf: read.diagnostics)
            guard let node = read.root else {
                if kind == .manifest { sawManifest = true }
                continue
            }
            switch kind {
            case .manifest:
                sawManifest = true
                catalog.manifest = ManifestDecoder.decode(node, in: context)
            case .fields:
                for field in RegistryDecoders.fields(node, in: context) {
                    insert(field, id: field.id, range: field.range, into: &catalog.fields, what: "field", context: context)
                }
            case .units:
                for unit in UnitDecoder.units(node, in: context) {
                    insert(unit, id: unit.id, range: unit.range, into: &catalog.units, what: "unit", context: context)
                }
            case .communes:
                for commune in UnitDecoder.communes(node, in: context) {
                    insert(commune, id: commune.id, range: commune.range, into: &catalog.communes, what: "commune", context: context)
                }
            case .legal:
                for document in RegistryDecoders.legalDocuments(node, in: context) {
                    insert(document, id: document.id, range: document.range, into: &catalog.legalDocuments, what: "legal document", context: context)
                }
            case .forms:
                for form in RegistryDecoders.forms(node, in: context) {
                    insert(form, id: form.id, range: form.range, into: &catalog.forms, what: "form", context: context)
                }
            case .template(let id):
                if let template = TemplateDecoder.decode(node, id: id, in: context) {
                    catalog.templates[id] = template
                }
            case .calendar:
                if let year = CalendarDecoder.decode(node, in: context) {
                    catalog.calendarYears.append(year)
                }
            case .procedure:
                if let procedure = ProcedureDecoder.decode(node, file: path, in: context) {
                    checkPlacement(procedure, relative: relative, context: context)
                    insert(procedure, id: procedure.code.value, range: procedure.code.range, into: &catalog.procedures, what: "procedure code", context: context)
                }
            }
        }
        if !sawManifest {
            context.report(.missingKey, "the catalog has no catalog.yaml manifest (jurisdiction, time zone, office hours, cut-off)", at: .wholeFile(Self.join(root, "catalog.yaml")))
        }
        ReferenceResolver(catalog: catalog, context: context).run(expandingInto: &catalog)
        return Result(catalog: catalog, diagnostics: context.diagnostics.sorted(), fileCount: catalog.sources.count)
    }

    private func insert<T: HasDefinitionRange>(_ value: T, id: String, range: SourceRange, into table: inout OrderedDictionary<String, T>, what: String, context: LoadContext) {
        if let existing = table[id] {
            context.report(.duplicateDefinition, "\(what) \"\(id)\" is defined twice", at: range, notes: [DiagnosticNote("first defined here", at: existing.definitionRange)])
            return
        }
        table[id] = value
    }

    private func checkPlacement(_ procedure: Procedure, relative: String, context: LoadContext) {
        let expected = "procedures/\(procedure.level.value.rawValue)/\(procedure.field.value)/\(procedure.code.value).yaml"
        if relative != expected && relative != String(expected.dropLast(5)) + ".yml" {
            context.report(.misplacedFile, "procedure \(procedure.code.value) belongs in \(expected) (its level, field and code say so)", at: procedure.code.range)
        }
    }

    /// All regular files below `root`, relative, sorted, skipping hidden files and folders.
    static func catalogFiles(in root: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw LoaderError("no such directory: \(root)")
        }
        guard isDirectory.boolValue else { throw LoaderError("not a directory: \(root)") }
        guard let files = DirectoryWalker.regularFiles(under: root) else { throw LoaderError("cannot list \(root)") }
        return files
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}

struct LoaderError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
