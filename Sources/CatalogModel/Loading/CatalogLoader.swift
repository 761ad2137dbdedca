import Diagnostics
import Foundation
import OrderedCollections
import WorkCalendar
import YAMLReader

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a catalog directory: every file, every diagnostic, in one run.
public struct CatalogLoader: Sendable {
    public var limits: ReaderLimits
    /// Keep every file's scalar values in `Catalog.values`, for readers of the text after the
    /// load (the linter's rules), so no file is parsed twice; its nodes are let go once it is
    /// decoded either way; each value is marked by the reader's `Marker`. Off (nil) for `check`,
    /// which reads no value after the load.
    public var keepsValues: YAMLValues.Marker?
    /// Keep the text of every file in `Catalog.sources`. Off for `check`: a file without a finding
    /// of its own lets its bytes go once it is decoded (`SourceText.withoutText()`), and the
    /// report reads again the few it quotes (`PathDisplay.apply(to:quotedBy:)`).
    public var keepsTexts: Bool
    /// Threads that read and decode files (the output does not depend on it).
    public var workers: Int

    public init(
        limits: ReaderLimits = .catalog, keepsValues: YAMLValues.Marker? = nil, keepsTexts: Bool = true,
        workers: Int = ProcessorCount.workers
    ) {
        self.limits = limits
        self.keepsValues = keepsValues
        self.keepsTexts = keepsTexts
        self.workers = max(1, workers)
    }

    public struct Result: Sendable {
        public var catalog: Catalog
        /// Sorted by file and position.
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// Every file the walk found (read or not), as `root/relative`: what a path given on the
        /// command line must match.
        public var files: [String] = []
    }

    /// Loads the catalog at `root` (a directory). I/O failures become `F001` diagnostics.
    /// `reading`: the files read (`files` still lists every file the walk found).
    public func load(root: String, reading: CatalogReading = .everything) -> Result {
        var catalog = Catalog(root: root)
        let context = LoadContext()
        let files: [String]
        do {
            let walk = try Self.catalogFiles(in: root)
            files = walk.files
            for problem in walk.problems { report(problem, root: root, context: context) }
        } catch {
            context.report(
                .ioError,
                LoaderMessage.cannotReadCatalogDirectory(error: error), at: .wholeFile(root))
            return Result(catalog: catalog, diagnostics: context.diagnostics, fileCount: 0)
        }
        // Reading, parsing and decoding are per file and run on every core; merging into the
        // catalog (where duplicates across files are found) is sequential, in path order, so the
        // result does not depend on scheduling.
        let decoded = FileDecoder.decodeAll(
            reading == .everything ? files : files.filter(reading.includes), root: root, limits: limits,
            keepsValues: keepsValues, keepsTexts: keepsTexts, workers: workers)
        // Sized once: grown by doubling, the table of a 71,000-procedure catalog held room for
        // 131,072 procedures, and two copies of it while it grew.
        catalog.procedures.reserveCapacity(
            decoded.count(where: { if case .procedure = $0.content { true } else { false } }))
        catalog.sources.reserveCapacity(decoded.count)
        var sawManifest = false
        for file in decoded {
            context.diagnostics.append(contentsOf: file.diagnostics)
            if let source = file.source {
                catalog.sources[source.path] = source
                if let values = file.values { catalog.values[source.path] = values }
            }
            switch file.content {
            case .ignored, .unreadable:
                break
            case .manifest(let manifest):
                sawManifest = true
                catalog.manifest = manifest
            case .fields(let fields):
                for field in fields {
                    insert(
                        field, id: field.id, range: field.range, into: &catalog.fields, what: .field, context: context)
                }
            case .units(let units):
                for unit in units {
                    insert(unit, id: unit.id, range: unit.range, into: &catalog.units, what: .unit, context: context)
                }
            case .communes(let communes):
                for commune in communes {
                    insert(
                        commune, id: commune.id, range: commune.range, into: &catalog.communes, what: .commune,
                        context: context)
                }
            case .legal(let documents):
                for document in documents {
                    insert(
                        document, id: document.id, range: document.range, into: &catalog.legalDocuments,
                        what: .legalDocument, context: context)
                }
            case .forms(let forms):
                for form in forms {
                    insert(form, id: form.id, range: form.range, into: &catalog.forms, what: .form, context: context)
                }
            case .template(let id, let template):
                if let template { catalog.templates[id] = template }
            case .calendar(let year):
                if let year { catalog.calendarYears.append(year) }
            case .procedure(let procedure):
                if let procedure {
                    insert(
                        procedure, id: procedure.code.value, range: procedure.code.range, into: &catalog.procedures,
                        what: .procedureCode, context: context)
                }
            }
        }
        catalog.broken = Self.broken(decoded, in: catalog)
        if !sawManifest {
            context.report(
                .missingKey,
                LoaderMessage.missingManifest, at: .wholeFile(Self.join(root, "catalog.yaml")))
        }
        ReferenceResolver(catalog: catalog, context: context).run(expandingInto: &catalog, workers: workers)
        checkCalendar(&catalog, context: context)
        return Result(
            catalog: catalog, diagnostics: context.diagnostics.sorted(), fileCount: catalog.sources.count,
            files: files.map { Self.join(root, $0) })
    }

