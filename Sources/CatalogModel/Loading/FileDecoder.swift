import Diagnostics
import Foundation
import YAMLReader

/// One catalog file read, parsed and decoded on its own: the part of loading that needs no
/// other file, so files can be decoded in parallel.
struct FileDecoder {
    enum Content {
        case ignored, unreadable
        case manifest(Manifest?)
        case fields([Field])
        case units([Unit])
        case communes([Commune])
        case legal([LegalDocument])
        case forms([Form])
        case template(id: String, WorkflowTemplate?)
        case calendar(CalendarYear?)
        case procedure(Procedure?)
    }

    struct Decoded {
        var content: Content
        var source: SourceText?
        /// The file's scalar values, kept only when the loader is asked to (`keepsValues`).
        var values: YAMLValues? = nil
        var diagnostics: [Diagnostic]
        /// The ids the file declares, decoded or not (`DeclaredIdentifiers`).
        var declared: (kind: CatalogFileKind, ids: [String])? = nil
    }

    /// Decodes `files` (relative to `root`) on `workers` threads; the result is in the order of `files`.
    static func decodeAll(
        _ files: [String], root: String, limits: ReaderLimits, keepsValues: YAMLValues.Marker?, keepsTexts: Bool,
        workers: Int
    ) -> [Decoded] {
        files.parallelMap(workers: workers, perWorker: SeenValues.init) { seen, file in
            decode(file, root: root, limits: limits, keepsValues: keepsValues, keepsTexts: keepsTexts, seen: seen)
        }
    }

    /// `keepsTexts`: false lets the text of a file without a finding go once it is decoded
    /// (`CatalogLoader.keepsTexts`).
    static func decode(
        _ relative: String, root: String, limits: ReaderLimits, keepsValues: YAMLValues.Marker?, keepsTexts: Bool,
        seen: SeenValues
    ) -> Decoded {
        let path = CatalogLoader.join(root, relative)
        let context = LoadContext(seen: seen)
        guard let kind = CatalogFileKind.classify(relative) else {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                context.report(
                    .unknownFile,
                    LoaderMessage.unknownFile, at: .wholeFile(path))
            }
            return Decoded(content: .ignored, source: nil, diagnostics: context.diagnostics)
        }
        let bytes: [UInt8]
        switch CatalogFileReader.contents(of: path, limits: limits) {
        case .bytes(let read): bytes = read
        case .problem(let diagnostic):
            context.diagnostics.append(diagnostic)
            return Decoded(content: .unreadable, source: nil, diagnostics: context.diagnostics)
        }
        let source = SourceText(path: path, bytes: bytes)
        let read = YAMLReader(limits: limits).read(source)
        context.diagnostics.append(contentsOf: read.diagnostics)
        let stem = CatalogFileKind.stem(of: relative) ?? relative
        let declared = (kind: kind, ids: DeclaredIdentifiers.of(kind, root: read.root, fileStem: stem))
        guard let node = read.root else {
            // An unreadable manifest still counts as present: its own error says what is wrong.
            let content: Content = kind == .manifest ? .manifest(nil) : .unreadable
            return Decoded(
                content: content, source: source, values: values(nil, of: source, marking: keepsValues, in: context),
                diagnostics: context.diagnostics, declared: declared)
        }
        let content: Content
        switch kind {
        case .manifest: content = .manifest(ManifestDecoder.decode(node, in: context))
        case .fields: content = .fields(RegistryDecoders.fields(node, in: context))
        case .units: content = .units(UnitDecoder.units(node, in: context))
        case .communes: content = .communes(UnitDecoder.communes(node, in: context))
        case .legal: content = .legal(RegistryDecoders.legalDocuments(node, in: context))
        case .forms: content = .forms(RegistryDecoders.forms(node, in: context))
        case .template(let id): content = .template(id: id, TemplateDecoder.decode(node, id: id, in: context))
        case .calendar: content = .calendar(CalendarDecoder.decode(node, in: context))
        case .procedure:
            let procedure = ProcedureDecoder.decode(node, file: path, in: context)
            if let procedure { checkPlacement(procedure, relative: relative, context: context) }
            content = .procedure(procedure)
        }
        return Decoded(
            content: content, source: keepsTexts || !context.diagnostics.isEmpty ? source : source.withoutText(),
            values: values(node, of: source, marking: keepsValues, in: context), diagnostics: context.diagnostics,
            declared: declared)
    }

    /// The file's values for lint, their texts shared with the model's (`LoadContext.kept`).
    private static func values(
        _ root: YAMLNode?, of source: SourceText, marking marker: YAMLValues.Marker?, in context: LoadContext
    ) -> YAMLValues? {
        marker.map { marker in
            source.bytes.withUnsafeBufferPointer {
                YAMLValues(root, file: $0, marking: marker) { context.kept($0) ?? "" }
            }
        }
    }

    static func checkPlacement(_ procedure: Procedure, relative: String, context: LoadContext) {
        let expected =
            "procedures/\(procedure.level.value.rawValue)/\(procedure.field.value)/\(procedure.code.value).yaml"
        if relative != expected && relative != String(expected.dropLast(5)) + ".yml" {
            context.report(
                .misplacedFile,
                LoaderMessage.misplacedProcedureFile(code: procedure.code.value, expected: expected),
                at: procedure.code.range)
        }
    }

}