    /// What the files declare that did not load.
    static func broken(_ decoded: [FileDecoder.Decoded], in catalog: Catalog) -> BrokenDefinitions {
        var broken = BrokenDefinitions()
        for file in decoded {
            guard let (kind, ids) = file.declared else { continue }
            for id in ids {
                switch kind {
                case .procedure where catalog.procedures.index(forKey: id) == nil:
                    broken.procedures.insert(id)
                    broken.procedureFiles[id] = file.source?.path
                case .template where catalog.templates.index(forKey: id) == nil: broken.templates.insert(id)
                case .units where catalog.units.index(forKey: id) == nil: broken.units.insert(id)
                case .communes where catalog.communes.index(forKey: id) == nil: broken.communes.insert(id)
                case .forms where catalog.forms.index(forKey: id) == nil: broken.forms.insert(id)
                case .legal where catalog.legalDocuments.index(forKey: id) == nil: broken.legalDocuments.insert(id)
                case .fields where catalog.fields.index(forKey: id) == nil: broken.fields.insert(id)
                default: break
                }
            }
        }
        return broken
    }

    private func insert<T: HasDefinitionRange>(
        _ value: T, id: String, range: SourceRange, into table: inout OrderedDictionary<String, T>, what: Subject,
        context: LoadContext
    ) {
        if let existing = table[id] {
            context.report(
                .duplicateDefinition,
                LoaderMessage.definedTwice(what: what, id: id),
                at: range,
                notes: [
                    DiagnosticNote(
                        LoaderMessage.firstDefinedHere,
                        at: existing.definitionRange)
                ])
            return
        }
        table[id] = value
    }

    /// The yearly decisions must agree with each other (a date both off and worked, two sets of
    /// Tết days for one year); every deadline depends on them.
    /// The calendar built here is kept with the catalog, for the compiler and the commands.
    private func checkCalendar(_ catalog: inout Catalog, context: LoadContext) {
        do {
            try catalog.buildCalendar()
        } catch let error as CalendarError {
            var range = catalog.calendarYears.first?.range ?? .wholeFile(Self.join(catalog.root, "calendar"))
            if case .conflictingDecisions(let date, _) = error,
                let year = catalog.calendarYears.first(where: { $0.year == date.year })
            {
                range = year.range
            }
            context.report(
                .invalidValue,
                LoaderMessage.contradictoryDecisions(error: error), at: range)
        } catch {
            context.report(
                .invalidValue,
                LoaderMessage.calendarNotBuilt(error: error),
                at: .wholeFile(Self.join(catalog.root, "calendar")))
        }
    }

    /// The files to read below `root` (relative, sorted, hidden ones skipped) and the links and
    /// special files not followed. A folder without catalog.yaml is refused before any walk: a
    /// root of `/` or a home folder must not be read file by file.
    static func catalogFiles(in root: String) throws -> DirectoryWalker.Walk {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw LoaderError("no such directory: \(root)", vi: "không có thư mục: \(root)")
        }
        guard isDirectory.boolValue else {
            throw LoaderError("not a directory: \(root)", vi: "không phải thư mục: \(root)")
        }
        var manifest = stat()
        guard stat(join(root, "catalog.yaml"), &manifest) == 0, (manifest.st_mode & S_IFMT) == S_IFREG else {
            throw LoaderError(
                "\(root) is not a catalog: it has no catalog.yaml, so nothing was read",
                vi: "\(root) không phải là danh mục: không có catalog.yaml, nên không tệp nào được đọc")
        }
        guard let walk = DirectoryWalker.walk(root: root) else {
            throw LoaderError("cannot list \(root)", vi: "không liệt kê được \(root)")
        }
        return walk
    }

    /// A link or special file the walk did not follow, at its own path.
    private func report(_ problem: DirectoryWalker.Problem, root: String, context: LoadContext) {
        let at = SourceRange.wholeFile(Self.join(root, problem.relative))
        let target = problem.target ?? "?"
        switch problem.code {
        case .linkOutsideCatalog:
            context.report(
                .linkOutsideCatalog,
                LoaderMessage.linkOutsideCatalog(target: target), at: at)
        case .danglingLink:
            context.report(
                .danglingLink,
                LoaderMessage.danglingLink(target: target),
                at: at)
        case .folderLink:
            context.report(
                .folderLink,
                LoaderMessage.folderLink(target: target), at: at)
        default:
            context.report(
                .specialFile,
                LoaderMessage.specialFile, at: at)
        }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}

struct LoaderError: Error, CustomStringConvertible {
    var description: String
    var vietnamese: String
    init(_ description: String, vi: String) {
        self.description = description
        self.vietnamese = vi
    }

    static func vietnamese(_ error: any Error) -> String {
        (error as? LoaderError)?.vietnamese ?? "\(error)"
    }
}
